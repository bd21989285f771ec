// One broadcast per room for live items (src/live/socket.ts `deliverHere`): the sockets that are live get the
// item once; a socket connected but not yet synced gets nothing live (its sync replays it), and a booth of
// another provider nothing at all.
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl } from '../helpers.js';
import { createPairingCode, key } from './setup.js';

interface Feed {
  seq: number;
  item: { id: string };
}

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

async function tablet(providerId: string): Promise<{ socket: Socket; items: Feed[] }> {
  const code = await createPairingCode(server.services, eventId, 'booth', providerId);
  const res = await fetch(`${server.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  const { token } = (await res.json()) as { token: string };
  const socket = connect(server.url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  const items: Feed[] = [];
  socket.on('feed', (message: Feed) => items.push(message));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, items };
}

async function visit(token: string): Promise<{ id: string; seq: number }> {
  const res = await fetch(`${server.url}/api/stand/${token}/visits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId: key('dev'), idempotencyKey: key() }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; seq: number };
}

describe('live items broadcast to a room', () => {
  it('reach every synced tablet of the provider once, no tablet not yet synced, no other provider', async () => {
    const care = (await standTokenOf(server.services, eventId, 'st-1'))!;
    const synced = await Promise.all([tablet('p-care'), tablet('p-care'), tablet('p-care')]);
    for (const t of synced) expect(((await t.socket.emitWithAck('sync', { after: 0 })) as { ok: boolean }).ok).toBe(true);
    const waiting = await tablet('p-care');
    const other = await tablet('p-debt');
    expect(((await other.socket.emitWithAck('sync', { after: 0 })) as { ok: boolean }).ok).toBe(true);

    const first = await visit(care);
    const second = await visit(care);
    await expect.poll(() => synced.map((t) => t.items.length)).toEqual([2, 2, 2]);
    for (const t of synced) expect(t.items.map((m) => [m.seq, m.item.id])).toEqual([[first.seq, first.id], [second.seq, second.id]]);
    // A socket's messages arrive in order: once a synced tablet has both, the others' would have come too.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(waiting.items).toEqual([]);
    expect(other.items).toEqual([]);

    // Its sync replays both, once; later items then come live.
    const ack = (await waiting.socket.emitWithAck('sync', { after: 0 })) as { ok: boolean; replayed: number };
    expect(ack).toMatchObject({ ok: true, replayed: 2 });
    const third = await visit(care);
    await expect.poll(() => waiting.items.map((m) => m.seq)).toEqual([first.seq, second.seq, third.seq]);
    await expect.poll(() => synced.map((t) => t.items.length)).toEqual([3, 3, 3]);
    expect(other.items).toEqual([]);
  });
});
