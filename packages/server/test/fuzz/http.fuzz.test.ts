/**
 * Bad input everywhere: 10,000+ generated requests across every route of `apiRoutes` (src/openapi.ts), as
 * every kind of caller, with broken JSON, wrong content types, oversized bodies, odd Unicode (lone surrogates,
 * NUL, RTL overrides, 1 MB strings), wrong types and missing fields. No answer may be a 5xx, every error has
 * the `{ error: { code, message } }` shape, and no rejected request may change the database.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, type ApiRoute } from '../../src/openapi.js';
import { createPairingCode } from '../../src/store/org.js';
import { orgWorld, PASSWORD_1, PASSWORD_2, type OrgWorld } from '../org/setup.js';
import { addVisitorData } from '../org/visitor-data.js';

let w: OrgWorld;
const auth: Record<string, Record<string, string>> = {};
let standToken = '';

/** Tables whose rows a rejected request must leave alone (rate_limits counts refused logins on purpose). */
const TABLES = ['meta', 'tenants', 'users', 'sessions', 'events', 'providers', 'offers', 'stands', 'radar_rows', 'devices', 'pairing_codes', 'visits', 'leads', 'lead_changes', 'quizzes', 'searches', 'feedback'];

/** Tables WITHOUT ROWID, ordered by their primary key instead. */
const ORDER_BY: Record<string, string> = { lead_changes: 'lead_id, idempotency_key' };

/** Per table: the row count and a SHA-256 over every row. */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const hash = createHash('sha256');
    const rows = (await w.services.db.execute(`SELECT * FROM ${table} ORDER BY ${ORDER_BY[table] ?? 'rowid'}`)).rows;
    // Any authenticated request may record when its device was last seen (once a minute): not a change of data.
    for (const row of rows) if (table === 'devices') delete (row as Record<string, unknown>).last_seen_at;
    // A kiosk's contact request refused for good is counted on its device (migration 8): a count, not data.
    for (const row of rows) if (table === 'devices') for (const c of ['refused_leads', 'last_refused_at']) delete (row as Record<string, unknown>)[c];
    for (const row of rows) hash.update(JSON.stringify(Object.values(row), (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    result[table] = `${rows.length} ${hash.digest('hex').slice(0, 16)}`;
  }
  return result;
}

const ODD = [
  '\uD800', // a lone high surrogate
  'a\uDC00b', // a lone low surrogate
  '\u0000',
  'nul\u0000inside',
  '\u202Egnp.exe', // right-to-left override
  '\u200B\u200D\uFEFF',
  '<script>alert(1)</script>',
  '"; DROP TABLE leads; --',
  '../../etc/passwd',
  '%00',
  'x'.repeat(300),
  '😀'.repeat(100),
  '',
  ' ',
];
const MEGA = 'ä'.repeat(512 * 1024); // 1 MB as UTF-8

const oddString = fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 20 }));
const wrongType = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), oddString, fc.constant(-1), fc.constant(1e308));

