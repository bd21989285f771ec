import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

let w: OrgWorld;
let org: Login;
beforeAll(async () => {
  w = await orgWorld();
  org = await w.org1();
});
afterAll(async () => w.dispose());

const E = '/api/org/events/fair-test';
type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

/** A snapshot of every organizer-edited table, to prove that a refused request changed nothing. */
async function snapshot(): Promise<string> {
  const tables = ['events', 'providers', 'offers', 'stands', 'radar_rows', 'pairing_codes', 'devices'];
  const parts: unknown[] = [];
  for (const t of tables) parts.push((await w.services.db.execute(`SELECT * FROM ${t} ORDER BY 1, 2`)).rows);
  return JSON.stringify(parts);
}

interface ResourceCase {
  name: string;
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  valid: Record<string, unknown>;
  required: string[];
  /** A string field: a number there is a wrong type, 10 000 characters too long. */
  text: string;
}

const cases: ResourceCase[] = [
  {
    name: 'event (create)',
    method: 'POST',
    path: '/api/org/events',
    valid: { id: 'ev-new', title: { de: 'Neu' }, startsAt: '2027-05-01T09:00:00+02:00', endsAt: '2027-05-01T15:00:00+02:00', venue: { name: 'Halle' } },
    required: ['title', 'startsAt', 'endsAt', 'venue'],
    text: 'venue.name',
  },
  {
    name: 'event (replace)',
    method: 'PATCH',
    path: E,
    valid: { title: { de: 'Neu' }, startsAt: '2027-05-01T09:00:00+02:00', endsAt: '2027-05-01T15:00:00+02:00', venue: { name: 'Halle' } },
    required: ['title', 'startsAt', 'endsAt', 'venue'],
    text: 'venue.name',
  },
  {
    name: 'provider',
    method: 'POST',
    path: `${E}/providers`,
    valid: { id: 'p-new', name: 'Neuer Träger', kind: 'training' },
    required: ['id', 'name', 'kind'],
    text: 'name',
  },
  {
    name: 'provider (replace)',
    method: 'PUT',
    path: `${E}/providers/p-care`,
    valid: { name: 'Pflegeschule Nord', kind: 'training' },
    required: ['name', 'kind'],
    text: 'name',
  },
  {
    name: 'offer',
    method: 'POST',
    path: `${E}/offers`,
    valid: { id: 'o-new', providerId: 'p-care', kind: 'job', title: { de: 'Stelle' }, summary: { de: 'Kurz' } },
    required: ['id', 'providerId', 'kind', 'title', 'summary'],
    text: 'title.de',
  },
  {
    name: 'stand',
    method: 'POST',
    path: `${E}/stands`,
    valid: { id: 'st-new', providerId: 'p-care', number: '9' },
    required: ['id', 'providerId', 'number'],
    text: 'number',
  },
  {
    name: 'device',
    method: 'POST',
    path: `${E}/devices`,
    valid: { role: 'booth', providerId: 'p-care', name: 'Tablet' },
    required: ['role', 'name'],
    text: 'name',
  },
  {
    name: 'clone',
    method: 'POST',
    path: `${E}/clone`,
    valid: { startsAt: '2027-09-01T09:00:00+02:00', endsAt: '2027-09-01T15:00:00+02:00', venue: { name: 'Halle' } },
    required: ['startsAt', 'endsAt', 'venue'],
    text: 'venue.name',
  },
];

function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  const keys = path.split('.');
  let node = copy;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

async function expect400(method: string, path: string, body: unknown, field: string): Promise<void> {
  const before = await snapshot();
  const res = await w.send(method, path, body, org);
  const json = (await res.json()) as ErrorBody;
  expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
  expect(json.error.code).toBe('INVALID_INPUT');
  expect(json.error.details?.map((d) => d.path), JSON.stringify(json)).toContain(field);
  expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+/);
  expect(await snapshot()).toBe(before);
}

