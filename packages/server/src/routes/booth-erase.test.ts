import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPairingCode, erasedRecorder, key, leadBody } from '../../test/field/setup.js';
import { smallFair } from '../../test/fixtures.js';
import { databaseBytes, tempDbUrl } from '../../test/helpers.js';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import { createServices } from '../services.js';
import { createTenant, insertFair, standTokenOf } from '../store/fair.js';

// A visitor asks the provider to delete their contact request: the provider's tablet erases that one lead
// (DELETE /api/booth/leads/:id), to the byte, and every tablet of the provider drops it. Another provider cannot.
// Every booth and stand answer is `Cache-Control: no-store` (contact data must not sit in a cache).
// Real server on 127.0.0.1:0, real SQLite file, real socket.io clients as tablets.

let server: RunningServer;
let temp: ReturnType<typeof tempDbUrl>;
let eventId: string;
let tokens: { care: string; debt: string };
const sockets: Socket[] = [];

beforeEach(async () => {
  temp = tempDbUrl();
  const now = new Date('2027-03-10T10:00:00Z');
  const config = loadConfig({}, { port: 0, dbUrl: temp.url, log: () => undefined });
  server = await startServer(config, await createServices(config, () => now));
  eventId = await insertFair(server.services, await createTenant(server.services, 'Jobcenter Pankow'), smallFair());
  tokens = { care: (await standTokenOf(server.services, eventId, 'st-1'))!, debt: (await standTokenOf(server.services, eventId, 'st-2'))! };
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close();
  temp.cleanup();
});

async function send(method: string, path: string, body?: unknown, token?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function tablet(providerId: string): Promise<string> {
  const code = await createPairingCode(server.services, eventId, 'booth', providerId);
  return ((await (await send('POST', '/api/pair', { code })).json()) as { token: string }).token;
}

/** A live tablet of the provider: records every `erased` it is sent. */
async function liveTablet(providerId: string): Promise<unknown[]> {
  const { socket, erased } = await erasedRecorder(server.url, await tablet(providerId), sockets);
  await socket.emitWithAck('sync', { after: 0 });
  return erased;
}

async function newLead(stand: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await send('POST', `/api/stand/${stand}/leads`, leadBody({ idempotencyKey: key('lead'), ...overrides }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const leadIds = async () => (await server.services.db.execute('SELECT id FROM leads ORDER BY seq')).rows.map((r) => String(r.id));
const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('DELETE /api/booth/leads/:id', () => {
  it("erases the provider's own lead to the byte (204), with its change keys, and tells every tablet of the provider", async () => {
    const erasedPhone = '+49 30 5557777';
    const gone = await newLead(tokens.care, { deviceId: 'phone-gone-000000001', contact: { name: 'Erika Weg', phone: erasedPhone } });
    const kept = await newLead(tokens.care, { deviceId: 'phone-kept-000000001' });
    const token = await tablet('p-care');
    const changeKey = key('CHANGEKEYxx');
    expect((await send('PATCH', `/api/booth/leads/${gone}`, { notes: 'ruft Montag an', idempotencyKey: changeKey }, token)).status).toBe(200);
    const [colleague, otherProvider] = [await liveTablet('p-care'), await liveTablet('p-debt')];
    expect(databaseBytes(temp.path).includes(Buffer.from(erasedPhone))).toBe(true);

    const res = await send('DELETE', `/api/booth/leads/${gone}`, undefined, token);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await leadIds()).toEqual([kept]);
    const changes = await server.services.db.execute({ sql: 'SELECT COUNT(*) AS n FROM lead_changes WHERE lead_id = ?', args: [gone] });
    expect(Number(changes.rows[0]!.n)).toBe(0);
    await until(() => colleague.length === 1);
    expect(colleague).toEqual([{ leadIds: [gone] }]);
    const files = databaseBytes(temp.path);
    expect(files.includes(Buffer.from(erasedPhone)), 'the phone number is still in the database files').toBe(false);
    expect(files.includes(Buffer.from('Erika Weg')), 'the name is still in the database files').toBe(false);
    expect(files.includes(Buffer.from(changeKey)), 'the change key is still in the database files').toBe(false);
    expect(otherProvider).toEqual([]);

    const again = await send('DELETE', `/api/booth/leads/${gone}`, undefined, token);
    expect(again.status).toBe(404); // already gone: nothing to erase
  });

  it("answers 404 for another provider's lead and for an unknown id, and changes nothing", async () => {
    const theirs = await newLead(tokens.debt, { deviceId: 'phone-theirs-0000001' });
    const token = await tablet('p-care');
    const foreign = await send('DELETE', `/api/booth/leads/${theirs}`, undefined, token);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    const unknown = await send('DELETE', '/api/booth/leads/no-such-lead', undefined, token);
    expect(unknown.status).toBe(404);
    expect(await leadIds()).toEqual([theirs]);
  });

  it('refuses a request without a booth token (401), and a kiosk token', async () => {
    const lead = await newLead(tokens.care, { deviceId: 'phone-anon-00000001' });
    expect((await send('DELETE', `/api/booth/leads/${lead}`)).status).toBe(401);
    const kioskCode = await createPairingCode(server.services, eventId, 'kiosk', null);
    const kiosk = ((await (await send('POST', '/api/pair', { code: kioskCode })).json()) as { token: string }).token;
    expect((await send('DELETE', `/api/booth/leads/${lead}`, undefined, kiosk)).status).toBeGreaterThanOrEqual(401);
    expect(await leadIds()).toEqual([lead]);
  });
});

describe('Cache-Control: no-store on booth and stand answers', () => {
  it('is on every /api/booth/* and /api/stand/* answer: data, CSV, errors and refusals', async () => {
    const token = await tablet('p-care');
    const lead = await newLead(tokens.care, { deviceId: 'phone-cache-0000001' });
    const answers: [string, Response][] = [
      ['GET /api/booth/me', await send('GET', '/api/booth/me', undefined, token)],
      ['GET /api/booth/leads', await send('GET', '/api/booth/leads', undefined, token)],
      ['GET /api/booth/leads.csv', await send('GET', '/api/booth/leads.csv', undefined, token)],
      ['PATCH /api/booth/leads/:id', await send('PATCH', `/api/booth/leads/${lead}`, { rating: 2 }, token)],
      ['PATCH 400', await send('PATCH', `/api/booth/leads/${lead}`, { rating: 9 }, token)],
      ['GET /api/booth/leads 401', await send('GET', '/api/booth/leads')],
      ['GET /api/stand/:token', await send('GET', `/api/stand/${tokens.care}`)],
      ['GET /api/stand/unknown 404', await send('GET', '/api/stand/not-a-real-token')],
      ['POST /api/stand/:token/visits', await send('POST', `/api/stand/${tokens.care}/visits`, { deviceId: 'phone-cache-0000001', idempotencyKey: key('visit') })],
      ['POST /api/stand/:token/leads 400', await send('POST', `/api/stand/${tokens.care}/leads`, { contact: {} })],
      ['DELETE /api/booth/leads/:id', await send('DELETE', `/api/booth/leads/${lead}`, undefined, token)],
    ];
    const statuses = answers.map(([name, res]) => [name, res.status]);
    expect(statuses.filter(([, status]) => Number(status) >= 500)).toEqual([]);
    expect(answers.map(([name, res]) => [name, res.headers.get('cache-control')])).toEqual(answers.map(([name]) => [name, 'no-store']));
    // The public event data stays revalidated, not uncached (kiosks keep a copy and get 304s).
    expect((await send('GET', `/api/events/${eventId}/public`)).headers.get('cache-control')).toBe('no-cache');
  });
});
