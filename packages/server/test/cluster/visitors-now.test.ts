// "Visitors now" across server processes: a kiosk reports to node A, a phone visits through node A, and the
// organizer connected to node B sees both (two real processes, one SQLite file, Debian's redis-server).
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { StatsMessage } from '../../src/live/stats.js';
import { closeServices, createServices } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { createOrganizer } from '../../src/store/users.js';
import { smallFair } from '../fixtures.js';
import { createPairingCode, key } from '../field/setup.js';
import { tempDbUrl, until } from '../helpers.js';
import { startNode, startRedis, type ClusterNode, type TestRedis } from './redis.js';

const SECRET = 'visitors-now-cluster-secret';
const PASSWORD = 'correct horse battery 1';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Waits as `until` of test/helpers.ts, at most 10,000 ms (this file's server takes longer). */
const waitFor = (check: () => boolean, what: string): Promise<void> => until(check, what, 10_000);

describe('visitors now in a cluster of two processes with Redis', () => {
  let redis: TestRedis;
  let db: ReturnType<typeof tempDbUrl>;
  let nodes: ClusterNode[] = [];
  let eventId: string;
  let standToken: string;
  let kioskCode: string;
  let socket: Socket | undefined;

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
      kioskCode = await createPairingCode(setup, eventId, 'kiosk', null);
      await closeServices(setup);
    } finally {
      delete process.env.MARKT_SECRET;
    }
    const env = { MARKT_DB_URL: db.url, MARKT_REDIS_URL: redis.url, MARKT_SECRET: SECRET };
    nodes = await Promise.all([startNode(env), startNode(env)]);
  }, 60_000);

  afterAll(async () => {
    socket?.disconnect();
    for (const node of nodes) node.child.kill('SIGKILL');
    await redis?.stop();
    db?.cleanup();
  });

  it("shows the organizer on node B a kiosk and a phone that reported to node A, and the kiosk's idle", async () => {
    const [a, b] = nodes as [ClusterNode, ClusterNode];
    const login = await post(`${a.url}/api/auth/login`, { email: 'anna@pankow.example', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const stats: StatsMessage[] = [];
    socket = connect(b.url, { auth: { eventId }, extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.on('stats', (message: StatsMessage) => stats.push(message));
    await new Promise<void>((resolve, reject) => {
      socket!.once('connect', () => resolve());
      socket!.once('connect_error', reject);
    });
    socket.emit('sync', { after: 0 });
    await waitFor(() => stats.length >= 1, 'the counts of the handshake arrive');
    expect(stats[0]).toMatchObject({ quizzes: 0, visitorsNow: { kiosks: 0, phones: 0 } });

    const kiosk = (await (await post(`${a.url}/api/pair`, { code: kioskCode })).json()) as { token: string };
    const report = (state: string) => post(`${a.url}/api/kiosk/sessions`, { state }, { authorization: `Bearer ${kiosk.token}` });
    expect((await report('active')).status).toBe(200);
    await waitFor(() => stats.at(-1)?.visitorsNow.kiosks === 1, 'node B counts the kiosk that reported to node A');
    expect((await post(`${a.url}/api/stand/${standToken}/visits`, { deviceId: key('phone'), idempotencyKey: key('visit') })).status).toBe(201);
    await waitFor(() => stats.at(-1)?.visitorsNow.phones === 1, "node B counts the phone's visit made through node A");
    expect((await report('idle')).status).toBe(200);
    await waitFor(() => stats.at(-1)?.visitorsNow.kiosks === 0, "node B takes the kiosk's idle");
    expect(stats.at(-1)).toMatchObject({ quizzes: 0, visitorsNow: { kiosks: 0, phones: 1 } });
  }, 30_000);
});
