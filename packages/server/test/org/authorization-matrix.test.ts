/**
 * Every role against every route: the expected status for each pair, as data. Add a route by adding a row.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachLive } from '../../src/live/socket.js';
import { createPairingCode } from '../../src/store/org.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';
import { fairClock } from '../field/setup.js';
import { addVisitorData } from './visitor-data.js';

const ROLES = ['none', 'visitor', 'kiosk', 'boothA', 'boothB', 'revoked', 'org2', 'org1'] as const;
type Role = (typeof ROLES)[number];
type Expect = Record<Role, number>;

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** A body valid for the role that may call the route (a function when each call needs a fresh key). */
  body?: (role: Role) => unknown;
  contentType?: string;
  expect: Expect;
}

const all = (status: number): Expect => Object.fromEntries(ROLES.map((r) => [r, status])) as Expect;
/** Organizer routes of tenant 1's event: 401 without a session, 404 for tenant 2 (never revealed), `ok` for tenant 1. */
const org = (ok: number): Expect => ({ ...all(401), org2: 404, org1: ok });
/** Organizer routes that are not about one event. */
const orgAny = (ok: number): Expect => ({ ...all(401), org2: ok, org1: ok });
const kiosk = (ok: number): Expect => ({ ...all(401), kiosk: ok, boothA: 403, boothB: 403 });
const booth = (okA: number, okB: number): Expect => ({ ...all(401), boothA: okA, boothB: okB, kiosk: 403 });

