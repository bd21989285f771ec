import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../src/auth/session.js';
import { loadConfig } from '../../src/config.js';
import { notifyRevoked } from '../../src/live/revocations.js';
import { randomId } from '../../src/security/tokens.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createServices } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl, until } from '../helpers.js';
import { createPairingCode, fairClock, key, leadBody, revokeDevice } from './setup.js';

interface Feed {
  seq: number;
  kind: 'visit' | 'lead';
  item: Record<string, unknown>;
}

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let eventId: string;
let tenantId: string;
let tokens: { care: string; debt: string };
const sockets: Socket[] = [];

/**
 * Starts the server on a fresh file. `readLatencyMs` delays the reads outside the write queue (replay,
 * lookups) as a remote libSQL server would: the local file answers so fast that live items could
 * otherwise never arrive in the middle of a replay, and the hand-over would go untested.
 */
async function start(readLatencyMs = 0): Promise<void> {
  temp = tempDbUrl();
  const config = loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined });
  // On the fixture fair's day: the server takes a lead only with a consent time it can believe (store/leads.ts).
  const services = await createServices(config, fairClock());
  const db =
    readLatencyMs === 0
      ? services.db
      : new Proxy(services.db, {
          get(target, prop) {
            if (prop === 'execute' || prop === 'batch') {
              return async (...args: unknown[]) => {
                await pause(readLatencyMs); // the request travels to the database…
                const result = await (target[prop] as (...a: unknown[]) => Promise<unknown>).apply(target, args);
                await pause(readLatencyMs); // …and the answer travels back while new writes commit
                return result;
              };
            }
            const value = Reflect.get(target, prop) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
  server = await startServer(config, { ...services, db });
  tenantId = await createTenant(server.services, 'Jobcenter Pankow');
  eventId = await insertFair(server.services, tenantId, smallFair());
  tokens = {
    care: (await standTokenOf(server.services, eventId, 'st-1'))!,
    debt: (await standTokenOf(server.services, eventId, 'st-2'))!,
  };
}

async function stop(): Promise<void> {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close();
  temp.cleanup();
}

beforeEach(() => start());
afterEach(() => stop());

async function post(path: string, body: unknown): Promise<{ status: number; body: { id: string; seq: number } }> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { id: string; seq: number } };
}

async function device(role: 'booth' | 'kiosk', providerId: string | null): Promise<{ token: string; deviceId: string }> {
  const code = await createPairingCode(server.services, eventId, role, providerId);
  const res = await post('/api/pair', { code });
  return res.body as unknown as { token: string; deviceId: string };
}

/** A connected client that records every feed item; `sync` resolves with the server's ack. */
class Tablet {
  readonly items: Feed[] = [];
  readonly revoked: unknown[] = [];
  socket!: Socket;
  constructor(readonly auth: Record<string, unknown>, readonly headers: Record<string, string> = {}) {}

