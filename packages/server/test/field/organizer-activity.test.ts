// Privacy review H2, end to end: the organizer's socket gets visits and leads only as `stats.activity`,
// aggregates per 5-minute period with counts 1-4 suppressed, pushed when a period ends; never an item.
// Real server on 127.0.0.1:0, real SQLite file, real socket.io clients; the server's clock is set just
// before a period boundary so the test sees the boundary pass within seconds.
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../src/auth/session.js';
import { loadConfig } from '../../src/config.js';
import { BUCKET_MS, type StatsMessage } from '../../src/live/stats.js';
import { randomId } from '../../src/security/tokens.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createServices } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl, until } from '../helpers.js';
import { key, leadBody } from './setup.js';

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let eventId: string;
let tenantId: string;
/** The server's clock: `offset` ms ahead of real time. */
let offset = 0;
const sockets: Socket[] = [];

beforeEach(async () => {
  // During the fair (test/fixtures.ts: 10 March 2027, 08:00-14:00 UTC), 3 s before a period boundary; real
  // time goes on from there.
  const base = Date.parse('2027-03-10T10:45:00Z') - 3000;
  offset = base - Date.now();
  temp = tempDbUrl();
  const config = loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined });
  server = await startServer(config, await createServices(config, () => new Date(Date.now() + offset)));
  tenantId = await createTenant(server.services, 'Jobcenter Pankow');
  eventId = await insertFair(server.services, tenantId, smallFair());
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close();
  temp.cleanup();
});


/** Waits as `until` of test/helpers.ts, at most 8000 ms (this file's server takes longer). */
const waitFor = (check: () => boolean, what: string): Promise<void> => until(check, what, 8000);

async function organizerCookie(): Promise<string> {
  const userId = randomId();
  await server.services.queue.run((tx) =>
    tx.execute({
      sql: 'INSERT INTO users (id, tenant_id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      args: [userId, tenantId, `${userId}@example.org`, 'Organizer', 'scrypt$x', new Date().toISOString()],
    }),
  );
  const { sessionId } = await createSession(server.services, userId);
  return `${SESSION_COOKIE}=${encodeURIComponent(sessionId)}`;
}

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('organizer activity over socket.io (H2)', () => {
  it('pushes visits and leads as aggregates when the 5-minute period ends, small counts withheld (null), and never a feed item', async () => {
    const socket = connect(server.url, {
      auth: { eventId },
      extraHeaders: { cookie: await organizerCookie() },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    const stats: StatsMessage[] = [];
    const feed: unknown[] = [];
    socket.on('stats', (message: StatsMessage) => stats.push(message));
    socket.on('feed', (message: unknown) => feed.push(message));
    await waitFor(() => stats.length >= 1, 'the stats of the handshake');
    // Every stand and provider of the event, 0 too.
    expect(stats[0]!.activity).toMatchObject({
      visits: 0,
      leads: 0,
      perStand: [
        { standId: 'st-1', visits: 0 },
        { standId: 'st-2', visits: 0 },
      ],
      perProvider: [
        { providerId: 'p-care', leads: 0 },
        { providerId: 'p-debt', leads: 0 },
      ],
      bucketMinutes: 5,
      minCount: 5,
    });

    const debt = (await standTokenOf(server.services, eventId, 'st-2'))!;
    const care = (await standTokenOf(server.services, eventId, 'st-1'))!;
    for (let i = 0; i < 6; i++) expect((await post(`/api/stand/${debt}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit') })).status).toBe(201);
    expect((await post(`/api/stand/${care}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit') })).status).toBe(201);
    const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:44:00Z' };
    const lead = await post(`/api/stand/${care}/leads`, leadBody({ consent }));
    expect(lead.status, await lead.clone().text()).toBe(201);
    // Within the period: phones now change at once, visits and leads do not.
    await waitFor(() => stats.at(-1)?.visitorsNow.phones === 7, 'phones now counts the scans');
    expect(stats.at(-1)!.activity).toMatchObject({ visits: 0, leads: 0 });

    // The boundary passes (about 3 s): the figures move on by themselves, with no visit to trigger them.
    await waitFor(() => stats.at(-1)?.activity?.visits === 7, 'the period ends and the figures move on');
    // st-1's one visit is withheld, and st-2's 6 with it: beside the exact total of 7 a lone "< 5" would be 1.
    expect(stats.at(-1)!.activity).toMatchObject({
      visits: 7,
      leads: null,
      perStand: [
        { standId: 'st-1', visits: null },
        { standId: 'st-2', visits: null },
      ],
      perProvider: [
        { providerId: 'p-care', leads: null },
        { providerId: 'p-debt', leads: null },
      ],
    });
    expect(Date.parse(stats.at(-1)!.activity!.until) % BUCKET_MS).toBe(0);
    expect(feed).toEqual([]);
  }, 20_000);
});