const key = (role: Role, what: string) => `${what}-${role}`.padEnd(20, 'x');
const deviceId = (role: Role) => `visitor-${role}`.padEnd(20, 'x');
const E = '/api/org/events/fair-test';
const event = { title: { de: 'Markt' }, startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00', venue: { name: 'Rathaus' } };
const radarRow = { regionCode: '110', regionName: 'Pankow', kldb: '813', vacancies: 4, jobSeekers: 2, vacancyDurationDays: 90, changeVsLastYear: 0 };
const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:00:00+01:00' };
const shift = { standId: 'st-1', staffName: 'Herr Schulz', role: 'Beratung', startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T12:00:00+01:00' };
const lead = (role: Role) => ({ deviceId: deviceId(role), contact: { phone: '+49 30 555555' }, consent, idempotencyKey: key(role, 'lead') });

/** The table. `STAND` is replaced by stand st-1's QR token, `DEVICE` by a spare device's id. */
const routes: RouteCase[] = [
  { method: 'GET', path: '/api/health', expect: all(200) },
  { method: 'GET', path: '/api/openapi.json', expect: all(200) },
  { method: 'GET', path: '/api/events/fair-test/public', expect: all(200) },
  { method: 'GET', path: '/api/stand/STAND', expect: all(200) },
  { method: 'POST', path: '/api/stand/STAND/visits', body: (r) => ({ deviceId: deviceId(r), idempotencyKey: key(r, 'visit') }), expect: all(201) },
  { method: 'POST', path: '/api/stand/STAND/leads', body: lead, expect: all(201) },
  { method: 'DELETE', path: `/api/visitor/${'nobody'.padEnd(20, 'x')}`, expect: all(200) },
  { method: 'POST', path: '/api/pair', body: () => ({ code: 'ZZZZZZZZ' }), expect: all(400) },
  { method: 'POST', path: '/api/auth/login', body: () => ({ email: 'anna@pankow.example', password: 'wrong password' }), expect: all(401) },
  { method: 'GET', path: '/api/auth/me', expect: orgAny(200) },

  { method: 'GET', path: '/api/kiosk/me', expect: kiosk(200) },
  { method: 'POST', path: '/api/kiosk/visits', body: (r) => ({ standId: 'st-1', deviceId: deviceId(r), source: 'kiosk', idempotencyKey: key(r, 'kvisit') }), expect: kiosk(201) },
  { method: 'POST', path: '/api/kiosk/leads', body: (r) => ({ ...lead(r), providerId: 'p-care', idempotencyKey: key(r, 'klead') }), expect: kiosk(201) },
  { method: 'POST', path: '/api/kiosk/quizzes', body: (r) => ({ code: 'SA', interests: { R: 0, I: 0.2, A: 0.8, S: 1, E: 0, C: 0 }, idempotencyKey: key(r, 'quiz') }), expect: kiosk(201) },
  { method: 'POST', path: '/api/kiosk/searches', body: () => ({ query: 'Gabelstapler', resultCount: 0, locale: 'de' }), expect: kiosk(201) },
  { method: 'POST', path: '/api/kiosk/feedback', body: (r) => ({ rating: 4, idempotencyKey: key(r, 'feedback') }), expect: kiosk(201) },
  { method: 'POST', path: '/api/kiosk/sessions', body: () => ({ state: 'active' }), expect: kiosk(200) },

  { method: 'GET', path: '/api/booth/me', expect: booth(200, 200) },
  { method: 'GET', path: '/api/booth/leads', expect: booth(200, 200) },
  { method: 'GET', path: '/api/booth/leads.csv', expect: booth(200, 200) },
  // Provider A's lead: provider B's booth is told it does not exist.
  { method: 'PATCH', path: '/api/booth/leads/l-fair-test-0', body: () => ({ status: 'contacted' }), expect: booth(200, 404) },

  { method: 'GET', path: '/api/org/events', expect: orgAny(200) },
  { method: 'POST', path: '/api/org/events', body: () => event, expect: orgAny(201) },
  { method: 'GET', path: E, expect: org(200) },
  { method: 'PATCH', path: E, body: () => event, expect: org(200) },
  ...(
    [
      ['providers', 'p-care', { name: 'Pflegeschule Nord', kind: 'training' }, { id: 'p-matrix', name: 'Matrix', kind: 'employer' }],
      ['offers', 'o-care', { providerId: 'p-care', kind: 'job', title: { de: 'T' }, summary: { de: 'S' } }, { id: 'o-matrix', providerId: 'p-care', kind: 'job', title: { de: 'T' }, summary: { de: 'S' } }],
      ['stands', 'st-1', { providerId: 'p-care', number: '1' }, { id: 'st-matrix', providerId: 'p-care', number: '7' }],
    ] as const
  ).flatMap(([kind, id, replacement, created]): RouteCase[] => [
    { method: 'GET', path: `${E}/${kind}`, expect: org(200) },
    { method: 'POST', path: `${E}/${kind}`, body: () => created, expect: org(201) },
    { method: 'GET', path: `${E}/${kind}/${id}`, expect: org(200) },
    { method: 'PUT', path: `${E}/${kind}/${id}`, body: () => replacement, expect: org(200) },
    { method: 'DELETE', path: `${E}/${kind}/${created.id}`, expect: org(204) },
  ]),
  { method: 'GET', path: `${E}/rota`, expect: org(200) },
  { method: 'POST', path: `${E}/rota`, body: () => ({ ...shift, id: 'sh-matrix' }), expect: org(201) },
  { method: 'PUT', path: `${E}/rota/sh-matrix`, body: () => ({ ...shift, staffName: 'Frau Öztürk' }), expect: org(200) },
  { method: 'DELETE', path: `${E}/rota/sh-matrix`, expect: org(204) },
  { method: 'GET', path: '/api/booth/rota', expect: booth(200, 200) },
  { method: 'GET', path: `${E}/radar`, expect: org(200) },
  { method: 'PUT', path: `${E}/radar`, body: () => [radarRow], expect: org(200) },
  { method: 'GET', path: `${E}/devices`, expect: org(200) },
  { method: 'POST', path: `${E}/devices`, body: () => ({ role: 'kiosk', name: 'Kiosk' }), expect: org(201) },
  { method: 'DELETE', path: `${E}/devices/DEVICE`, expect: org(204) },
  { method: 'GET', path: `${E}/stands/st-1/qr.svg`, expect: org(200) },
  { method: 'GET', path: `${E}/stands/st-1/qr.png`, expect: org(200) },
  { method: 'GET', path: `${E}/posters`, expect: org(200) },
  { method: 'POST', path: `${E}/clone`, body: () => ({ startsAt: event.startsAt, endsAt: event.endsAt, venue: { name: 'Neu' } }), expect: org(201) },
  { method: 'GET', path: `${E}/template`, expect: org(200) },
  // Any organizer imports into their own tenant; a fresh id per call.
  { method: 'POST', path: '/api/org/events/import-template', body: (r) => ({ template: { format: 'markt-template', version: 1, event }, startsAt: event.startsAt, endsAt: event.endsAt, id: `ev-tpl-${r}` }), expect: orgAny(201) },
  { method: 'GET', path: `${E}/report`, expect: org(200) },
  { method: 'GET', path: `${E}/report.csv`, expect: org(200) },
  { method: 'POST', path: `${E}/import?kind=providers`, contentType: 'text/csv', body: () => 'id,name,kind\np-csv,CSV GmbH,employer\n', expect: org(200) },
  { method: 'PUT', path: `${E}/floor-plan-image`, contentType: 'image/svg+xml', body: () => '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="4" height="4"/></svg>', expect: org(200) },
  { method: 'GET', path: '/api/events/fair-test/floor-plan-image', expect: all(200) },
  { method: 'DELETE', path: `${E}/floor-plan-image`, expect: org(204) },
  { method: 'GET', path: '/api/org/tenant/origins', expect: orgAny(200) },
  { method: 'PUT', path: '/api/org/tenant/origins', body: () => ({ origins: ['https://www.example.org'] }), expect: orgAny(200) },
  // Last: it ends the sessions used above.
  { method: 'POST', path: '/api/auth/logout', expect: orgAny(200) },
];

let w: OrgWorld;
const headers = {} as Record<Role, Record<string, string>>;
let standToken = '';
let spareDevice = '';

async function pair(role: 'booth' | 'kiosk', providerId?: string): Promise<{ token: string; deviceId: string }> {
  const { code } = await createPairingCode(w.services, { eventId: 'fair-test', role, providerId, name: `${role} ${providerId ?? ''}` });
  const res = await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  if (!res.ok) throw new Error(`pairing failed: ${res.status}`);
  return (await res.json()) as { token: string; deviceId: string };
}

beforeAll(async () => {
  // The fair's own day: lead consent times (10:00 on the fair day) are checked against the server's clock.
  w = await orgWorld(fairClock());
  const org1: Login = await w.org1();
  const org2: Login = await w.org2();
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  headers.none = {};
  headers.visitor = {};
  headers.kiosk = bearer((await pair('kiosk')).token);
  headers.boothA = bearer((await pair('booth', 'p-care')).token);
  headers.boothB = bearer((await pair('booth', 'p-debt')).token);
  const revoked = await pair('booth', 'p-care');
  headers.revoked = bearer(revoked.token);
  headers.org1 = org1.headers;
  headers.org2 = org2.headers;
  spareDevice = (await pair('kiosk')).deviceId;
  expect((await w.send('DELETE', `${E}/devices/${revoked.deviceId}`, undefined, org1)).status).toBe(204);
  await addVisitorData(w.services, 'fair-test', 1);
  const stands = (await (await w.send('GET', `${E}/stands`, undefined, org1)).json()) as { id: string; url: string }[];
  standToken = stands.find((s) => s.id === 'st-1')!.url.split('/s/')[1]!;
  // Records that the DELETE rows remove (the POST rows create the same ids only for org1, which runs last).
});
afterAll(async () => w.dispose());

/**
 * The live socket for every role: the handshake (`connect` or `connect_error` with its code), then `sync`
 * (what the socket may replay: a provider's booth only its provider's items, a kiosk none, and the organizer none
 * either: it sees visits and leads only as `stats.activity` counts, never as feed items).
 * Tenant 1's fair holds one visit and one lead of provider p-care (addVisitorData).
 */
const SOCKET: Record<Role, string> = {
  none: 'UNAUTHORIZED',
  visitor: 'UNAUTHORIZED',
  kiosk: 'replayed 0',
  boothA: 'replayed 2',
  boothB: 'replayed 0',
  revoked: 'DEVICE_REVOKED',
  org2: 'FORBIDDEN',
  org1: 'replayed 0',
};

describe('authorization matrix: live socket (connect + sync)', () => {
  it('lets each role connect and replay exactly what it may see', async () => {
    const http = createServer();
    const io = attachLive(http, w.services);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const outcome = async (auth: Record<string, unknown>, extraHeaders: Record<string, string> = {}): Promise<string> => {
        const socket = connect(url, { auth, extraHeaders, transports: ['polling'], reconnection: false, forceNew: true });
        try {
          const connected = await new Promise<string | true>((resolve) => {
            socket.once('connect', () => resolve(true));
            socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? error.message));
          });
          if (connected !== true) return connected;
          const ack = (await socket.timeout(5000).emitWithAck('sync', { after: 0 })) as { ok: boolean; replayed?: number; error?: { code: string } };
          return ack.ok ? `replayed ${ack.replayed}` : ack.error!.code;
        } finally {
          socket.disconnect();
        }
      };
      const got = {} as Record<Role, string>;
      for (const role of ROLES) {
        const h = headers[role];
        const token = h.authorization?.replace('Bearer ', '');
        got[role] = token
          ? await outcome({ token })
          : role === 'visitor'
            ? await outcome({ token: 'not-a-paired-device-token' })
            : await outcome({ eventId: 'fair-test' }, h.cookie ? { cookie: h.cookie } : {});
      }
      expect(got).toEqual(SOCKET);
      // An organizer's cookie sent by another site's page, or without naming an event, is refused.
      expect(await outcome({ eventId: 'fair-test' }, { cookie: headers.org1.cookie!, origin: 'https://evil.example' })).toBe('FORBIDDEN');
      expect(await outcome({}, { cookie: headers.org1.cookie! })).toBe('FORBIDDEN');
    } finally {
      await io.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }
  });
});

describe('authorization matrix', () => {
  for (const route of routes) {
    it(`${route.method} ${route.path}`, async () => {
      const got = {} as Record<Role, number>;
      for (const role of ROLES) {
        const path = route.path.replace('STAND', standToken).replace('DEVICE', spareDevice);
        const body = route.body?.(role);
        const res = await w.app.request(path, {
          method: route.method,
          headers: {
            ...headers[role],
            ...(body === undefined ? {} : { 'content-type': route.contentType ?? 'application/json' }),
          },
          ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        });
        got[role] = res.status;
        if (res.status >= 400) {
          const error = (await res.json()) as { error: { code: string; message: string } };
          expect(error.error.message, `${role}: error body`).toBeTypeOf('string');
          expect(JSON.stringify(error)).not.toMatch(/\.ts:\d+/);
        }
      }
      expect(got).toEqual(route.expect);
    });
  }
});