/** Bodies that are valid, or nearly so, for each schema: the fuzzer breaks them one field at a time. */
const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:00:00+01:00' };
const VALID: Record<string, unknown> = {
  StandVisit: { deviceId: 'fuzz-device-00000001', idempotencyKey: 'fuzz-key-0000000001' },
  StandLead: { deviceId: 'fuzz-device-00000001', contact: { phone: '+49 30 555555' }, consent, idempotencyKey: 'fuzz-key-0000000002' },
  Pair: { code: 'ABCD2345' },
  VisitInput: { standId: 'st-1', deviceId: 'fuzz-device-00000001', source: 'kiosk', idempotencyKey: 'fuzz-key-0000000003' },
  LeadInput: { deviceId: 'fuzz-device-00000001', providerId: 'p-care', contact: { phone: '+49 30 555555' }, consent, idempotencyKey: 'fuzz-key-0000000004' },
  QuizRecord: { code: 'SA', interests: { R: 0, I: 0.2, A: 0.8, S: 1, E: 0, C: 0 }, idempotencyKey: 'fuzz-key-0000000005' },
  SearchRecord: { query: 'Gabelstapler', resultCount: 0, locale: 'de' },
  FeedbackInput: { rating: 4, idempotencyKey: 'fuzz-key-0000000006' },
  LeadPatch: { status: 'contacted' },
  Login: { email: 'anna@pankow.example', password: 'wrong password' },
  Event: { title: { de: 'Markt' }, startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00', venue: { name: 'Rathaus' } },
  Provider: { id: 'p-fuzz', name: 'Fuzz GmbH', kind: 'employer' },
  Offer: { id: 'o-fuzz', providerId: 'p-care', kind: 'job', title: { de: 'T' }, summary: { de: 'S' } },
  Stand: { id: 'st-fuzz', providerId: 'p-care', number: '9' },
  RadarTable: [{ regionCode: '110', regionName: 'Pankow', kldb: '813', vacancies: 4, jobSeekers: 2, vacancyDurationDays: 90, changeVsLastYear: 0 }],
  DeviceRequest: { role: 'kiosk', name: 'Kiosk' },
  CloneRequest: { startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00' },
};

/** One field of a valid body broken: removed, of the wrong type, or an odd string; or the body replaced. */
function broken(schema: string | undefined): fc.Arbitrary<unknown> {
  const valid = (schema && VALID[schema]) ?? {};
  const base = Array.isArray(valid) ? (valid[0] as Record<string, unknown>) : (valid as Record<string, unknown>);
  const keys = Object.keys(base);
  const wrapped = (body: Record<string, unknown>) => (Array.isArray(valid) ? [body] : body);
  const mutations: fc.Arbitrary<unknown>[] = [fc.jsonValue({ maxDepth: 3 }), wrongType];
  if (keys.length > 0) {
    mutations.push(
      fc.constantFrom(...keys).map((k) => wrapped(Object.fromEntries(Object.entries(base).filter(([key]) => key !== k)))),
      fc.tuple(fc.constantFrom(...keys), wrongType).map(([k, value]) => wrapped({ ...base, [k]: value })),
      fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...ODD)).map(([k, value]) => wrapped({ ...base, [k]: value })),
      fc.constantFrom(...keys).map((k) => wrapped({ ...base, [k]: MEGA })),
    );
  }
  return fc.oneof(...mutations);
}

/** A path parameter: a real one (so the request gets past "not found"), or an odd one, percent-encoded by hand. */
const pathValue = (name: string): fc.Arbitrary<string> => {
  const real: Record<string, string> = { eventId: 'fair-test', providerId: 'p-care', offerId: 'o-care', standId: 'st-1', leadId: 'l-fair-test-0', deviceId: 'device-0-aaaaaaaaaaaaaaaa' };
  const raw = fc.constantFrom('%ED%A0%80', '%00', '%E2%80%AE', '%', '%zz', '%2e%2e%2f', encodeURIComponent('ä'.repeat(2000)), 'fair-other', '');
  return fc.oneof(fc.constant(name === 'token' ? standToken : (real[name] ?? 'x')), raw, oddString.map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '?'))));
};

interface Generated {
  route: ApiRoute;
  as: string;
  params: Record<string, string>;
  body: { kind: 'json'; value: unknown } | { kind: 'text'; value: string } | { kind: 'bytes'; value: Uint8Array } | { kind: 'none' };
  contentType: string | undefined;
}

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csv', 'application/json; charset=utf-16', undefined];

