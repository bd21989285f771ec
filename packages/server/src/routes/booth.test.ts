import { existsSync, readFileSync } from 'node:fs';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPairingCode, key, leadBody } from '../../test/field/setup.js';
import { smallFair } from '../../test/fixtures.js';
import { tempDbUrl } from '../../test/helpers.js';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import { createServices } from '../services.js';
import { createTenant, insertFair, standTokenOf } from '../store/fair.js';
import { purgeExpired } from '../store/purge.js';

// A booth tablet resends a lead change until it gets an answer. The change's idempotency key keeps a resent
// change from being applied twice, which would undo what another tablet of the provider changed in between.
// Real server on 127.0.0.1:0, real SQLite file, real socket.io client as the provider's third tablet.

interface Feed {
  seq: number;
  kind: 'visit' | 'lead';
  item: Record<string, unknown>;
}
interface LeadAnswer {
  id: string;
  seq: number;
  status: string;
  rating: number | null;
}

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let now: Date;
let eventId: string;
let standToken: string;
const sockets: Socket[] = [];

beforeEach(async () => {
  temp = tempDbUrl();
  now = new Date('2027-03-10T10:00:00Z');
  const config = loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined });
  server = await startServer(config, await createServices(config, () => now));
  eventId = await insertFair(server.services, await createTenant(server.services, 'Jobcenter Pankow'), smallFair());
  standToken = (await standTokenOf(server.services, eventId, 'st-1'))!;
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close();
  temp.cleanup();
});

