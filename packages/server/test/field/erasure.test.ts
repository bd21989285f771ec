import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createServices } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { purgeExpired } from '../../src/store/purge.js';
import { smallFair } from '../fixtures.js';
import { tempDbUrl, until } from '../helpers.js';
import { createPairingCode, erasedRecorder, key, leadBody } from './setup.js';

// Leads erased by their visitor or purged after the retention period must leave the booth tablets too:
// the booth's `sync` ack names the leads the server still holds, and `erased { leadIds }` is pushed live.

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let now: Date;
let eventId: string;
let tokens: { care: string; debt: string };
const sockets: Socket[] = [];

beforeEach(async () => {
  temp = tempDbUrl();
  now = new Date('2027-03-10T10:00:00Z');
  const config = loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined });
  server = await startServer(config, await createServices(config, () => now));
  const tenantId = await createTenant(server.services, 'Jobcenter Pankow');
  eventId = await insertFair(server.services, tenantId, smallFair());
  tokens = { care: (await standTokenOf(server.services, eventId, 'st-1'))!, debt: (await standTokenOf(server.services, eventId, 'st-2'))! };
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close();
  temp.cleanup();
});

interface Ack {
  ok: boolean;
  lastSeq: number;
  leadIds?: string[];
}

async function post(path: string, body: unknown): Promise<{ id: string; seq: number }> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as { id: string; seq: number };
}

async function tablet(role: 'booth' | 'kiosk', providerId: string | null): Promise<{ socket: Socket; erased: unknown[]; sync: () => Promise<Ack> }> {
  const code = await createPairingCode(server.services, eventId, role, providerId);
  const { token } = await post('/api/pair', { code }) as unknown as { token: string };
  const { socket, erased } = await erasedRecorder(server.url, token, sockets);
  return { socket, erased, sync: () => socket.emitWithAck('sync', { after: 0 }) as Promise<Ack> };
}


describe('erased and purged leads leave the booth tablets', () => {
  it("names the provider's stored leads in the booth's sync ack, and drops an erased visitor's from it and live", async () => {
    const ayse = await post(`/api/stand/${tokens.care}/leads`, leadBody({ deviceId: 'phone-ayse-00000001' }));
    const bernd = await post(`/api/stand/${tokens.care}/leads`, leadBody({ deviceId: 'phone-bernd-0000001', contact: { name: 'Bernd', phone: '+49 30 555' } }));
    const other = await post(`/api/stand/${tokens.debt}/leads`, leadBody({ deviceId: 'phone-ayse-00000001' }));
    const care = await tablet('booth', 'p-care');
    const debt = await tablet('booth', 'p-debt');
    const kiosk = await tablet('kiosk', null);
    const first = await care.sync();
    expect(first.ok).toBe(true);
    expect([...first.leadIds!].sort()).toEqual([ayse.id, bernd.id].sort());
    expect((await debt.sync()).leadIds).toEqual([other.id]);
    expect(await kiosk.sync()).not.toHaveProperty('leadIds');

    const res = await fetch(`${server.url}/api/visitor/phone-ayse-00000001`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    await until(() => care.erased.length === 1 && debt.erased.length === 1);
    expect(care.erased).toEqual([{ leadIds: [ayse.id] }]);
    expect(debt.erased).toEqual([{ leadIds: [other.id] }]);
    expect((await care.sync()).leadIds).toEqual([bernd.id]);
    expect((await debt.sync()).leadIds).toEqual([]);
    // A visit leaves no lead: nobody hears of an erasure that deleted no lead.
    await post(`/api/stand/${tokens.care}/visits`, { deviceId: 'phone-carl-00000001', idempotencyKey: key() });
    await fetch(`${server.url}/api/visitor/phone-carl-00000001`, { method: 'DELETE' });
    await new Promise((r) => setTimeout(r, 200));
    expect(care.erased).toHaveLength(1);
  });

  it('tells the tablets after the retention purge, and their next sync names no lead', async () => {
    const lead = await post(`/api/stand/${tokens.care}/leads`, leadBody());
    const care = await tablet('booth', 'p-care');
    expect((await care.sync()).leadIds).toEqual([lead.id]);
    now = new Date('2027-04-10T00:00:00Z'); // the fair ended 2027-03-10, retention 30 days
    expect((await purgeExpired(server.services)).deleted).toBeGreaterThan(0);
    await until(() => care.erased.length === 1);
    expect(care.erased).toEqual([{ leadIds: [lead.id] }]);
    expect(await care.sync()).toMatchObject({ ok: true, leadIds: [] });
  });
});