describe.each(cases)('validation of $name', (c) => {
  it.each(c.required)('a missing %s is a 400 naming it, and nothing changes', async (field) => {
    const body = structuredClone(c.valid);
    // PATCH merges into the stored event: there `null` removes a field.
    if (c.method === 'PATCH') body[field] = null;
    else delete body[field];
    await expect400(c.method, c.path, body, field);
  });
  it('a wrong type is a 400 naming the field', async () => {
    await expect400(c.method, c.path, setPath(c.valid, c.text, 42), c.text);
  });
  it('a too long text is a 400 naming the field', async () => {
    await expect400(c.method, c.path, setPath(c.valid, c.text, 'x'.repeat(10_000)), c.text);
  });
  it('an unknown field is a 400 naming it', async () => {
    await expect400(c.method, c.path, { ...c.valid, colour: 'red' }, 'colour');
  });
});

describe('validation of the radar table', () => {
  const row = { regionCode: '110', regionName: 'Pankow', kldb: '813', vacancies: 4, jobSeekers: 2, vacancyDurationDays: 90, changeVsLastYear: 0 };
  it.each(['regionCode', 'regionName', 'kldb', 'vacancies', 'jobSeekers', 'vacancyDurationDays', 'changeVsLastYear'])(
    'a missing %s is a 400 naming the row and field',
    async (field) => {
      const bad: Record<string, unknown> = { ...row };
      delete bad[field];
      await expect400('PUT', `${E}/radar`, [row, bad], `1.${field}`);
    },
  );
  it('wrong type, too long and unknown fields are 400s', async () => {
    await expect400('PUT', `${E}/radar`, [{ ...row, vacancies: 'many' }], '0.vacancies');
    await expect400('PUT', `${E}/radar`, [{ ...row, regionName: 'x'.repeat(500) }], '0.regionName');
    await expect400('PUT', `${E}/radar`, [{ ...row, colour: 'red' }], '0.colour');
  });
});