  open(): Promise<void> {
    this.socket = connect(server.url, { auth: this.auth, extraHeaders: this.headers, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(this.socket);
    this.socket.on('feed', (message: Feed) => this.items.push(message));
    this.socket.on('revoked', (payload: unknown) => this.revoked.push(payload));
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  sync(after: number): Promise<{ ok: boolean; replayed: number; lastSeq: number }> {
    return this.socket.emitWithAck('sync', { after }) as Promise<{ ok: boolean; replayed: number; lastSeq: number }>;
  }

  get lastSeq(): number {
    return this.items.at(-1)?.seq ?? 0;
  }
}

/** Fails the open with the connect_error's message. */
async function refusal(auth: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ message: string; data: unknown }> {
  const tablet = new Tablet(auth, headers);
  try {
    await tablet.open();
  } catch (error) {
    return { message: (error as Error).message, data: (error as { data?: unknown }).data };
  }
  throw new Error('the socket was accepted');
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('live sync over socket.io', () => {
  it('pushes the items of a group in sequence order: phone visits batched together and a lead committed with them', async () => {
    const care = new Tablet({ token: (await device('booth', 'p-care')).token });
    await care.open();
    await care.sync(0);
    const rounds = 20;
    for (let round = 0; round < rounds; round += 1) {
      // Sent together, they land in one group: the visits as one batched job, the lead as a job of its own.
      const sent = await Promise.all([
        post(`/api/stand/${tokens.care}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit') }),
        post(`/api/stand/${tokens.care}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit') }),
        post(`/api/stand/${tokens.care}/leads`, leadBody({ idempotencyKey: key('lead') })),
      ]);
      expect(sent.map((r) => r.status)).toEqual([201, 201, 201]);
    }
    await until(() => care.items.length === rounds * 3);
    const seqs = care.items.map((item) => item.seq);
    // A tablet drops anything at or below the last number it applied: an item overtaken on the wire is lost.
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it("brings a phone's lead to every tablet of its provider, and to no other device", async () => {
    const care1 = new Tablet({ token: (await device('booth', 'p-care')).token });
    const care2 = new Tablet({ token: (await device('booth', 'p-care')).token });
    const debt = new Tablet({ token: (await device('booth', 'p-debt')).token });
    const kiosk = new Tablet({ token: (await device('kiosk', null)).token });
    for (const t of [care1, care2, debt, kiosk]) {
      await t.open();
      expect(await t.sync(0)).toMatchObject({ ok: true, replayed: 0 });
    }
    const lead = await post(`/api/stand/${tokens.care}/leads`, leadBody({ offerId: 'o-care', message: 'Bitte nachmittags' }));
    expect(lead.status).toBe(201);
    await until(() => care1.items.length === 1 && care2.items.length === 1);
    for (const t of [care1, care2]) {
      expect(t.items[0]).toEqual({
        seq: lead.body.seq,
        kind: 'lead',
        item: expect.objectContaining({
          id: lead.body.id,
          seq: lead.body.seq,
          offerId: 'o-care',
          standId: 'st-1',
          contact: { name: 'Ayşe Yılmaz', phone: '+49 30 1234567' },
          locale: 'tr',
          message: 'Bitte nachmittags',
          rating: null,
          notes: null,
          tags: [],
          status: 'new',
        }),
      });
      expect(t.items[0]!.item).not.toHaveProperty('deviceId');
    }
    const visit = await post(`/api/stand/${tokens.care}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
    await until(() => care1.items.length === 2);
    expect(care1.items[1]).toEqual({ seq: visit.body.seq, kind: 'visit', item: { id: visit.body.id, seq: visit.body.seq, at: expect.any(String), standId: 'st-1', source: 'qr' } });
    await pause(300);
    expect(debt.items).toEqual([]);
    expect(kiosk.items).toEqual([]);
  });

  it('gives a tablet that was away during 500 visits exactly those 500, once, in order, while more arrive (read latency simulated)', async () => {
    await stop();
    await start(3);
    const tablet = new Tablet({ token: (await device('booth', 'p-care')).token });
    await tablet.open();
    await tablet.sync(0);
    await post(`/api/stand/${tokens.care}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
    await until(() => tablet.items.length === 1);
    const after = tablet.lastSeq;
    tablet.socket.disconnect();

    const send = async (token: string, n: number) => {
      const seqs: number[] = [];
      for (let i = 0; i < n; i += 25) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(25, n - i) }, () => post(`/api/stand/${token}/visits`, { deviceId: key('dev'), idempotencyKey: key() })),
        );
        seqs.push(...batch.map((r) => r.body.seq));
      }
      return seqs;
    };
    // Another provider's visits interleave: this tablet's seqs have gaps by design.
    const [away] = await Promise.all([send(tokens.care, 500), send(tokens.debt, 100)]);
    expect(away).toHaveLength(500);

    // Visits keep coming while the tablet reconnects and replays: the hand-over from replay to live
    // must lose and double nothing. Several reconnects make the overlap certain, not lucky.
    let sending = true;
    const during: number[] = [];
    const senders = Array.from({ length: 8 }, async () => {
      while (sending) during.push((await post(`/api/stand/${tokens.care}/visits`, { deviceId: key('dev'), idempotencyKey: key() })).body.seq);
    });
    let back = new Tablet(tablet.auth);
    let from = after;
    const received: Feed[] = [];
    for (let round = 0; round < 4; round++) {
      back = new Tablet(tablet.auth);
      await back.open();
      expect((await back.sync(from)).ok).toBe(true);
      await pause(50);
      back.socket.disconnect();
      received.push(...back.items);
      from = back.lastSeq;
    }
    back = new Tablet(tablet.auth);
    await back.open();
    await back.sync(from);
    sending = false;
    await Promise.all(senders);
    const expected = [...away, ...during].sort((a, b) => a - b);
    await until(() => received.length + back.items.length >= expected.length);
    await pause(200);
    received.push(...back.items);
    const seqs = received.map((m) => m.seq);
    expect(seqs).toEqual(expected);
    expect(new Set(received.map((m) => m.item.id)).size).toBe(expected.length);
    expect(received.every((m) => m.kind === 'visit' && m.item.standId === 'st-1')).toBe(true);
  });

  it('sends a lead change to the other tablets of the provider, as the same lead with a new seq', async () => {
    const a = await device('booth', 'p-care');
    const other = new Tablet({ token: (await device('booth', 'p-care')).token });
    await other.open();
    await other.sync(0);
    const lead = await post(`/api/stand/${tokens.care}/leads`, leadBody());
    await until(() => other.items.length === 1);
    const res = await fetch(`${server.url}/api/booth/leads/${lead.body.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
      body: JSON.stringify({ status: 'done', rating: 4 }),
    });
    expect(res.status).toBe(200);
    await until(() => other.items.length === 2);
    expect(other.items[1]!.item).toMatchObject({ id: lead.body.id, status: 'done', rating: 4 });
    expect(other.items[1]!.seq).toBeGreaterThan(lead.body.seq);
  });

  it('disconnects a revoked device at once, and refuses it when it tries again', async () => {
    const booth = await device('booth', 'p-care');
    const tablet = new Tablet({ token: booth.token });
    await tablet.open();
    const gone = new Promise<string>((resolve) => tablet.socket.once('disconnect', resolve));
    await revokeDevice(server.services, booth.deviceId);
    notifyRevoked(booth.deviceId);
    expect(await gone).toBe('io server disconnect');
    expect(tablet.revoked).toEqual([{ reason: 'DEVICE_REVOKED' }]);
    const again = await refusal({ token: booth.token });
    expect(again.message).toBe('DEVICE_REVOKED');
  });

  it('refuses a sync from a device revoked without notice (e.g. by another server process)', async () => {
    const booth = await device('booth', 'p-care');
    const tablet = new Tablet({ token: booth.token });
    await tablet.open();
    await post(`/api/stand/${tokens.care}/leads`, leadBody());
    await revokeDevice(server.services, booth.deviceId);
    expect(await tablet.sync(0)).toMatchObject({ ok: false, error: { code: 'DEVICE_REVOKED' } });
    expect(tablet.items).toEqual([]);
    expect(tablet.revoked).toEqual([{ reason: 'DEVICE_REVOKED' }]);
  });

  it('answers UNAVAILABLE, not UNAUTHORIZED, when it cannot check a device just now (a tablet wipes itself only for the latter)', async () => {
    const { token } = await device('booth', 'p-care');
    const services = server.services as { db: typeof server.services.db };
    const real = services.db;
    let failures = 1;
    services.db = new Proxy(real, {
      get(target, prop) {
        if (prop === 'execute') {
          return async (statement: { sql?: string }) => {
            if (failures > 0 && String(statement?.sql ?? statement).includes('FROM devices')) {
              failures -= 1;
              throw new Error('SQLITE_BUSY: database is locked');
            }
            return target.execute(statement as Parameters<typeof target.execute>[0]);
          };
        }
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    try {
      const refused = await refusal({ token });
      expect(refused.data).toMatchObject({ code: 'UNAVAILABLE' });
      // The next attempt is checked and accepted.
      const tablet = new Tablet({ token });
      await tablet.open();
      expect(await tablet.sync(0)).toMatchObject({ ok: true });
    } finally {
      services.db = real;
    }
  });

  it('refuses a socket without credentials, with a bad token, or with a cookie for another tenant', async () => {
    expect((await refusal({})).message).toBe('UNAUTHORIZED');
    expect((await refusal({ token: 'forged-token' })).message).toBe('UNAUTHORIZED');
    expect((await refusal({}, { cookie: `${SESSION_COOKIE}=made-up` })).message).toBe('UNAUTHORIZED');
    const otherTenant = await createTenant(server.services, 'Jobcenter Borken');
    const cookie = await organizerCookie(otherTenant);
    expect((await refusal({ eventId }, { cookie })).message).toBe('FORBIDDEN');
    const own = await organizerCookie(tenantId);
    expect((await refusal({ eventId }, { cookie: own, origin: 'https://evil.example' })).message).toBe('FORBIDDEN');
  });

  it('tells the organizer the number of quizzes completed, live, and tells no booth tablet', async () => {
    const organizer = new Tablet({ eventId }, { cookie: await organizerCookie(tenantId) });
    const booth = new Tablet({ token: (await device('booth', 'p-care')).token });
    const stats: { organizer: unknown[]; booth: unknown[] } = { organizer: [], booth: [] };
    for (const [name, t] of [['organizer', organizer], ['booth', booth]] as const) {
      await t.open();
      await t.sync(0);
      t.socket.on('stats', (payload: unknown) => stats[name].push(payload));
    }
    const kiosk = await device('kiosk', null);
    const quiz = (idempotencyKey: string) =>
      fetch(`${server.url}/api/kiosk/quizzes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${kiosk.token}` },
        body: JSON.stringify({ code: 'SAE', interests: { R: 0.1, I: 0.2, A: 0.7, S: 0.9, E: 0.6, C: 0.3 }, idempotencyKey }),
      });
    expect((await quiz(key('quiz'))).status).toBe(201);
    await until(() => stats.organizer.length === 1);
    const again = key('quiz');
    expect((await quiz(again)).status).toBe(201);
    expect((await quiz(again)).status).toBe(200); // a retry counts once and announces nothing new
    await until(() => stats.organizer.length === 2);
    await pause(100);
    const nobody = { kiosks: 0, phones: 0 };
    expect(stats.organizer).toMatchObject([{ quizzes: 1, visitorsNow: nobody }, { quizzes: 2, visitorsNow: nobody }]);
    expect(stats.booth).toEqual([]);
  });

  it('gives the organizer no single visit or lead (no id, time, stand or status), while the booth keeps its own items and changes', async () => {
    // Privacy review H2: the organizer (the Jobcenter) must not see a person's visit or lead as an event of its
    // own, nor learn that the provider followed it up. Booth tablets still get their provider's items.
    const organizer = new Tablet({ eventId }, { cookie: await organizerCookie(tenantId) });
    const care = new Tablet({ token: (await device('booth', 'p-care')).token });
    const stats: Record<string, unknown>[] = [];
    await organizer.open();
    organizer.socket.on('stats', (payload: Record<string, unknown>) => stats.push(payload));
    await care.open();
    await post(`/api/stand/${tokens.debt}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
    expect(await organizer.sync(0)).toMatchObject({ ok: true, replayed: 0 });
    expect(await care.sync(0)).toMatchObject({ ok: true, replayed: 0 }); // the visit was at another provider's stand
    await post(`/api/stand/${tokens.care}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
    const lead = await post(`/api/stand/${tokens.care}/leads`, leadBody());
    expect(lead.status, JSON.stringify(lead.body)).toBe(201);
    await until(() => care.items.length === 2);
    const boothToken = care.auth.token as string;
    const patched = await fetch(`${server.url}/api/booth/leads/${lead.body.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${boothToken}` },
      body: JSON.stringify({ status: 'done' }),
    });
    expect(patched.status).toBe(200);
    // The booth tablet gets its visit, its lead and the lead's change, as before.
    await until(() => care.items.length === 3);
    expect(care.items.map((m) => [m.kind, m.item.status ?? null])).toEqual([['visit', null], ['lead', 'new'], ['lead', 'done']]);
    expect(care.items[1]!.item).toMatchObject({ id: lead.body.id, contact: expect.any(Object) as unknown });
    // A newly connecting organizer replays nothing either.
    const late = new Tablet({ eventId }, { cookie: await organizerCookie(tenantId) });
    await late.open();
    expect(await late.sync(0)).toMatchObject({ ok: true, replayed: 0 });
    await pause(300);
    expect(organizer.items).toEqual([]);
    expect(late.items).toEqual([]);
    // Whatever stats say, they carry no per-person item: no id, timestamp, status or contact anywhere.
    const text = JSON.stringify(stats);
    for (const word of ['"id"', 'createdAt', '"at"', '"status"', 'contact', lead.body.id]) expect(text).not.toContain(word);
  });
});

async function organizerCookie(tenant: string): Promise<string> {
  const userId = randomId();
  await server.services.queue.run((tx) =>
    tx.execute({
      sql: 'INSERT INTO users (id, tenant_id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      args: [userId, tenant, `${userId}@example.org`, 'Organizer', 'scrypt$x', new Date().toISOString()],
    }),
  );
  const { sessionId } = await createSession(server.services, userId);
  return `${SESSION_COOKIE}=${encodeURIComponent(sessionId)}`;
}
