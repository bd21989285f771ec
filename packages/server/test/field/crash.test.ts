import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { closeServices, createServices } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl } from '../helpers.js';
import { consentNow, createPairingCode, key, leadBody } from './setup.js';

const script = fileURLToPath(new URL('./crash-server.ts', import.meta.url));
const children: ChildProcess[] = [];
let temp: ReturnType<typeof tempDbUrl> | undefined;

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  temp?.cleanup();
});

/** Starts the server as a child process on the database file; resolves with its URL. */
async function launch(dbUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    // One phone sends the whole burst: lift the per-phone and per-stand ceilings for this test.
    env: { ...process.env, MARKT_DB_URL: dbUrl, MARKT_SECRET: 'crash-test-secret', MARKT_LEAD_LIMITS: 'phone=100000,stand=100000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited early (${code})`)));
  });
  return { child, url };
}

interface Ack {
  id: string;
  seq: number;
}

describe('a crash in the middle of a burst (server killed with SIGKILL)', () => {
  it('keeps every acknowledged lead, creates no duplicate on retry, and the tablet gets each exactly once', async () => {
    temp = tempDbUrl();
    process.env.MARKT_SECRET = 'crash-test-secret'; // the stand tokens are derived from it
    const setup = await createServices(loadConfig({}, { dbUrl: temp.url, log: () => undefined }));
    const eventId = await insertFair(setup, await createTenant(setup, 'Jobcenter Pankow'), smallFair());
    const standToken = (await standTokenOf(setup, eventId, 'st-1'))!;
    const code = await createPairingCode(setup, eventId, 'booth', 'p-care');
    await closeServices(setup);
    delete process.env.MARKT_SECRET;

    let { child, url } = await launch(temp.url);
    const pairing = (await (await fetch(`${url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json()) as { token: string };

    const TOTAL = 2000;
    // The child server runs on the real clock (the fixture fair lies ahead of it): the phones consent now.
    const consent = consentNow();
    const bodies = Array.from({ length: TOTAL }, (_, i) => leadBody({ idempotencyKey: key(`crash${i}`), contact: { email: `v${i}@example.org` }, consent }));
    const acked = new Map<string, Ack>();
    const send = async (base: string, body: Record<string, unknown>): Promise<Ack | undefined> => {
      try {
        const res = await fetch(`${base}/api/stand/${standToken}/leads`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (res.status !== 201 && res.status !== 200) return undefined;
        return (await res.json()) as Ack;
      } catch {
        return undefined; // the server died with the request in flight: not acknowledged
      }
    };

    // 16 concurrent senders; the server is killed once a third of the burst is acknowledged.
    let next = 0;
    let killed = false;
    const senders = Array.from({ length: 16 }, async () => {
      while (!killed && next < TOTAL) {
        const body = bodies[next++]!;
        const ack = await send(url, body);
        if (ack && !killed) acked.set(String(body.idempotencyKey), ack);
        if (!killed && acked.size >= TOTAL / 3) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    const exited = once(child, 'exit');
    await Promise.all(senders);
    if (child.exitCode === null && child.signalCode === null) await exited;
    expect(child.signalCode).toBe('SIGKILL');
    const beforeCrash = new Map(acked);
    expect(beforeCrash.size).toBeGreaterThanOrEqual(TOTAL / 3);
    expect(beforeCrash.size).toBeLessThan(TOTAL);

    ({ child, url } = await launch(temp.url));
    // What survived the kill: every acknowledged lead, and maybe some committed whose answer was lost.
    const reader = createClient({ url: temp.url });
    const survived = new Set((await reader.execute('SELECT idempotency_key FROM leads')).rows.map((r) => String(r.idempotency_key)));
    reader.close();
    for (const k of beforeCrash.keys()) expect(survived.has(k)).toBe(true);
    // Every phone sends again what it has no answer for; some repeat what was answered too.
    const retry = bodies.filter((b) => !beforeCrash.has(String(b.idempotencyKey)));
    const repeat = bodies.filter((b) => beforeCrash.has(String(b.idempotencyKey))).slice(0, 200);
    for (let i = 0; i < retry.length; i += 50) {
      const answers = await Promise.all(retry.slice(i, i + 50).map((b) => send(url, b)));
      answers.forEach((ack, j) => {
        expect(ack).toBeDefined();
        acked.set(String(retry[i + j]!.idempotencyKey), ack!);
      });
    }
    for (const body of repeat) expect(await send(url, body)).toEqual(beforeCrash.get(String(body.idempotencyKey)));
    expect(acked.size).toBe(TOTAL);

    // The tablet reconnects and replays from the start: each lead once, in order.
    const socket = connect(url, { auth: { token: pairing.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    const items: { seq: number; kind: string; item: { id: string } }[] = [];
    socket.on('feed', (m: { seq: number; kind: string; item: { id: string } }) => items.push(m));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ack = (await socket.emitWithAck('sync', { after: 0 })) as { ok: boolean; replayed: number };
    socket.disconnect();
    expect(ack).toMatchObject({ ok: true, replayed: TOTAL });
    expect(items).toHaveLength(TOTAL);
    expect(items.every((m) => m.kind === 'lead')).toBe(true);
    const seqs = items.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const ids = new Set(items.map((m) => m.item.id));
    expect(ids.size).toBe(TOTAL);
    for (const [, a] of beforeCrash) expect(ids.has(a.id)).toBe(true);
    for (const [, a] of acked) expect(ids.has(a.id)).toBe(true);
  }, 120_000);
});