describe('organizer resources', () => {
  it('creates, reads, replaces and deletes a provider', async () => {
    const created = await w.send('POST', `${E}/providers`, { id: 'p-crud', name: 'Bau GmbH', kind: 'employer' }, org);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'p-crud', name: 'Bau GmbH', certifications: [] });
    expect((await w.send('POST', `${E}/providers`, { id: 'p-crud', name: 'Again', kind: 'employer' }, org)).status).toBe(409);
    const replaced = await w.send('PUT', `${E}/providers/p-crud`, { name: 'Bau AG', kind: 'employer' }, org);
    expect(replaced.status).toBe(200);
    const got = await w.send('GET', `${E}/providers/p-crud`, undefined, org);
    expect(((await got.json()) as { name: string }).name).toBe('Bau AG');
    const list = (await (await w.send('GET', `${E}/providers`, undefined, org)).json()) as { id: string }[];
    expect(list.map((p) => p.id)).toContain('p-crud');
    expect((await w.send('PUT', `${E}/providers/p-crud`, { id: 'p-other', name: 'X', kind: 'employer' }, org)).status).toBe(400);
    expect((await w.send('DELETE', `${E}/providers/p-crud`, undefined, org)).status).toBe(204);
    expect((await w.send('GET', `${E}/providers/p-crud`, undefined, org)).status).toBe(404);
    expect((await w.send('DELETE', `${E}/providers/p-crud`, undefined, org)).status).toBe(404);
  });

  it('revokes the booth tablets and unused pairing codes of a deleted provider; one created later with the same id inherits neither', async () => {
    expect((await w.send('POST', `${E}/providers`, { id: 'p-gone', name: 'Alte Firma', kind: 'employer' }, org)).status).toBe(201);
    const pair = async () => {
      const { code } = (await (await w.send('POST', `${E}/devices`, { role: 'booth', name: 'Tablet', providerId: 'p-gone' }, org)).json()) as { code: string };
      return code;
    };
    const paired = (await (await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: await pair() }) })).json()) as { token: string };
    const unused = await pair();
    const me = () => w.app.request('/api/booth/me', { headers: { authorization: `Bearer ${paired.token}` } });
    expect((await me()).status).toBe(200);
    expect((await w.send('DELETE', `${E}/providers/p-gone`, undefined, org)).status).toBe(204);
    expect((await w.send('POST', `${E}/providers`, { id: 'p-gone', name: 'Neue Firma', kind: 'employer' }, org)).status).toBe(201);
    expect((await me()).status).toBe(401);
    const late = await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: unused }) });
    expect(late.status).toBe(400);
    expect((await w.send('DELETE', `${E}/providers/p-gone`, undefined, org)).status).toBe(204);
  });

  it('keeps a provider that still has offers (409) and refuses an offer of an unknown provider (400 providerId)', async () => {
    expect((await w.send('DELETE', `${E}/providers/p-care`, undefined, org)).status).toBe(409);
    await expect400('POST', `${E}/offers`, { id: 'o-x', providerId: 'p-none', kind: 'job', title: { de: 'a' }, summary: { de: 'b' } }, 'providerId');
  });

  it('creates a stand with a QR URL whose token opens the stand', async () => {
    const res = await w.send('POST', `${E}/stands`, { id: 'st-9', providerId: 'p-debt', number: '9' }, org);
    expect(res.status).toBe(201);
    const stand = (await res.json()) as { url: string; eventId: string };
    expect(stand.eventId).toBe('fair-test');
    expect(stand.url).toMatch(/^http:\/\/localhost\/s\/[A-Za-z0-9_-]{22}$/);
    const row = (await w.services.db.execute("SELECT token_hash FROM stands WHERE id = 'st-9'")).rows[0];
    expect(String(row?.token_hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(String(row?.token_hash)).not.toContain(stand.url.split('/s/')[1]);
  });

  it('gives a stand deleted and created again under the same id a new QR token: old posters no longer open it', async () => {
    const create = async () => ((await (await w.send('POST', `${E}/stands`, { id: 'st-again', providerId: 'p-debt', number: '77' }, org)).json()) as { url: string }).url;
    const first = await create();
    expect((await w.app.request(`/api/stand/${first.split('/s/')[1]}`)).status).toBe(200);
    expect((await w.send('DELETE', `${E}/stands/st-again`, undefined, org)).status).toBe(204);
    const second = await create();
    expect(second).not.toBe(first);
    expect((await w.app.request(`/api/stand/${first.split('/s/')[1]}`)).status).toBe(404);
    expect((await w.app.request(`/api/stand/${second.split('/s/')[1]}`)).status).toBe(200);
    // An update keeps the token (posters stay valid while the stand exists).
    expect((await w.send('PUT', `${E}/stands/st-again`, { id: 'st-again', providerId: 'p-debt', number: '78' }, org)).status).toBe(200);
    const listed = (await (await w.send('GET', `${E}/stands`, undefined, org)).json()) as { id: string; url: string }[] | { items: { id: string; url: string }[] };
    const items = Array.isArray(listed) ? listed : listed.items;
    expect(items.find((s) => s.id === 'st-again')?.url).toBe(second);
  });

  it('changes only the sent fields with a partial PATCH', async () => {
    const res = await w.send('PATCH', E, { venue: { name: 'Rathaus Pankow, Saal 2' } }, org);
    expect(res.status).toBe(200);
    const event = (await (await w.send('GET', E, undefined, org)).json()) as { venue: { name: string }; title: { de: string } };
    expect(event.venue.name).toBe('Rathaus Pankow, Saal 2');
    expect(event.title.de).toBe('Markt der Möglichkeiten Test');
  });

  it('replaces the event with PATCH and keeps its id', async () => {
    const current = (await (await w.send('GET', E, undefined, org)).json()) as Record<string, unknown>;
    const res = await w.send('PATCH', E, { ...current, retentionDays: 14 }, org);
    expect(res.status).toBe(200);
    expect(((await (await w.send('GET', E, undefined, org)).json()) as { retentionDays: number }).retentionDays).toBe(14);
    const row = (await w.services.db.execute("SELECT retention_days FROM events WHERE id = 'fair-test'")).rows[0];
    expect(Number(row?.retention_days)).toBe(14);
  });

  it('creates an event with a generated id and lists only the tenant\'s events', async () => {
    const res = await w.send(
      'POST',
      '/api/org/events',
      { title: { de: 'Herbstmarkt' }, startsAt: '2027-10-01T09:00:00+02:00', endsAt: '2027-10-01T15:00:00+02:00', venue: { name: 'Rathaus' } },
      org,
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const list = (await (await w.send('GET', '/api/org/events', undefined, org)).json()) as { id: string }[];
    expect(list.map((e) => e.id).sort()).toEqual([id, 'fair-test'].sort());
  });

  it('replaces the radar table', async () => {
    const rows = [{ regionCode: '110', regionName: 'Pankow', kldb: '521', vacancies: 9, jobSeekers: 3, vacancyDurationDays: 60, changeVsLastYear: 0.2 }];
    expect((await w.send('PUT', `${E}/radar`, rows, org)).status).toBe(200);
    const got = (await (await w.send('GET', `${E}/radar`, undefined, org)).json()) as { kldb: string }[];
    expect(got.map((r) => r.kldb)).toEqual(['521']);
  });

  it('makes a pairing code stored only as a hash, lists and revokes devices', async () => {
    const res = await w.send('POST', `${E}/devices`, { role: 'booth', providerId: 'p-care', name: 'Tablet Pflege' }, org);
    expect(res.status).toBe(201);
    const { code, expiresAt, pairUrl } = (await res.json()) as { code: string; expiresAt: string; pairUrl: string };
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(pairUrl).toBe(`http://localhost/booth#pair=${code}`);
    const kiosk = (await (await w.send('POST', `${E}/devices`, { role: 'kiosk', name: 'Kiosk 1' }, org)).json()) as { pairUrl: string };
    expect(kiosk.pairUrl).toMatch(/\/kiosk#pair=/);
    await expect400('POST', `${E}/devices`, { role: 'kiosk', providerId: 'p-care', name: 'K' }, 'providerId');
    await expect400('POST', `${E}/devices`, { role: 'booth', name: 'B' }, 'providerId');
    await expect400('POST', `${E}/devices`, { role: 'booth', providerId: 'p-none', name: 'B' }, 'providerId');

    const pair = await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    expect(pair.ok).toBe(true);
    const { token } = (await pair.json()) as { token: string };
    const devices = (await (await w.send('GET', `${E}/devices`, undefined, org)).json()) as { id: string; name: string; online: boolean; revoked: boolean }[];
    const device = devices.find((d) => d.name === 'Tablet Pflege')!;
    expect(device.revoked).toBe(false);
    expect((await w.app.request('/api/booth/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    // The booth route notes last_seen_at without waiting for it: poll until the write is committed.
    await expect
      .poll(async () => {
        const seen = (await (await w.send('GET', `${E}/devices`, undefined, org)).json()) as { id: string; online: boolean }[];
        return seen.find((d) => d.id === device.id)?.online;
      })
      .toBe(true);
    expect((await w.send('DELETE', `${E}/devices/${device.id}`, undefined, org)).status).toBe(204);
    const after = (await (await w.send('GET', `${E}/devices`, undefined, org)).json()) as { id: string; revoked: boolean }[];
    expect(after.find((d) => d.id === device.id)).toMatchObject({ revoked: true, online: false });
    expect((await w.app.request('/api/booth/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await w.send('DELETE', `${E}/devices/no-such-device`, undefined, org)).status).toBe(404);
  });

  it('serves QR codes as SVG with a path and as PNG with the PNG signature, and poster data', async () => {
    const svg = await w.app.request(`${E}/stands/st-1/qr.svg`, { headers: { cookie: org.cookie } });
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toMatch(/<svg[\s\S]*<path/);
    const png = await w.app.request(`${E}/stands/st-1/qr.png`, { headers: { cookie: org.cookie } });
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await w.app.request(`${E}/stands/st-none/qr.svg`, { headers: { cookie: org.cookie } })).status).toBe(404);
    const posters = (await (await w.send('GET', `${E}/posters`, undefined, org)).json()) as { standNumber: string; providerName: string; url: string; shortUrl: string; qrSvg: string }[];
    expect(posters[0]).toMatchObject({ standNumber: '1', providerName: 'Pflegeschule Nord' });
    expect(posters[0]!.shortUrl).toBe(posters[0]!.url.replace('http://', ''));
    expect(posters[0]!.qrSvg).toMatch(/<path/);
    const stand = await w.app.request(`/api/stand/${posters[0]!.url.split('/s/')[1]}`);
    expect(stand.status).toBe(200);
  });

  it('uses config.publicUrl for QR targets when set', async () => {
    const { createApp } = await import('../../src/app.js');
    const app = createApp({ ...w.services, config: { ...w.services.config, publicUrl: 'https://markt.example/' } });
    const res = await app.request(`${E}/posters`, { headers: { cookie: org.cookie } });
    const posters = (await res.json()) as { url: string }[];
    expect(posters[0]!.url).toMatch(/^https:\/\/markt\.example\/s\//);
  });

  it('serves the OpenAPI document listing every contract route with its request schema', async () => {
    const res = await w.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>>; components: { schemas: Record<string, { properties?: object }> } };
    expect(doc.openapi).toBe('3.1.0');
    const expected = [
      ['get', '/api/health'], ['get', '/api/events/{eventId}/public'], ['get', '/api/stand/{token}'], ['post', '/api/stand/{token}/visits'],
      ['post', '/api/stand/{token}/leads'], ['delete', '/api/visitor/{deviceId}'], ['post', '/api/kiosk/visits'], ['post', '/api/kiosk/leads'],
      ['post', '/api/kiosk/quizzes'], ['post', '/api/kiosk/searches'], ['post', '/api/kiosk/feedback'], ['post', '/api/pair'],
      ['get', '/api/booth/me'], ['get', '/api/booth/leads'], ['patch', '/api/booth/leads/{leadId}'], ['get', '/api/booth/leads.csv'],
      ['post', '/api/auth/login'], ['post', '/api/auth/logout'], ['get', '/api/auth/me'], ['get', '/api/org/events'], ['post', '/api/org/events'],
      ['patch', '/api/org/events/{eventId}'], ['post', '/api/org/events/{eventId}/providers'], ['put', '/api/org/events/{eventId}/offers/{offerId}'],
      ['post', '/api/org/events/{eventId}/stands'], ['put', '/api/org/events/{eventId}/radar'], ['post', '/api/org/events/{eventId}/devices'],
      ['get', '/api/org/events/{eventId}/report'], ['post', '/api/org/events/{eventId}/import'], ['get', '/api/org/events/{eventId}/stands/{standId}/qr.svg'],
      ['get', '/api/org/events/{eventId}/stands/{standId}/qr.png'],
    ];
    for (const [method, path] of expected) expect(doc.paths[path!]?.[method!], `${method} ${path}`).toBeDefined();
    expect(doc.paths['/api/org/events/{eventId}/offers']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.components.schemas.Offer?.properties ?? {})).toEqual(expect.arrayContaining(['providerId', 'kind', 'title']));
    expect(Object.keys(doc.components.schemas.LeadInput?.properties ?? {})).toEqual(expect.arrayContaining(['contact', 'consent']));
  });
});

describe('the OpenAPI route table', () => {
  it('names only routes that the app really has', async () => {
    const { apiRoutes } = await import('../../src/openapi.js');
    for (const route of apiRoutes) {
      const path = route.path.replace(/\{(\w+)\}/g, 'x-unknown');
      const res = await w.app.request(path, { method: route.method.toUpperCase(), headers: org.headers });
      const text = await res.text();
      expect(text, `${route.method} ${route.path}`).not.toContain('No route for');
    }
  });
});
