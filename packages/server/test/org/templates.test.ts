import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPairingCode } from '../../src/store/org.js';
import { EMAIL, PHONE, addVisitorData } from './visitor-data.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

let w: OrgWorld;
let org1: Login;
let org2: Login;
const E = '/api/org/events/fair-test';
const STAFF = 'Herr Geheimname';
const DEVICE_NAME = 'Tablet Hinterzimmer';
const dates = { startsAt: '2027-09-01T09:00:00+02:00', endsAt: '2027-09-01T15:00:00+02:00' };

const count = async (table: string, eventId: string) =>
  Number((await w.services.db.execute({ sql: `SELECT COUNT(*) AS n FROM ${table} WHERE event_id = ?`, args: [eventId] })).rows[0]!.n);
const tableSnapshot = async (eventId: string) => {
  const parts: unknown[] = [];
  for (const t of ['events', 'providers', 'offers', 'stands', 'radar_rows', 'visits', 'leads', 'rota_shifts']) {
    const key = t === 'events' ? 'id' : 'event_id';
    parts.push((await w.services.db.execute({ sql: `SELECT * FROM ${t} WHERE ${key} = ? ORDER BY 1, 2`, args: [eventId] })).rows);
  }
  return JSON.stringify(parts);
};

beforeAll(async () => {
  w = await orgWorld();
  org1 = await w.org1();
  org2 = await w.org2();
  await addVisitorData(w.services, 'fair-test', 2);
  const { code } = await createPairingCode(w.services, { eventId: 'fair-test', role: 'booth', providerId: 'p-care', name: DEVICE_NAME });
  const paired = await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  expect(paired.status).toBe(201);
  await createPairingCode(w.services, { eventId: 'fair-test', role: 'kiosk', name: 'Kiosk Pairing Pending' });
  const shift = { id: 'sh-secret', standId: 'st-1', staffName: STAFF, role: 'Beratung', startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T12:00:00+01:00' };
  expect((await w.send('POST', `${E}/rota`, shift, org1)).status).toBe(201);
});
afterAll(async () => w.dispose());

async function exportTemplate(query = '', login = org1): Promise<Response> {
  return w.app.request(`${E}/template${query}`, { headers: login.headers });
}

describe('event templates across tenants', () => {
  it('exports the plan of an event and nothing that visitors, devices or staff left there', async () => {
    const res = await exportTemplate('?providers=1&offers=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="markt-template-fair-test.json"');
    const text = await res.text();
    const file = JSON.parse(text) as Record<string, unknown[] | unknown>;
    expect(file.format).toBe('markt-template');
    expect(file.version).toBe(1);
    expect((file.providers as unknown[]).length).toBe(await count('providers', 'fair-test'));
    expect((file.offers as unknown[]).length).toBe(await count('offers', 'fair-test'));
    expect((file.stands as unknown[]).length).toBe(await count('stands', 'fair-test'));
    expect(Object.keys(file).sort()).toEqual(['event', 'format', 'offers', 'providers', 'radar', 'stands', 'version']);
    // Nothing personal or secret: visitor ids, contact data, device and staff names, stand tokens.
    const stands = (await (await w.send('GET', `${E}/stands`, undefined, org1)).json()) as { url: string }[];
    const tokens = stands.map((s) => s.url.split('/s/')[1]!);
    const devices = (await w.services.db.execute("SELECT id FROM devices WHERE event_id = 'fair-test'")).rows.map((r) => String(r.id));
    const forbidden = [PHONE, EMAIL, 'Ayşe', 'Bitte anrufen', STAFF, 'sh-secret', DEVICE_NAME, 'Kiosk Pairing Pending', 'Gabelstapler',
      'v-fair-test-0', 'l-fair-test-0', 'q-fair-test-0', 'f-fair-test-0', 's-fair-test-0', 'device-0-aaaa', ...devices, ...tokens];
    expect(devices.length).toBe(1);
    expect(tokens.length).toBeGreaterThan(0);
    for (const secret of forbidden) expect(text, secret).not.toContain(secret);
    for (const word of ['visits', 'leads', 'quizzes', 'searches', 'feedback', 'devices', 'rota', 'token']) expect(text).not.toContain(`"${word}`);
  });

  it('imports the file as a new event of another tenant, with fresh stand tokens, leaving the source unchanged', async () => {
    const file = await (await exportTemplate()).json();
    const before = await tableSnapshot('fair-test');
    const res = await w.send('POST', '/api/org/events/import-template', { template: file, ...dates, venue: { name: 'Rathaus Spandau' } }, org2);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(id).not.toBe('fair-test');
    const row = (await w.services.db.execute({ sql: 'SELECT tenant_id, data FROM events WHERE id = ?', args: [id] })).rows[0]!;
    expect(row.tenant_id).toBe('tenant-2');
    const event = JSON.parse(String(row.data)) as { startsAt: string; venue: { name: string } };
    expect(event.startsAt).toBe(dates.startsAt);
    expect(event.venue.name).toBe('Rathaus Spandau');
    for (const t of ['providers', 'offers', 'stands', 'radar_rows']) expect(await count(t, id), t).toBe(await count(t, 'fair-test'));
    for (const t of ['visits', 'leads', 'quizzes', 'searches', 'feedback', 'devices', 'rota_shifts', 'pairing_codes']) expect(await count(t, id), t).toBe(0);
    expect(await tableSnapshot('fair-test')).toBe(before);
    // Tenant 2 sees it through the ordinary API with its own stand URLs; tenant 1 does not.
    const stands = (await (await w.send('GET', `/api/org/events/${id}/stands`, undefined, org2)).json()) as { url: string }[];
    const oldStands = (await (await w.send('GET', `${E}/stands`, undefined, org1)).json()) as { url: string }[];
    expect(stands.length).toBe(oldStands.length);
    for (const s of stands) expect(oldStands.map((o) => o.url)).not.toContain(s.url);
    expect((await w.send('GET', `/api/org/events/${id}`, undefined, org1)).status).toBe(404);
  });

  it('leaves providers, offers and stands out with providers=0', async () => {
    const file = (await (await exportTemplate('?providers=0&offers=1')).json()) as Record<string, unknown>;
    expect(file.providers).toBeUndefined();
    expect(file.offers).toBeUndefined();
    expect(file.stands).toBeUndefined();
    const res = await w.send('POST', '/api/org/events/import-template', { template: file, ...dates, id: 'ev-bare' }, org2);
    expect(res.status).toBe(201);
    for (const t of ['providers', 'offers', 'stands']) expect(await count(t, 'ev-bare'), t).toBe(0);
    expect(await count('radar_rows', 'ev-bare')).toBe(await count('radar_rows', 'fair-test'));
  });

  it('refuses an invalid template with a 400 naming the field, and creates nothing', async () => {
    const file = (await (await exportTemplate()).json()) as { providers: Record<string, unknown>[] };
    file.providers[0]!.kind = 'spaceship';
    const events = await w.services.db.execute('SELECT COUNT(*) AS n FROM events');
    const res = await w.send('POST', '/api/org/events/import-template', { template: file, ...dates, id: 'ev-broken' }, org2);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; details: { path: string }[] } };
    expect(JSON.stringify(body.error)).toContain('provider 1');
    expect(JSON.stringify(body.error)).toContain('kind');
    expect((await w.services.db.execute('SELECT COUNT(*) AS n FROM events')).rows[0]!.n).toBe(events.rows[0]!.n);
    expect(await count('providers', 'ev-broken')).toBe(0);

    const wrongFormat = await w.send('POST', '/api/org/events/import-template', { template: { ...file, format: 'other' }, ...dates }, org2);
    expect(wrongFormat.status).toBe(400);
    expect(JSON.stringify(await wrongFormat.json())).toContain('template.format');
  });

  it('never lets another tenant read the template, and needs a session and the CSRF header to import', async () => {
    expect((await exportTemplate('', org2)).status).toBe(404);
    expect((await w.app.request(`${E}/template`)).status).toBe(401);
    const file = await (await exportTemplate()).json();
    const noCsrf = await w.app.request('/api/org/events/import-template', {
      method: 'POST',
      headers: { cookie: org2.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ template: file, ...dates, id: 'ev-nocsrf' }),
    });
    expect(noCsrf.status).toBe(403);
    expect(await count('providers', 'ev-nocsrf')).toBe(0);
  });

  it('accepts a template above the 100 KB JSON limit and refuses one above 2 MB', async () => {
    const file = (await (await exportTemplate()).json()) as { radar: unknown[] };
    const row = file.radar[0];
    expect(row).toBeDefined();
    const big = { ...file, radar: Array.from({ length: 1200 }, () => row) };
    expect(JSON.stringify(big).length).toBeGreaterThan(100 * 1024);
    expect((await w.send('POST', '/api/org/events/import-template', { template: big, ...dates, id: 'ev-big' }, org2)).status).toBe(201);
    const huge = { ...file, radar: Array.from({ length: 25000 }, () => row) };
    expect((await w.send('POST', '/api/org/events/import-template', { template: huge, ...dates, id: 'ev-huge' }, org2)).status).toBe(413);
  });
});
