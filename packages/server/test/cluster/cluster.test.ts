import { createClient } from '@libsql/client';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { closeServices, createServices } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { createOrganizer } from '../../src/store/users.js';
import { smallFair } from '../fixtures.js';
import { consentNow, createPairingCode, key, leadBody } from '../field/setup.js';
import { tempDbUrl } from '../helpers.js';
import { startNode, startRedis, type ClusterNode, type TestRedis } from './redis.js';

const SECRET = 'cluster-test-secret';
const PASSWORD = 'correct horse battery 1';

interface Message {
  seq: number;
  kind: 'visit' | 'lead';
  item: { id: string };
}

/**
 * A booth tablet that follows the protocol of docs/architecture.md: connects, `sync { after: lastSeq }`,
 * and when its node goes away connects to another one and syncs again from its last seq.
 */
class Tablet {
  /** Everything received, in arrival order (duplicates and disorder stay visible). */
  readonly received: Message[] = [];
  lastSeq = 0;
  socket: Socket | undefined;
  revoked = false;
  constructor(readonly token: string) {}

  async connectTo(url: string): Promise<void> {
    const socket = connect(url, { auth: { token: this.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    this.socket = socket;
    socket.on('feed', (m: Message) => {
      this.received.push(m);
      this.lastSeq = Math.max(this.lastSeq, m.seq);
    });
    socket.on('revoked', () => {
      this.revoked = true;
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ack = (await socket.emitWithAck('sync', { after: this.lastSeq })) as { ok: boolean };
    if (!ack.ok) throw new Error(`sync refused: ${JSON.stringify(ack)}`);
  }

  /** Resolves once `count` items have arrived (or rejects after `ms`). */
  async waitFor(count: number, ms = 15_000): Promise<void> {
    const start = Date.now();
    while (this.received.length < count) {
      if (Date.now() - start > ms) throw new Error(`tablet got ${this.received.length} of ${count} items`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('three server processes with Redis and one shared SQLite file', () => {
  let redis: TestRedis;
  let db: ReturnType<typeof tempDbUrl>;
  let nodes: ClusterNode[] = [];
  let eventId: string;
  let standToken: string;
  const codes: string[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    db = tempDbUrl();
    process.env.MARKT_SECRET = SECRET; // the stand tokens are derived from it
    try {
      const setup = await createServices(loadConfig({}, { dbUrl: db.url, log: () => undefined }));
      const tenantId = await createTenant(setup, 'Jobcenter Pankow');
      eventId = await insertFair(setup, tenantId, smallFair());
      await createOrganizer(setup, { tenantId, email: 'anna@pankow.example', name: 'Anna', password: PASSWORD });
      standToken = (await standTokenOf(setup, eventId, 'st-1'))!;
      for (let i = 0; i < 4; i++) codes.push(await createPairingCode(setup, eventId, 'booth', 'p-care'));
      await closeServices(setup);
    } finally {
      delete process.env.MARKT_SECRET;
    }
    const env = {
      MARKT_DB_URL: db.url,
      MARKT_REDIS_URL: redis.url,
      MARKT_SECRET: SECRET,
      // One phone sends the whole burst: lift the per-phone and per-stand ceilings.
      MARKT_LEAD_LIMITS: 'phone=100000,stand=100000',
    };
    nodes = await Promise.all([startNode(env), startNode(env), startNode(env)]);
  }, 60_000);

  afterAll(async () => {
    for (const node of nodes) node.child.kill('SIGKILL');
    await redis?.stop();
    db?.cleanup();
  });

  const pairVia = async (url: string, code: string) => json<{ token: string; deviceId: string }>(await post(`${url}/api/pair`, { code }));

  it('carries a visit posted to node A to a tablet connected to node B, and a revocation on A to a socket on C', async () => {
    const [a, b, c] = nodes as [ClusterNode, ClusterNode, ClusterNode];
    const onB = new Tablet((await pairVia(a.url, codes[0]!)).token);
    await onB.connectTo(b.url);
    const visit = await json<{ id: string; seq: number }>(
      await post(`${a.url}/api/stand/${standToken}/visits`, { deviceId: key('dev'), idempotencyKey: key() }),
    );
    await onB.waitFor(1);
    expect(onB.received).toEqual([expect.objectContaining({ seq: visit.seq, kind: 'visit', item: expect.objectContaining({ id: visit.id }) })]);
    onB.socket!.disconnect();

    // The organizer revokes (on A) a tablet whose socket is on C: it is told and disconnected at once.
    const device = await pairVia(a.url, codes[1]!);
    const onC = new Tablet(device.token);
    await onC.connectTo(c.url);
    const login = await post(`${a.url}/api/auth/login`, { email: 'anna@pankow.example', password: PASSWORD });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = await json<{ csrfToken: string }>(login);
    const disconnected = new Promise<string>((resolve) => onC.socket!.once('disconnect', resolve));
    const revoke = await fetch(`${a.url}/api/org/events/${eventId}/devices/${device.deviceId}`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(revoke.status).toBe(204);
    expect(await disconnected).toBe('io server disconnect');
    expect(onC.revoked).toBe(true);
  }, 30_000);

  it('counts login guesses across the nodes: the 11th wrong password for an account is refused whichever node gets it', async () => {
    const [a, b] = nodes as [ClusterNode, ClusterNode];
    const guess = (node: ClusterNode, i: number) => post(`${node.url}/api/auth/login`, { email: 'mallory@pankow.example', password: `guess number ${i}` });
    for (let i = 0; i < 10; i++) expect((await guess(i % 2 ? b : a, i)).status).toBe(401);
    const refused = await guess(a, 10);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  }, 30_000);

  it('loses nothing when a node is killed in the middle of a burst: tablets move to another node and get each lead once, in order', async () => {
    const [a, b, c] = nodes as [ClusterNode, ClusterNode, ClusterNode];
    const onC = new Tablet((await pairVia(a.url, codes[2]!)).token);
    const onB = new Tablet((await pairVia(a.url, codes[3]!)).token);
    await onC.connectTo(c.url);
    await onB.connectTo(b.url);
    const before = onC.received.length; // the visit of the first test, replayed
    expect(before).toBe(1);
    expect(onB.received).toHaveLength(1);

    // When C dies, its tablet connects to A and syncs from its last seq.
    const moved = new Promise<void>((resolve, reject) => {
      onC.socket!.once('disconnect', () => onC.connectTo(a.url).then(resolve, reject));
    });

    const TOTAL = 900;
    // The nodes run on the real clock (the fixture fair lies ahead of it): the phones consent now.
    const consent = consentNow();
    const bodies = Array.from({ length: TOTAL }, (_, i) => leadBody({ idempotencyKey: key(`burst${i}`), contact: { email: `b${i}@example.org` }, consent }));
    const acked = new Map<string, { id: string; seq: number }>();
    let serverErrors = 0;
    const alive = [a, b, c];
    const send = async (node: ClusterNode, body: Record<string, unknown>) => {
      try {
        const res = await post(`${node.url}/api/stand/${standToken}/leads`, body);
        if (res.status >= 500) serverErrors += 1;
        if (res.status !== 201 && res.status !== 200) return undefined;
        return (await res.json()) as { id: string; seq: number };
      } catch {
        return undefined; // the node died with the request in flight: not acknowledged
      }
    };
    let next = 0;
    let killed = false;
    let atKill = 0;
    await Promise.all(
      Array.from({ length: 12 }, async (_, worker) => {
        while (next < TOTAL) {
          const body = bodies[next++]!;
          const node = alive[(worker + next) % alive.length]!;
          const ack = await send(node, body);
          if (ack) acked.set(String(body.idempotencyKey), ack);
          if (!killed && acked.size >= TOTAL / 3) {
            killed = true;
            atKill = onC.received.length;
            c.child.kill('SIGKILL');
            alive.splice(alive.indexOf(c), 1);
          }
        }
      }),
    );
    expect(killed).toBe(true);
    // The tablet on C was in the middle of the stream: it had live items from all three nodes, not all of them.
    expect(atKill).toBeGreaterThan(before);
    expect(atKill).toBeLessThan(before + TOTAL);
    // Phones send again what got no answer (their requests to C); idempotency keys prevent duplicates.
    for (const body of bodies.filter((x) => !acked.has(String(x.idempotencyKey)))) {
      const ack = await send(a, body);
      expect(ack).toBeDefined();
      acked.set(String(body.idempotencyKey), ack!);
    }
    expect(acked.size).toBe(TOTAL);
    expect(serverErrors).toBe(0);
    await moved;

    const expectOnce = async (tablet: Tablet) => {
      await tablet.waitFor(before + TOTAL);
      await new Promise((resolve) => setTimeout(resolve, 200)); // would show late duplicates
      expect(tablet.received).toHaveLength(before + TOTAL);
      const seqs = tablet.received.map((m) => m.seq);
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);
      const ids = new Set(tablet.received.map((m) => m.item.id));
      for (const ack of acked.values()) expect(ids.has(ack.id)).toBe(true);
    };
    await expectOnce(onC);
    await expectOnce(onB);
    onC.socket!.disconnect();
    onB.socket!.disconnect();

    // Three processes wrote concurrently to one file: the event's seq numbers are unique and gap-free.
    const reader = createClient({ url: db.url });
    const seqs = (await reader.execute({ sql: 'SELECT seq FROM visits WHERE event_id = ? UNION ALL SELECT seq FROM leads WHERE event_id = ? ORDER BY seq', args: [eventId, eventId] })).rows.map((r) => Number(r.seq));
    const last = Number((await reader.execute({ sql: 'SELECT last_seq FROM events WHERE id = ?', args: [eventId] })).rows[0]!.last_seq);
    reader.close();
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(last).toBe(seqs.length);
    expect(seqs.length).toBe(1 + TOTAL);
  }, 60_000);
});
