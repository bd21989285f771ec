import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { VisitAck } from '../../src/live/ingest.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createTenant, insertFair } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl } from '../helpers.js';
import { count, createPairingCode, key } from './setup.js';

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let eventId: string;
const sockets: Socket[] = [];

beforeEach(async () => {
  temp = tempDbUrl();
  server = await startServer(loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined }));
  eventId = await insertFair(server.services, await createTenant(server.services, 'Jobcenter Pankow'), smallFair());
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close();
  temp.cleanup();
});

async function open(role: 'booth' | 'kiosk', providerId: string | null): Promise<Socket> {
  const code = await createPairingCode(server.services, eventId, role, providerId);
  const res = await fetch(`${server.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  const { token } = (await res.json()) as { token: string };
  const socket = connect(server.url, { transports: ['websocket'], auth: { token }, forceNew: true, reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

const send = (socket: Socket, body: unknown): Promise<VisitAck> => socket.timeout(2000).emitWithAck('visit', body) as Promise<VisitAck>;

describe('visits sent over a kiosk socket', () => {
  it('acknowledges a visit once committed, pushes it to the tablets of the stand\'s provider, and answers a repeated key with the first visit', async () => {
    const tablet = await open('booth', 'p-care');
    const feed: { seq: number; item: { id: string; standId: string } }[] = [];
    tablet.on('feed', (message: { seq: number; item: { id: string; standId: string } }) => feed.push(message));
    expect(((await tablet.emitWithAck('sync', { after: 0 })) as { ok: boolean }).ok).toBe(true);
    const kiosk = await open('kiosk', null);
    const body = { standId: 'st-1', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() };

    const first = await send(kiosk, body);
    expect(first).toMatchObject({ ok: true, seq: 1, created: true });
    const row = await server.services.db.execute({ sql: 'SELECT provider_id, source FROM visits WHERE id = ?', args: [(first as { id: string }).id] });
    expect(row.rows[0]).toMatchObject({ provider_id: 'p-care', source: 'kiosk' });

    const again = await send(kiosk, body);
    expect(again).toEqual({ ...first, created: false });
    expect(await count(server.services, 'visits')).toBe(1);
    await expect.poll(() => feed.length).toBe(1);
    expect(feed[0]).toMatchObject({ seq: 1, item: { id: (first as { id: string }).id, standId: 'st-1' } });
  });

  it('refuses a stand of no event of this kiosk and an invalid visit, naming the field, and writes nothing', async () => {
    const kiosk = await open('kiosk', null);
    const unknownStand = await send(kiosk, { standId: 'st-404', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() });
    expect(unknownStand).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path: 'standId' }] } });
    const badKey = await send(kiosk, { standId: 'st-1', deviceId: key('dev'), source: 'kiosk', idempotencyKey: 'short' });
    expect(badKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path: 'idempotencyKey' }] } });
    expect(await count(server.services, 'visits')).toBe(0);
  });

  it('acks a visit the store refuses with an HttpError with that error\'s own code (410 EVENT_CLOSED), logs no error, and writes nothing', async () => {
    const lines: Record<string, unknown>[] = [];
    await server.close();
    server = await startServer(loadConfig({}, { port: 0, dbUrl: temp.url, log: (line) => lines.push(line) }));
    // The fair ended long ago: past its end + retentionDays the event takes nothing any more.
    await server.services.db.execute({ sql: "UPDATE events SET ends_at = '2020-01-01T15:00:00+01:00' WHERE id = ?", args: [eventId] });
    const kiosk = await open('kiosk', null);
    const ack = await send(kiosk, { standId: 'st-1', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() });
    expect(ack).toMatchObject({ ok: false, error: { code: 'EVENT_CLOSED', message: expect.any(String) } });
    expect(lines.filter((line) => line['level'] === 'error')).toEqual([]);
    expect(await count(server.services, 'visits')).toBe(0);
  });

  it('takes visits only from kiosks: a booth tablet\'s visit gets no answer and writes nothing', async () => {
    const tablet = await open('booth', 'p-care');
    await expect(send(tablet, { standId: 'st-1', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }).catch(() => 'no answer')).resolves.toBe('no answer');
    expect(await count(server.services, 'visits')).toBe(0);
  });
});
