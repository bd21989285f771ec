/**
 * The staffing rota (Dienstplan): organizer CRUD, validation, tenant isolation, CSRF, the booth's view,
 * and that staff names never reach a public route nor vanish with the visitor purge.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPairingCode } from '../../src/store/org.js';
import { purgeExpired } from '../../src/store/purge.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';
import { addVisitorData, visitorCounts } from './visitor-data.js';

const E = '/api/org/events/fair-test';
const STAFF = 'Frau Kowalczyk-Rotaprobe';
const shift = { standId: 'st-1', staffName: STAFF, role: 'Beratung', startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T12:00:00+01:00' };

let w: OrgWorld;
let org1: Login;
let clock = new Date('2027-03-10T10:00:00+01:00');

beforeEach(async () => {
  clock = new Date('2027-03-10T10:00:00+01:00');
  w = await orgWorld(() => clock);
  org1 = await w.org1();
});
afterEach(async () => w.dispose());

async function pairBooth(providerId: string): Promise<Record<string, string>> {
  const { code } = await createPairingCode(w.services, { eventId: 'fair-test', role: 'booth', providerId, name: `booth ${providerId}` });
  const res = await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  expect(res.status).toBe(201);
  return { authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

const detailPaths = async (res: Response) => ((await res.json()) as { error: { details: { path: string }[] } }).error.details.map((d) => d.path);

describe('rota routes', () => {
  it('adds, lists by start time, replaces and deletes shifts', async () => {
    const created = await w.send('POST', `${E}/rota`, shift, org1);
    expect(created.status).toBe(201);
    const first = (await created.json()) as { id: string };
    expect(first.id).toMatch(/^sh-/);
    const early = { ...shift, id: 'sh-early', standId: 'st-2', staffName: 'Herr Early', startsAt: '2027-03-10T08:00:00+01:00' };
    expect((await w.send('POST', `${E}/rota`, early, org1)).status).toBe(201);
    expect((await w.send('POST', `${E}/rota`, early, org1)).status).toBe(409);

    let list = (await (await w.send('GET', `${E}/rota`, undefined, org1)).json()) as { id: string; staffName?: string }[];
    expect(list.map((s) => s.id)).toEqual(['sh-early', first.id]);

    const put = await w.send('PUT', `${E}/rota/${first.id}`, { ...shift, staffName: 'Herr Neu', role: undefined }, org1);
    expect(put.status).toBe(200);
    list = (await (await w.send('GET', `${E}/rota`, undefined, org1)).json()) as { id: string; staffName: string; role?: string }[];
    expect(list[1]).toEqual({ ...shift, id: first.id, staffName: 'Herr Neu', role: undefined });
    expect(list[1]).not.toHaveProperty('role');

    expect((await w.send('PUT', `${E}/rota/sh-missing`, shift, org1)).status).toBe(404);
    expect((await w.send('DELETE', `${E}/rota/sh-early`, undefined, org1)).status).toBe(204);
    expect((await w.send('DELETE', `${E}/rota/sh-early`, undefined, org1)).status).toBe(404);
    list = (await (await w.send('GET', `${E}/rota`, undefined, org1)).json()) as { id: string }[];
    expect(list.map((s) => s.id)).toEqual([first.id]);
  });

  it('refuses invalid shifts with a 400 naming the fields, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...shift, endsAt: shift.startsAt }, ['endsAt']],
      [{ ...shift, endsAt: '2027-03-10T08:00:00+01:00' }, ['endsAt']],
      [{ ...shift, staffName: 'x'.repeat(81) }, ['staffName']],
      [{ ...shift, staffName: '' }, ['staffName']],
      [{ ...shift, role: 'r'.repeat(81) }, ['role']],
      [{ ...shift, standId: 'st-nowhere' }, ['standId']],
      [{ ...shift, startsAt: '2027-03-09T10:00:00+01:00' }, ['startsAt']],
      [{ ...shift, endsAt: '2027-03-11T01:00:00+01:00' }, ['endsAt']],
      [{ ...shift, startsAt: 'morgen' }, ['startsAt']],
      [{ ...shift, shoeSize: 44 }, ['shoeSize']],
    ];
    for (const [body, paths] of cases) {
      const res = await w.send('POST', `${E}/rota`, body, org1);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await detailPaths(res), JSON.stringify(body)).toEqual(paths);
    }
    expect((await w.send('PUT', `${E}/rota/sh-a`, { ...shift, id: 'sh-b' }, org1)).status).toBe(400);
    expect(await (await w.send('GET', `${E}/rota`, undefined, org1)).json()).toEqual([]);
  });

  it('keeps tenants apart and needs the CSRF header to write', async () => {
    expect((await w.send('POST', `${E}/rota`, { ...shift, id: 'sh-1' }, org1)).status).toBe(201);
    const org2 = await w.org2();
    expect((await w.send('GET', `${E}/rota`, undefined, org2)).status).toBe(404);
    expect((await w.send('PUT', `${E}/rota/sh-1`, shift, org2)).status).toBe(404);
    expect((await w.send('DELETE', `${E}/rota/sh-1`, undefined, org2)).status).toBe(404);
    expect(await (await w.send('GET', '/api/org/events/fair-other/rota', undefined, org2)).json()).toEqual([]);
    const noCsrf = { cookie: org1.cookie, csrfToken: '', headers: { cookie: org1.cookie } };
    expect((await w.send('DELETE', `${E}/rota/sh-1`, undefined, noCsrf)).status).toBe(403);
    expect((await w.send('POST', `${E}/rota`, { ...shift, id: 'sh-2' }, noCsrf)).status).toBe(403);
    const list = (await (await w.send('GET', `${E}/rota`, undefined, org1)).json()) as { id: string; staffName: string }[];
    expect(list).toEqual([{ ...shift, id: 'sh-1' }]);
  });
});

describe('rota on the booth tablet', () => {
  it("shows a booth only its provider's stands, and the Jobcenter also the help desks", async () => {
    // A Jobcenter provider with its own counter, and a help desk (a stand with a label) of another provider.
    expect((await w.send('POST', `${E}/providers`, { id: 'p-jc', name: 'Jobcenter Pankow', kind: 'jobcenter' }, org1)).status).toBe(201);
    expect((await w.send('POST', `${E}/stands`, { id: 'st-jc', providerId: 'p-jc', number: 'J1' }, org1)).status).toBe(201);
    expect((await w.send('POST', `${E}/stands`, { id: 'st-help', providerId: 'p-debt', number: 'H', label: 'Infotheke' }, org1)).status).toBe(201);
    for (const [id, standId] of [['sh-care', 'st-1'], ['sh-debt', 'st-2'], ['sh-jc', 'st-jc'], ['sh-help', 'st-help']]) {
      expect((await w.send('POST', `${E}/rota`, { ...shift, id, standId, staffName: `Staff ${id}` }, org1)).status).toBe(201);
    }
    const rotaOf = async (providerId: string) => {
      const res = await w.app.request('/api/booth/rota', { headers: await pairBooth(providerId) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { stands: { id: string }[]; shifts: { id: string }[] };
      return { stands: body.stands.map((s) => s.id), shifts: body.shifts.map((s) => s.id).sort() };
    };
    expect(await rotaOf('p-care')).toEqual({ stands: ['st-1'], shifts: ['sh-care'] });
    expect(await rotaOf('p-debt')).toEqual({ stands: ['st-2', 'st-help'], shifts: ['sh-debt', 'sh-help'] });
    expect(await rotaOf('p-jc')).toEqual({ stands: ['st-help', 'st-jc'], shifts: ['sh-help', 'sh-jc'] });
    expect((await w.app.request('/api/booth/rota')).status).toBe(401);
  });
});

describe('staff names are employee data', () => {
  it('never appear on a public route, a kiosk route or the OpenAPI document', async () => {
    expect((await w.send('POST', `${E}/rota`, shift, org1)).status).toBe(201);
    const stands = (await (await w.send('GET', `${E}/stands`, undefined, org1)).json()) as { id: string; url: string }[];
    const token = stands.find((s) => s.id === 'st-1')!.url.split('/s/')[1]!;
    const { code } = await createPairingCode(w.services, { eventId: 'fair-test', role: 'kiosk', name: 'Kiosk' });
    const paired = (await (await w.send('POST', '/api/pair', { code })).json()) as { token: string };
    const publicBodies = await Promise.all(
      [
        w.app.request('/api/events/fair-test/public'),
        w.app.request(`/api/stand/${token}`),
        w.app.request('/api/openapi.json'),
        w.app.request('/api/kiosk/me', { headers: { authorization: `Bearer ${paired.token}` } }),
      ].map(async (p) => {
        const res = await p;
        expect(res.status).toBe(200);
        return res.text();
      }),
    );
    for (const body of publicBodies) expect(body).not.toContain('Kowalczyk');
  });

  it('stay when the visitor data is purged, and go with their stand', async () => {
    expect((await w.send('POST', `${E}/rota`, { ...shift, id: 'sh-1' }, org1)).status).toBe(201);
    expect((await w.send('POST', `${E}/stands`, { id: 'st-x', providerId: 'p-care', number: '9' }, org1)).status).toBe(201);
    expect((await w.send('POST', `${E}/rota`, { ...shift, id: 'sh-x', standId: 'st-x' }, org1)).status).toBe(201);
    await addVisitorData(w.services, 'fair-test', 3);
    clock = new Date('2027-06-01T00:00:00Z'); // long after the 30 retention days
    const purged = await purgeExpired(w.services);
    expect(purged.events.map((e) => e.eventId)).toContain('fair-test');
    expect(await visitorCounts(w.services, 'fair-test')).toEqual({ visits: 0, leads: 0, quizzes: 0, searches: 0, feedback: 0 });
    org1 = await w.login('anna@pankow.example', 'correct horse battery 1');
    let list = (await (await w.send('GET', `${E}/rota`, undefined, org1)).json()) as { id: string }[];
    expect(list.map((s) => s.id)).toEqual(['sh-1', 'sh-x']);
    expect((await w.send('DELETE', `${E}/stands/st-x`, undefined, org1)).status).toBe(204);
    list = (await (await w.send('GET', `${E}/rota`, undefined, org1)).json()) as { id: string }[];
    expect(list.map((s) => s.id)).toEqual(['sh-1']);
  });

  it('are deleted with the event (ON DELETE CASCADE)', async () => {
    expect((await w.send('POST', `${E}/rota`, shift, org1)).status).toBe(201);
    const count = async () => Number((await w.services.db.execute("SELECT COUNT(*) AS n FROM rota_shifts WHERE event_id = 'fair-test'")).rows[0]?.n);
    expect(await count()).toBe(1);
    // No route deletes an event yet: delete the row as an operator would, with foreign keys on.
    await w.services.db.execute('PRAGMA foreign_keys = ON');
    for (const table of ['stands', 'offers', 'providers', 'radar_rows', 'devices', 'pairing_codes', 'visits', 'leads', 'quizzes', 'searches', 'feedback']) {
      await w.services.db.execute({ sql: `DELETE FROM ${table} WHERE event_id = ?`, args: ['fair-test'] });
    }
    await w.services.db.execute("DELETE FROM events WHERE id = 'fair-test'");
    expect(await count()).toBe(0);
  });
});