const request: fc.Arbitrary<Generated> = fc.constantFrom(...apiRoutes).chain((route) => {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return fc.record({
    route: fc.constant(route),
    // Mostly the caller the route is for, so that the input checks behind authentication are reached.
    as: fc.oneof(
      { weight: 3, arbitrary: fc.constant({ public: 'none', kiosk: 'kiosk', booth: 'booth', organizer: 'org1' }[route.role]) },
      { weight: 2, arbitrary: fc.constantFrom('none', 'garbage', 'kiosk', 'booth', 'org1', 'org2', 'org1-no-csrf') },
    ),
    params: fc.record(Object.fromEntries(names.map((n) => [n, pathValue(n)]))),
    body: fc.oneof(
      { weight: 6, arbitrary: broken(route.body).map((value) => ({ kind: 'json' as const, value })) },
      { weight: 2, arbitrary: fc.constantFrom('{', '{"a":', '[1,2', 'null', 'nul', '{"deviceId":"\uD800"}', '\u0000', '{"a":1}{"b":2}', '\uFEFF{}', 'x'.repeat(200 * 1024), 'id,name,kind\np,"\u202E",employer\n').map((value) => ({ kind: 'text' as const, value })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
      // Not UTF-8 at all: 0xFF 0xFE inside a JSON string, a UTF-16 BOM, an overlong NUL.
      { weight: 1, arbitrary: fc.constantFrom([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d], [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00], [0x7b, 0x22, 0xc0, 0x80, 0x22, 0x3a, 0x31, 0x7d]).map((b) => ({ kind: 'bytes' as const, value: new Uint8Array(b) })) },
    ),
    contentType: fc.constantFrom(...CONTENT_TYPES),
  });
});

async function send(g: Generated): Promise<Response> {
  const path = g.route.path.replace(/\{(\w+)\}/g, (_, name: string) => g.params[name] ?? '');
  const headers: Record<string, string> = { ...(auth[g.as] ?? {}) };
  if (g.contentType) headers['content-type'] = g.contentType;
  const init: RequestInit = { method: g.route.method.toUpperCase(), headers };
  if (g.body.kind !== 'none' && g.route.method !== 'get') {
    init.body = g.body.kind === 'json' ? (JSON.stringify(g.body.value) ?? 'undefined') : g.body.value;
  }
  return w.app.request(path, init);
}

/** A logout in the fuzz ends the session: log in again so that the organizer routes stay reachable. */
async function relogin(as: string): Promise<void> {
  const login = as === 'org2' ? await w.login('bernd@spandau.example', PASSWORD_2) : await w.login('anna@pankow.example', PASSWORD_1);
  if (as === 'org2') auth.org2 = login.headers;
  else {
    auth.org1 = login.headers;
    auth['org1-no-csrf'] = { cookie: login.cookie };
  }
}

beforeAll(async () => {
  // A real SQLite file, on tmpfs when there is one: thousands of commits, each with its fsync, stay fast.
  const tmp = process.env.TMPDIR;
  if (existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';
  try {
    w = await orgWorld();
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
  const pair = async (role: 'booth' | 'kiosk', providerId?: string) => {
    const { code } = await createPairingCode(w.services, { eventId: 'fair-test', role, providerId, name: role });
    const res = await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    return ((await res.json()) as { token: string }).token;
  };
  auth.none = {};
  auth.garbage = { authorization: 'Bearer \u00AEnot-a-token\u00FF', cookie: 'markt_session=%ED%A0%80; x=\u007F; markt_session=' };
  auth.kiosk = { authorization: `Bearer ${await pair('kiosk')}` };
  auth.booth = { authorization: `Bearer ${await pair('booth', 'p-care')}` };
  auth.org1 = (await w.org1()).headers;
  auth.org2 = (await w.org2()).headers;
  auth['org1-no-csrf'] = { cookie: auth.org1.cookie! };
  await addVisitorData(w.services, 'fair-test', 2);
  const stands = (await (await w.app.request('/api/org/events/fair-test/stands', { headers: auth.org1 })).json()) as { id: string; url: string }[];
  standToken = stands.find((s) => s.id === 'st-1')!.url.split('/s/')[1]!;
}, 30_000);
afterAll(async () => w.dispose());

describe('fuzzing every route with bad input', () => {
  it('answers 10,000 generated requests without a 5xx, with a clear error, and rejected ones change nothing', async () => {
    const statuses = new Map<number, number>();
    let rejected = 0;
    let before = await snapshot();
    // Batches of requests; the database is compared after every batch of rejected requests
    // (an accepted write — a valid body that slipped through — starts a new baseline).
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 20, maxLength: 20 }), async (batch) => {
        for (const g of batch) {
          const res = await send(g);
          if (g.route.path === '/api/auth/logout' && res.ok && g.as.startsWith('org')) await relogin(g.as);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          const where = `${g.route.method} ${g.route.path} as ${g.as} (${g.contentType}): ${res.status} ${text.slice(0, 200)}`;
          expect(res.status, where).toBeLessThan(500);
          if (res.status >= 400) {
            rejected += 1;
            const error = JSON.parse(text) as { error: { code: string; message: string } };
            expect(error.error.code, where).toMatch(/^[A-Z_]+$/);
            expect(error.error.message, where).toBeTypeOf('string');
            expect(text, where).not.toMatch(/\.ts:\d+|at async/);
          } else if (g.route.method !== 'get') {
            // Accepted: compare what came before it, then take the new state as the baseline.
            before = await snapshot();
            continue;
          }
          if (g.route.method !== 'get' || res.status >= 400) {
            const after = await snapshot();
            expect(after, `a rejected request changed the database: ${where}`).toEqual(before);
          }
        }
      }),
      { numRuns: 510, seed: 4711, endOnFailure: true },
    );
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(rejected).toBeGreaterThan(total / 2);
    console.log('fuzz statuses', Object.fromEntries(statuses));
  }, 90_000);
});
