import type { Hono } from 'hono';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp } from '../../src/app.js';
import { hashToken, normalisePairingCode, pairingCode } from '../../src/security/tokens.js';
import type { Services } from '../../src/services.js';
import { createTenant, insertFair, standTokenOf } from '../../src/store/fair.js';
import { smallFair } from '../fixtures.js';
import { testServices, type TestServices } from '../helpers.js';

/** A pairing code row as the organizer's routes create it. */
export async function createPairingCode(
  services: Services,
  eventId: string,
  role: 'booth' | 'kiosk',
  providerId: string | null,
  expiresInMs = 10 * 60_000,
): Promise<string> {
  const code = pairingCode();
  const now = services.now();
  await services.queue.run((tx) =>
    tx.execute({
      sql: `INSERT INTO pairing_codes (code_hash, event_id, role, provider_id, name, expires_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)`,
      args: [hashToken(normalisePairingCode(code)), eventId, role, providerId, `${role} ${providerId ?? ''}`, new Date(now.getTime() + expiresInMs).toISOString(), now.toISOString()],
    }),
  );
  return code;
}

/** Pairs a device through the real route. */
export async function pair(app: Hono, code: string): Promise<{ token: string; deviceId: string; role: string; eventId: string; providerId?: string }> {
  const res = await app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  if (res.status !== 201) throw new Error(`pairing failed: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ token: string; deviceId: string; role: string; eventId: string }>;
}

/** Marks a device revoked, as the organizer's routes do. */
export async function revokeDevice(services: Services, deviceId: string): Promise<void> {
  await services.queue.run((tx) =>
    tx.execute({ sql: 'UPDATE devices SET revoked_at = ? WHERE id = ?', args: [services.now().toISOString(), deviceId] }),
  );
}

/** Rows in a table (to prove that a refused request changed nothing). */
export async function count(services: Services, table: 'visits' | 'leads' | 'devices' | 'quizzes' | 'searches' | 'feedback'): Promise<number> {
  return Number((await services.db.execute(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n);
}

let counter = 0;
/** A fresh valid idempotency key or device id. */
export const key = (prefix = 'k') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36).padStart(6, '0')}xx`;

/**
 * The visitor's consent given now on the real clock, for tests whose server runs in a child process on the real
 * clock (the server refuses a consent.at more than 7 days before its clock or 5 minutes after it).
 * @returns the consent block of a lead, `at` = now
 * @example leadBody({ consent: consentNow() })
 */
export const consentNow = (): { text: string; locale: 'de'; at: string } => ({
  text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.',
  locale: 'de',
  at: new Date().toISOString(),
});

/** A valid lead body for a stand's page. */
export function leadBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    deviceId: 'phone-device-0000001',
    contact: { name: 'Ayşe Yılmaz', phone: '+49 30 1234567' },
    locale: 'tr',
    consent: { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:00:00Z' },
    idempotencyKey: key('lead'),
    ...overrides,
  };
}

/** Mid-morning of the fixture fair (smallFair: 2027-03-10, 09:00-15:00 +01:00), when its leads are given. */
export const FAIR_MORNING = '2027-03-10T10:00:00Z';

/**
 * A clock that starts at `FAIR_MORNING` and runs on in real time. Field tests run during the fair: the server
 * refuses a consent time more than 5 minutes ahead of its clock or before the day before the start, and new
 * visitor data after the retention period.
 * @param start where the clock starts (default `FAIR_MORNING`)
 * @returns a `now()` for `testServices`
 * @example const s = await testServices({}, fairClock());
 */
export function fairClock(start = FAIR_MORNING): () => Date {
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

/** A small fair in a real SQLite file, its app, stand tokens and paired devices. */
export interface Field {
  services: TestServices;
  app: Hono;
  eventId: string;
  standToken: { care: string; debt: string };
  boothCare: { token: string; deviceId: string };
  boothDebt: { token: string; deviceId: string };
  kiosk: { token: string; deviceId: string };
  post(path: string, body: unknown, token?: string): Promise<Response>;
  get(path: string, token?: string, headers?: Record<string, string>): Promise<Response>;
}

/**
 * Builds the field: services over a temp file (clock: `fairClock()`), the two-provider fair, a booth tablet
 * per provider and a kiosk.
 * @example const f = await field(); try { … } finally { await f.services.dispose(); }
 */
export async function field(services?: TestServices): Promise<Field> {
  const s = services ?? (await testServices({}, fairClock()));
  const app = createApp(s);
  const tenantId = await createTenant(s, 'Jobcenter Pankow');
  const eventId = await insertFair(s, tenantId, smallFair());
  const standToken = {
    care: (await standTokenOf(s, eventId, 'st-1'))!,
    debt: (await standTokenOf(s, eventId, 'st-2'))!,
  };
  const boothCare = await pair(app, await createPairingCode(s, eventId, 'booth', 'p-care'));
  const boothDebt = await pair(app, await createPairingCode(s, eventId, 'booth', 'p-debt'));
  const kiosk = await pair(app, await createPairingCode(s, eventId, 'kiosk', null));
  const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
  return {
    services: s,
    app,
    eventId,
    standToken,
    boothCare,
    boothDebt,
    kiosk,
    post: async (path, body, token) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth(token) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    get: async (path, token, headers = {}) => app.request(path, { headers: { ...auth(token), ...headers } }),
  };
}

/**
 * A device's live socket (booth tablet or kiosk) that records every `erased` it is sent; added to `sockets` so the
 * test can close it.
 * @param url the running server's base URL
 * @param token the device token from pairing
 * @param sockets the test's list of open sockets
 * @returns the connected socket and the `erased` payloads it received so far (the array fills as they come)
 * @example const { erased } = await erasedRecorder(server.url, token, sockets); await socket.emitWithAck('sync', { after: 0 });
 */
export async function erasedRecorder(url: string, token: string, sockets: Socket[]): Promise<{ socket: Socket; erased: unknown[] }> {
  const socket = connect(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  const erased: unknown[] = [];
  socket.on('erased', (payload: unknown) => erased.push(payload));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, erased };
}