async function send(method: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function tablet(providerId = 'p-care'): Promise<string> {
  const code = await createPairingCode(server.services, eventId, 'booth', providerId);
  return ((await send('POST', '/api/pair', { code })).body as { token: string }).token;
}

async function newLead(deviceId = 'phone-device-0000001', stand = standToken): Promise<{ id: string; seq: number }> {
  const res = await send('POST', `/api/stand/${stand}/leads`, leadBody({ deviceId, idempotencyKey: key('lead') }));
  expect(res.status).toBe(201);
  return res.body as { id: string; seq: number };
}

const patch = (token: string, id: string, body: Record<string, unknown>) => send('PATCH', `/api/booth/leads/${id}`, body, token);

/** A third tablet of the provider, live: records every feed item after `sync`. */
async function watcher(): Promise<Feed[]> {
  const socket = connect(server.url, { auth: { token: await tablet() }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  const items: Feed[] = [];
  socket.on('feed', (message: Feed) => items.push(message));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  await socket.emitWithAck('sync', { after: 0 });
  return items;
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

const lastSeq = async () => Number((await server.services.db.execute({ sql: 'SELECT last_seq FROM events WHERE id = ?', args: [eventId] })).rows[0]!.last_seq);
const keysOf = async (leadId: string) =>
  (await server.services.db.execute({ sql: 'SELECT idempotency_key FROM lead_changes WHERE lead_id = ?', args: [leadId] })).rows.map((r) => String(r.idempotency_key));

/** Every file the database writes: the main file, its -wal and -shm. */
const databaseBytes = (path: string) => Buffer.concat([path, `${path}-wal`, `${path}-shm`].filter(existsSync).map((p) => readFileSync(p)));

describe('PATCH /api/booth/leads/:id with an idempotency key', () => {
  it("a retry of tablet A's change after tablet B's change leaves B's value: 200 with the lead as it is now, no new seq, nothing pushed", async () => {
    const [a, b] = [await tablet(), await tablet()];
    const lead = await newLead();
    const feed = await watcher();
    await until(() => feed.length === 1);

    const change = { status: 'contacted', idempotencyKey: key('change-a') };
    const first = await patch(a, lead.id, change); // applied; its answer is lost on the fair's Wi-Fi
    expect(first.status).toBe(200);
    const colleague = await patch(b, lead.id, { status: 'done', rating: 4, idempotencyKey: key('change-b') });
    expect(colleague.status).toBe(200);
    const bSeq = (colleague.body as LeadAnswer).seq;
    await until(() => feed.length === 3);

    const retry = await patch(a, lead.id, change);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: lead.id, status: 'done', rating: 4, seq: bSeq });
    expect(await lastSeq()).toBe(bSeq);
    const row = (await server.services.db.execute({ sql: 'SELECT status, rating, seq FROM leads WHERE id = ?', args: [lead.id] })).rows[0]!;
    expect({ status: row.status, rating: row.rating, seq: Number(row.seq) }).toEqual({ status: 'done', rating: 4, seq: bSeq });

    // Pushes leave in commit order: once a later visit has arrived, a push of the retry would have arrived before it.
    const visit = await send('POST', `/api/stand/${standToken}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit') });
    await until(() => feed.some((m) => m.kind === 'visit'));
    expect(feed.map((m) => [m.kind, m.seq])).toEqual([
      ['lead', lead.seq],
      ['lead', bSeq - 1],
      ['lead', bSeq],
      ['visit', (visit.body as { seq: number }).seq],
    ]);
    expect(feed.filter((m) => m.kind === 'lead').map((m) => m.item.status)).toEqual(['new', 'contacted', 'done']);
  });

  it('applies a new key (a new change) again, and a change without a key, as an older tablet sends it, every time', async () => {
    const a = await tablet();
    const lead = await newLead();
    const first = (await patch(a, lead.id, { rating: 2, idempotencyKey: key('c1') })).body as LeadAnswer;
    const second = (await patch(a, lead.id, { rating: 3, idempotencyKey: key('c2') })).body as LeadAnswer;
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(second.rating).toBe(3);
    const old1 = await patch(a, lead.id, { rating: 5 });
    const old2 = await patch(a, lead.id, { rating: 5 });
    expect([old1.status, old2.status]).toEqual([200, 200]);
    expect((old2.body as LeadAnswer).seq).toBeGreaterThan((old1.body as LeadAnswer).seq);
    expect(await keysOf(lead.id)).toHaveLength(2);
  });

  it('keeps no key for a change it refused (400, or 404 for a lead of another provider), so a corrected resend applies', async () => {
    const a = await tablet();
    const lead = await newLead();
    const k = key('refused');
    const bad = await patch(a, lead.id, { rating: 9, idempotencyKey: k });
    expect(bad.status).toBe(400);
    const badKey = await patch(a, lead.id, { rating: 1, idempotencyKey: 'short' });
    expect(badKey.status).toBe(400);
    expect((badKey.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toContain('idempotencyKey');
    const onlyKey = await patch(a, lead.id, { idempotencyKey: key('empty') });
    expect(onlyKey.status).toBe(400); // a key alone changes nothing
    expect(await keysOf(lead.id)).toEqual([]);
    const good = await patch(a, lead.id, { rating: 1, idempotencyKey: k });
    expect(good.body).toMatchObject({ rating: 1 });
  });

  it("answers 404 for a real lead of another provider and keeps no key for it; the owner's tablet then applies the same key", async () => {
    const a = await tablet('p-care');
    const theirs = await newLead('phone-device-0000002', (await standTokenOf(server.services, eventId, 'st-2'))!);
    const k = key('foreign');
    const foreign = await patch(a, theirs.id, { rating: 1, idempotencyKey: k });
    expect(foreign.status).toBe(404);
    expect((foreign.body as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await server.services.db.execute('SELECT COUNT(*) AS n FROM lead_changes')).rows[0]?.n).toBe(0);
    const owner = await patch(await tablet('p-debt'), theirs.id, { rating: 1, idempotencyKey: k });
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({ id: theirs.id, rating: 1 });
    expect((owner.body as LeadAnswer).seq).toBeGreaterThan(theirs.seq);
    expect(await keysOf(theirs.id)).toEqual([k]);
  });
});

describe('the keys of lead changes go with their lead', () => {
  it("are deleted, to the byte, when the visitor erases the lead; other visitors' leads keep theirs", async () => {
    const a = await tablet();
    const erased = await newLead('phone-erase-me-000001');
    const kept = await newLead('phone-keep-me-0000001');
    const erasedKey = key('ERASEDKEYxx');
    await patch(a, erased.id, { status: 'contacted', idempotencyKey: erasedKey });
    await patch(a, kept.id, { status: 'contacted', idempotencyKey: key('kept') });
    expect(databaseBytes(temp.path).includes(Buffer.from(erasedKey))).toBe(true);

    const res = await fetch(`${server.url}/api/visitor/phone-erase-me-000001`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await keysOf(erased.id)).toEqual([]);
    expect(await keysOf(kept.id)).toHaveLength(1);
    expect(databaseBytes(temp.path).includes(Buffer.from(erasedKey)), 'the key is still in the database files').toBe(false);
  });

  it('are deleted by the retention purge with the leads of the event', async () => {
    const a = await tablet();
    const lead = await newLead();
    const purgedKey = key('PURGEDKEYxx');
    await patch(a, lead.id, { rating: 3, idempotencyKey: purgedKey });
    expect(await keysOf(lead.id)).toHaveLength(1);

    now = new Date('2027-04-10T00:00:00Z'); // the fair ended on 2027-03-10; 30 days of retention
    const result = await purgeExpired(server.services, { vacuum: false });
    expect(result.events[0]?.leads).toBe(1);
    const left = (await server.services.db.execute('SELECT COUNT(*) AS n FROM lead_changes')).rows[0]!;
    expect(Number(left.n)).toBe(0);
    expect(databaseBytes(temp.path).includes(Buffer.from(purgedKey)), 'the key is still in the database files').toBe(false);
  });
});
