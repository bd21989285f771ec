// "Visitors now" on the organizer's live dashboard (issue 7): kiosks in use (POST /api/kiosk/sessions,
// expiring by themselves) and phones whose QR visit reached the server in the last 15 minutes, pushed as `stats` over the
// real socket.io server on 127.0.0.1:0 with a real SQLite file. The kiosk timeout is short here (1.5 s: heartbeats a third apart stay safe on a loaded machine).
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../src/auth/session.js';
import { loadConfig } from '../../src/config.js';
import { LiveHub } from '../../src/live/hub.js';
import { notifyRevoked } from '../../src/live/revocations.js';
import { PHONE_WINDOW_MS, READ_PHONES_SQL, readStats, type StatsMessage } from '../../src/live/stats.js';
import { randomId } from '../../src/security/tokens.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createServices } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl, until } from '../helpers.js';
import { createPairingCode, key, revokeDevice } from './setup.js';

const ACTIVE_MS = 1500;

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let tenantId: string;
let eventId: string;
const sockets: Socket[] = [];

/** Starts the server on a fresh file, with kiosks counting `activeMs` after their last report. */
async function start(activeMs: number): Promise<void> {
  temp = tempDbUrl();
  const config = loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined });
  const services = await createServices(config);
  server = await startServer(config, { ...services, live: new LiveHub({ kioskActiveMs: activeMs }) });
  tenantId = await createTenant(server.services, 'Jobcenter Pankow');
  eventId = await insertFair(server.services, tenantId, smallFair());
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close();
  temp.cleanup();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


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

async function pair(event: string, role: 'kiosk' | 'booth', providerId: string | null = null): Promise<{ token: string; deviceId: string }> {
  const code = await createPairingCode(server.services, event, role, providerId);
  const res = await fetch(`${server.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  return (await res.json()) as { token: string; deviceId: string };
}

/** A socket that records every `stats` message; listening before it connects, as the dashboard does. */
async function watcher(auth: Record<string, unknown>, headers: Record<string, string> = {}): Promise<StatsMessage[]> {
  const socket = connect(server.url, { auth, extraHeaders: headers, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  const received: StatsMessage[] = [];
  socket.on('stats', (message: StatsMessage) => received.push(message));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  socket.emit('sync', { after: 0 });
  return received;
}

async function organizer(tenant = tenantId, event = eventId): Promise<StatsMessage[]> {
  const received = await watcher({ eventId: event }, { cookie: await organizerCookie(tenant) });
  await until(() => received.length >= 1, 'the organizer has the stats of the handshake');
  return received;
}

async function report(token: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}/api/kiosk/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const latest = (received: StatsMessage[]) => received.at(-1)?.visitorsNow;

describe('visitors now: kiosks in use and phones seen lately', () => {
  beforeEach(() => start(ACTIVE_MS));

  it('gives the organizer the counts on connect, then kiosks 1 when a kiosk is in use and 0 when it says idle', async () => {
    const stats = await organizer();
    expect(stats[0]).toMatchObject({ quizzes: 0, visitorsNow: { kiosks: 0, phones: 0 } });
    const kiosk = await pair(eventId, 'kiosk');
    const answer = await report(kiosk.token, { state: 'active' });
    expect(answer).toEqual({ status: 200, body: { state: 'active', ttlSeconds: ACTIVE_MS / 1000 } });
    await until(() => latest(stats)?.kiosks === 1, 'the organizer sees the kiosk in use');
    expect(latest(stats)).toEqual({ kiosks: 1, phones: 0 });
    expect((await report(kiosk.token, { state: 'idle' })).status).toBe(200);
    await until(() => latest(stats)?.kiosks === 0, 'the organizer sees the kiosk free again');
  });

  it('expires a kiosk that stops reporting after the timeout, while heartbeats keep it counted', async () => {
    const stats = await organizer();
    const kiosk = await pair(eventId, 'kiosk');
    await report(kiosk.token, { state: 'active' });
    await until(() => latest(stats)?.kiosks === 1, 'the kiosk counts');
    // Heartbeats every third of the timeout, for twice the timeout: it keeps counting throughout.
    for (let i = 0; i < 6; i++) {
      await pause(ACTIVE_MS / 3);
      expect((await report(kiosk.token, { state: 'active' })).status).toBe(200);
    }
    expect(latest(stats)?.kiosks).toBe(1);
    // Then it drops off the Wi-Fi: it never says idle, and still stops counting.
    const lastBeat = Date.now();
    await until(() => latest(stats)?.kiosks === 0, 'the silent kiosk expires', 5000);
    expect(Date.now() - lastBeat).toBeGreaterThanOrEqual(ACTIVE_MS - 50);
  });

  it('counts distinct phones whose QR visit reached the server in the last 15 minutes, by the server clock, not kiosk visits', async () => {
    const stats = await organizer();
    const care = (await standTokenOf(server.services, eventId, 'st-1'))!;
    const debt = (await standTokenOf(server.services, eventId, 'st-2'))!;
    const visit = (token: string, deviceId: string, at?: string) =>
      fetch(`${server.url}/api/stand/${token}/visits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deviceId, idempotencyKey: key('visit'), ...(at ? { at } : {}) }),
      }).then((res) => res.status);
    const phoneA = key('phoneA');
    expect(await visit(care, phoneA)).toBe(201);
    expect(await visit(debt, phoneA)).toBe(201);
    expect(await visit(care, key('phoneB'))).toBe(201);
    // Sent late from a phone that was offline: its visit was 20 minutes ago, but the phone is online here now.
    expect(await visit(care, key('phoneC'), new Date(Date.now() - 20 * 60_000).toISOString())).toBe(201);
    // Phones whose clocks run two hours ahead or behind count like the others.
    expect(await visit(care, key('phoneD'), new Date(Date.now() + 2 * 3600_000).toISOString())).toBe(201);
    expect(await visit(care, key('phoneE'), new Date(Date.now() - 2 * 3600_000).toISOString())).toBe(201);
    const kiosk = await pair(eventId, 'kiosk');
    const kioskVisit = await fetch(`${server.url}/api/kiosk/visits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${kiosk.token}` },
      body: JSON.stringify({ standId: 'st-1', deviceId: key('session'), source: 'kiosk', idempotencyKey: key('kvisit') }),
    });
    expect(kioskVisit.status).toBe(201);
    await until(() => latest(stats)?.phones === 5, 'five phones count');
    await pause(1200); // past the throttle: a later push would show any miscount
    expect(latest(stats)).toEqual({ kiosks: 0, phones: 5 });
    // A new organizer gets the same counts on connect.
    expect((await organizer()).at(0)?.visitorsNow).toEqual({ kiosks: 0, phones: 5 });
    // The window, on the server's clock: still five a minute before it closes, none a minute after.
    const later = (ms: number) => readStats(server.services.db, eventId, 0, new Date(Date.now() + ms));
    expect((await later(PHONE_WINDOW_MS - 60_000)).visitorsNow.phones).toBe(5);
    expect((await later(PHONE_WINDOW_MS + 60_000)).visitorsNow.phones).toBe(0);
  });

  it('reads the phones of the window through the primary key, not all of the event\'s visits', async () => {
    const plan = await server.services.db.execute({
      sql: `EXPLAIN QUERY PLAN ${READ_PHONES_SQL}`,
      args: ['a', 'b', eventId],
    });
    expect(plan.rows.map((row) => String(row.detail)).join('\n')).toMatch(/SEARCH visits USING INDEX sqlite_autoindex_visits_1 \(id>\? AND id<\?\)/);
  });

  it('tells only the organizers of the event: not another tenant, not a booth tablet, not a kiosk', async () => {
    const other = await createTenant(server.services, 'Jobcenter Borken');
    const otherEvent = await insertFair(server.services, other, smallFair('fair-borken'));
    const foreign = await organizer(other, otherEvent);
    const own = await organizer();
    const booth = await watcher({ token: (await pair(eventId, 'booth', 'p-care')).token });
    const kiosk = await pair(eventId, 'kiosk');
    const kioskSocket = await watcher({ token: kiosk.token });
    // Another tenant's organizer cannot even watch this event.
    const refused = await watcher({ eventId }, { cookie: await organizerCookie(other) }).then(
      () => 'connected',
      (error: Error) => error.message,
    );
    expect(refused).toBe('FORBIDDEN');
    await report(kiosk.token, { state: 'active' });
    await until(() => latest(own)?.kiosks === 1, 'the own organizer sees the kiosk');
    await pause(300);
    expect(foreign).toMatchObject([{ quizzes: 0, visitorsNow: { kiosks: 0, phones: 0 } }]);
    expect(booth).toEqual([]);
    expect(kioskSocket).toEqual([]);
  });

  it('refuses a bad body with 400 naming the field, and takes nothing but the state', async () => {
    const stats = await organizer();
    const kiosk = await pair(eventId, 'kiosk');
    for (const body of [{ state: 'busy' }, {}, { state: 'active', locale: 'tr', answers: { 'help-people': 4 } }]) {
      const res = await report(kiosk.token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = res.body.error as { code: string; details: { path: string }[] };
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details.map((d) => d.path).join(' ')).toMatch(/state|locale|answers/);
    }
    expect((await report(kiosk.token, { state: 'busy' })).body).toMatchObject({ error: { details: [{ path: 'state' }] } });
    await pause(200);
    expect(latest(stats)?.kiosks).toBe(0);
  });
});

// Kiosks that stay counted longer than the throttle, so that a push comes from the change, not an expiry.
describe('visitors now: pushes', () => {
  beforeEach(() => start(10_000));

  it('pushes at most once per second per event, with the newest counts', async () => {
    const stats = await organizer();
    const kiosks = await Promise.all([1, 2, 3, 4, 5].map(() => pair(eventId, 'kiosk')));
    const before = stats.length;
    await Promise.all(kiosks.map((kiosk) => report(kiosk.token, { state: 'active' })));
    await until(() => latest(stats)?.kiosks === 5, 'all five kiosks count');
    // Five changes within far less than a second: one push at once, one with the rest a second later.
    expect(stats.length - before).toBeLessThanOrEqual(2);
  });

  it('drops a revoked kiosk at once, and refuses its reports after', async () => {
    const stats = await organizer();
    const kiosk = await pair(eventId, 'kiosk');
    await report(kiosk.token, { state: 'active' });
    await until(() => latest(stats)?.kiosks === 1, 'the kiosk counts');
    await revokeDevice(server.services, kiosk.deviceId);
    notifyRevoked(kiosk.deviceId);
    await until(() => latest(stats)?.kiosks === 0, 'the revoked kiosk no longer counts', 2500);
    const refused = await report(kiosk.token, { state: 'active' });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'DEVICE_REVOKED' } });
  });
});
