import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/store/purge.js';
import { PASSWORD_1, orgWorld, type Login, type OrgWorld } from './setup.js';
import { EMAIL, PHONE, addVisitorData, visitorCounts } from './visitor-data.js';

let w: OrgWorld;
let org: Login;
let now = new Date('2027-03-01T08:00:00Z');
beforeEach(async () => {
  now = new Date('2027-03-01T08:00:00Z');
  w = await orgWorld(() => now);
  org = await w.org1();
});
afterEach(async () => w.dispose());

const E = '/api/org/events/fair-test';
const csv = (app: OrgWorld['app'], kind: string, text: string, login: Login, mode = '') =>
  app.request(`${E}/import?kind=${kind}${mode}`, { method: 'POST', headers: { ...login.headers, 'content-type': 'text/csv' }, body: text });

describe('report', () => {
  it('counts visits, leads, quizzes, searches and feedback per stand, hour, provider, kind and code', async () => {
    await addVisitorData(w.services, 'fair-test', 10);
    // Read after the fair (14:00 UTC): the lists are final and count everything (while it runs they lag, report-lag.test.ts).
    now = new Date('2027-03-10T14:00:00Z');
    org = await w.login('anna@pankow.example', PASSWORD_1);
    const res = await w.send('GET', `${E}/report`, undefined, org);
    expect(res.status).toBe(200);
    const report = (await res.json()) as Record<string, unknown> & { totals: Record<string, number> };
    expect(report.totals).toEqual({ visits: 10, visitors: 2, leads: 10, quizzes: 10, searches: 10, feedback: 10 });
    expect(report.visitsPerStand).toEqual([
      { standId: 'st-1', standNumber: '1', providerName: 'Pflegeschule Nord', visits: 10 },
      { standId: 'st-2', standNumber: '2', providerName: 'Schuldnerberatung Pankow', visits: 0 },
    ]);
    expect(report.visitsPerHour).toEqual([{ hour: '2027-03-10T09', visits: 10 }]);
    expect(report.leadsPerProvider).toEqual([
      { providerId: 'p-care', providerName: 'Pflegeschule Nord', leads: 10 },
      { providerId: 'p-debt', providerName: 'Schuldnerberatung Pankow', leads: 0 },
    ]);
    expect(report.leadsPerOfferKind).toEqual([
      { kind: 'qualification', leads: 10 },
      { kind: 'counselling', leads: 0 },
      { kind: 'job', leads: 0 },
    ]);
    expect(report.interestCodes).toEqual([{ code: 'RC', count: 5 }, { code: 'SA', count: 5 }]);
    expect(report.zeroResultSearches).toEqual([{ query: 'gabelstapler', count: 5 }]);
    // Two of each rating: withheld (< 5, see report-privacy.test.ts); the average of 10 ratings is shown.
    expect(report.feedback).toEqual({ count: 10, average: 3, ratings: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: null, suppressed: true })), missing: [] });
    expect(JSON.stringify(report)).not.toContain(PHONE);
    const csvRes = await w.send('GET', `${E}/report.csv`, undefined, org);
    expect(csvRes.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csvRes.text();
    expect(text.split('\r\n')[0]).toBe('section,key,label,value');
    expect(text).toContain('totals,visits,,10');
    expect(text).toContain('zero_result_searches,gabelstapler,,5');
    expect(text).toContain('feedback_ratings,3,,withheld');
  });
});

describe('CSV import', () => {
  it('names a header like "constructor" or "__proto__" as an unknown column (400), not a 500', async () => {
    for (const header of ['constructor', '__proto__', 'toString']) {
      const res = await csv(w.app, 'radar', `regionCode,${header}\n110,x\n`, org);
      expect(res.status, header).toBe(400);
      expect(JSON.stringify(await res.json()), header).toContain(header);
    }
  });

  it('imports valid providers and offers (comma or semicolon separated)', async () => {
    const providers = 'id,name,kind,certifications,place.district\np-a,Alpha Bildung,training,azav;iso9001,Buch\n"p-b","Beta, gGmbH",counselling,,\n';
    const res = await csv(w.app, 'providers', providers, org);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'providers', imported: 2, rejected: 0, errors: [] });
    const offers = 'id;providerId;kind;title.de;summary.de;occupations;schedule.partTime;schedule.hoursPerWeek\no-a;p-a;qualification;Lagerlogistik;Mit Staplerschein;51312|52522;ja;30\n';
    const res2 = await csv(w.app, 'offers', offers, org);
    expect(res2.status).toBe(200);
    const offer = (await (await w.send('GET', `${E}/offers/o-a`, undefined, org)).json()) as Record<string, unknown>;
    expect(offer).toMatchObject({ providerId: 'p-a', occupations: ['51312', '52522'], schedule: { partTime: true, hoursPerWeek: 30 } });
    const provider = (await (await w.send('GET', `${E}/providers/p-b`, undefined, org)).json()) as Record<string, unknown>;
    expect(provider.name).toBe('Beta, gGmbH');
  });

  it('imports a tab-separated file (Excel\'s "Unicode-Text"), a comma inside a field staying text', async () => {
    const providers = 'id\tname\tkind\tplace.district\np-tab\tGamma, Träger für Arbeit\ttraining\tKarow\n';
    const res = await csv(w.app, 'providers', providers, org);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'providers', imported: 1, rejected: 0, errors: [] });
    const provider = (await (await w.send('GET', `${E}/providers/p-tab`, undefined, org)).json()) as Record<string, unknown>;
    expect(provider).toMatchObject({ name: 'Gamma, Träger für Arbeit', place: { district: 'Karow' } });
  });

  it('reports every bad row with its line and field and imports nothing', async () => {
    const before = await w.services.db.execute("SELECT COUNT(*) AS n FROM offers WHERE event_id = 'fair-test'");
    const text = [
      'id,providerId,kind,title.de,summary.de,schedule.hoursPerWeek',
      'o-ok,p-care,job,Gut,Gut,20',
      'o-bad1,p-care,spaceship,Titel,Text,20',
      'o-bad2,p-care,job,,Text,viele',
      'o-bad3,p-none,job,Titel,Text,10',
      'o-ok,p-care,job,Doppelt,Text,10',
    ].join('\n');
    const res = await csv(w.app, 'offers', text, org);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { line: number; path: string }[] } };
    expect(body.error.code).toBe('INVALID_CSV');
    const found = body.error.details.map((d) => `${d.line}:${d.path}`);
    expect(found).toEqual(expect.arrayContaining(['3:kind', '4:title', '4:schedule.hoursPerWeek', '5:providerId', '6:id']));
    expect(found).not.toContain('2:kind');
    const after = await w.services.db.execute("SELECT COUNT(*) AS n FROM offers WHERE event_id = 'fair-test'");
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    expect((await w.send('GET', `${E}/offers/o-ok`, undefined, org)).status).toBe(404);

    const valid = await csv(w.app, 'offers', text, org, '&mode=valid-only');
    expect(valid.status).toBe(200);
    expect(await valid.json()).toMatchObject({ imported: 1, rejected: 4 });
    expect((await w.send('GET', `${E}/offers/o-ok`, undefined, org)).status).toBe(200);
  });

  it('names an unknown column, refuses an unknown kind and a non-CSV body', async () => {
    const res = await csv(w.app, 'providers', 'id,name,kind,colour\np-x,X,training,red\n', org);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: { line: number; path: string }[] } };
    expect(body.error.details[0]).toMatchObject({ line: 1, path: 'colour' });
    expect((await csv(w.app, 'floors', 'id\n', org)).status).toBe(400);
    const json = await w.app.request(`${E}/import?kind=radar`, { method: 'POST', headers: { ...org.headers, 'content-type': 'application/json' }, body: '[]' });
    expect(json.status).toBe(415);
  });

  it('refuses a CSV file over 5 MB with 413, and JSON over 100 KB elsewhere', async () => {
    const big = 'id,name,kind\n' + 'x'.repeat(5 * 1024 * 1024);
    const res = await csv(w.app, 'providers', big, org);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BODY_TOO_LARGE');
    const json = await w.send('POST', `${E}/providers`, { id: 'p-big', name: 'x', kind: 'training', website: 'x'.repeat(101 * 1024) }, org);
    expect(json.status).toBe(413);
  });

  it('replaces the radar from CSV and accepts files larger than the JSON limit', async () => {
    const header = 'regionCode,regionName,kldb,vacancies,jobSeekers,vacancyDurationDays,changeVsLastYear,illustrative\n';
    const row = '110,Pankow,813,40,25,150,"0,1",true\n';
    const text = header + row.repeat(3000);
    expect(text.length).toBeGreaterThan(100 * 1024);
    const res = await csv(w.app, 'radar', text, org);
    expect(res.status).toBe(200);
    const rows = (await (await w.send('GET', `${E}/radar`, undefined, org)).json()) as { changeVsLastYear: number }[];
    expect(rows).toHaveLength(3000);
    expect(rows[0]!.changeVsLastYear).toBe(0.1);
  });
});

describe('clone', () => {
  it('copies settings, providers, offers, stands and radar but never visits or leads', async () => {
    await addVisitorData(w.services, 'fair-test', 3);
    const res = await w.send(
      'POST',
      `${E}/clone`,
      { id: 'fair-autumn', startsAt: '2027-09-01T09:00:00+02:00', endsAt: '2027-09-01T15:00:00+02:00', venue: { name: 'Kulturhaus' } },
      org,
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: 'fair-autumn', venue: { name: 'Kulturhaus' }, title: { de: 'Markt der Möglichkeiten Test' } });
    expect(await visitorCounts(w.services, 'fair-autumn')).toEqual({ visits: 0, leads: 0, quizzes: 0, searches: 0, feedback: 0 });
    const offers = (await (await w.send('GET', '/api/org/events/fair-autumn/offers', undefined, org)).json()) as unknown[];
    const stands = (await (await w.send('GET', '/api/org/events/fair-autumn/stands', undefined, org)).json()) as { eventId: string; url: string }[];
    expect(offers).toHaveLength(3);
    expect(stands.map((s) => s.eventId)).toEqual(['fair-autumn', 'fair-autumn']);
    const original = (await (await w.send('GET', `${E}/stands`, undefined, org)).json()) as { url: string }[];
    expect(stands[0]!.url).not.toBe(original[0]!.url);
    const devices = await w.services.db.execute("SELECT COUNT(*) AS n FROM devices WHERE event_id = 'fair-autumn'");
    expect(Number(devices.rows[0]?.n)).toBe(0);
  });

  it('copies only the settings without providers, and refuses another tenant', async () => {
    const base = { startsAt: '2027-09-01T09:00:00+02:00', endsAt: '2027-09-01T15:00:00+02:00', venue: { name: 'Halle' } };
    const res = await w.send('POST', `${E}/clone`, { ...base, includeProviders: false, includeOffers: false }, org);
    const { id } = (await res.json()) as { id: string };
    expect((await (await w.send('GET', `/api/org/events/${id}/providers`, undefined, org)).json()) as unknown[]).toEqual([]);
    expect((await w.send('POST', `${E}/clone`, { ...base, tenantId: 'tenant-2' }, org)).status).toBe(403);
    expect((await w.send('POST', `${E}/clone`, { ...base, includeProviders: false }, org)).status).toBe(400);
  });
});

describe('purge', () => {
  it('deletes every visit, lead, quiz, search and feedback of an expired event, logs counts only, leaves others', async () => {
    await addVisitorData(w.services, 'fair-test', 5);
    await addVisitorData(w.services, 'fair-other', 2);
    // fair-other ends later: only fair-test is past its 30 days.
    await w.services.db.execute("UPDATE events SET ends_at = '2027-05-01T15:00:00+02:00' WHERE id = 'fair-other'");
    now = new Date('2027-04-05T00:00:00Z'); // fair-test ended 2027-03-10, +30 days = 2027-04-09
    expect((await purgeExpired(w.services)).deleted).toBe(0);
    expect((await visitorCounts(w.services, 'fair-test')).leads).toBe(5);

    now = new Date('2027-04-10T00:00:00Z');
    const result = await purgeExpired(w.services);
    expect(result.events).toEqual([{ eventId: 'fair-test', visits: 5, leads: 5, quizzes: 5, searches: 5, feedback: 5 }]);
    expect(await visitorCounts(w.services, 'fair-test')).toEqual({ visits: 0, leads: 0, quizzes: 0, searches: 0, feedback: 0 });
    expect(await visitorCounts(w.services, 'fair-other')).toEqual({ visits: 2, leads: 2, quizzes: 2, searches: 2, feedback: 2 });
    const logs = JSON.stringify(w.services.logs);
    expect(w.services.logs).toContainEqual(expect.objectContaining({ eventId: 'fair-test', leads: 5, visits: 5 }));
    expect(logs).not.toContain(PHONE);
    expect(logs).not.toContain(EMAIL);
    expect(logs).not.toContain('Ayşe');
    expect(logs).not.toContain('Gabelstapler');
    // VACUUM rewrote the file: the deleted contact data is not in its free pages.
    await w.services.db.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const path = w.services.config.dbUrl.slice('file:'.length);
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes.split(EMAIL).length - 1).toBe(2); // fair-other's two leads remain
    // The event itself stays, marked as purged.
    const row = (await w.services.db.execute("SELECT purged_at FROM events WHERE id = 'fair-test'")).rows[0];
    expect(row?.purged_at).toBe('2027-04-10T00:00:00.000Z');
  });

  it('honours a shorter retentionDays per event', async () => {
    await addVisitorData(w.services, 'fair-test', 1);
    await w.services.db.execute("UPDATE events SET retention_days = 1 WHERE id = 'fair-test'");
    now = new Date('2027-03-11T15:00:00Z');
    expect((await purgeExpired(w.services)).deleted).toBe(5);
  });
});

describe('secrets at rest', () => {
  it('stores no password, session id, CSRF token, pairing code or stand token in clear', async () => {
    const login = await w.login('anna@pankow.example', PASSWORD_1);
    const sessionId = login.cookie.split('=')[1]!;
    const pairing = (await (await w.send('POST', `${E}/devices`, { role: 'kiosk', name: 'Kiosk' }, org)).json()) as { code: string };
    const paired = (await (
      await w.app.request('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: pairing.code }) })
    ).json()) as { token: string };
    const stands = (await (await w.send('GET', `${E}/stands`, undefined, org)).json()) as { url: string }[];
    const standToken = stands[0]!.url.split('/s/')[1]!;
    const secrets = [PASSWORD_1, sessionId, login.csrfToken, pairing.code, paired.token, standToken];
    const tables = (await w.services.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) => String(r.name));
    let dump = '';
    for (const table of tables) dump += JSON.stringify((await w.services.db.execute(`SELECT * FROM ${table}`)).rows);
    for (const secret of secrets) expect(dump, secret).not.toContain(secret);
    const hash = (await w.services.db.execute("SELECT password_hash FROM users WHERE email = 'anna@pankow.example'")).rows[0];
    expect(String(hash?.password_hash)).toMatch(/^scrypt\$32768\$8\$1\$/);
  });
});

describe('CSV import of the demo fair files (docs/data-formats.md)', () => {
  it('reads the BA-style radar.csv with German headers, per cent as a fraction', async () => {
    const text = readFileSync(new URL('../../../../examples/demo-fair/data/radar.csv', import.meta.url), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('../../../../examples/demo-fair/data/radar.json', import.meta.url), 'utf8')) as {
      kldb: string;
      regionLevel?: string;
      changeVsLastYear: number;
    }[];
    const res = await csv(w.app, 'radar', text, org);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { imported: number }).imported).toBe(expected.length);
    const rows = (await (await w.send('GET', `${E}/radar`, undefined, org)).json()) as typeof expected;
    expect(rows[0]).toMatchObject({ kldb: expected[0]!.kldb, regionLevel: 'ortsteil', illustrative: true });
    expect(rows[0]!.changeVsLastYear).toBeCloseTo(expected[0]!.changeVsLastYear, 6);
  });

  it('reads the provider and offer examples of docs/data-formats.md', async () => {
    const doc = readFileSync(new URL('../../../../docs/data-formats.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const providers = blocks.find((b) => b.startsWith('id;name;kind'))!;
    const offers = blocks.find((b) => b.startsWith('id;providerId;kind'))!;
    expect((await csv(w.app, 'providers', providers, org)).status).toBe(200);
    // The page's second offer belongs to a provider its provider example leaves out.
    const res = await csv(w.app, 'offers', offers, org, '&mode=valid-only');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 1, rejected: 1, errors: [{ line: 3, path: 'providerId' }] });
    const offer = (await (await w.send('GET', `${E}/offers/logistik-akademie-staplerschein`, undefined, org)).json()) as Record<string, unknown>;
    expect(offer).toMatchObject({ occupations: ['51311', '525'], funding: ['avgs', 'bildungsgutschein'], schedule: { days: [1, 2, 3, 4, 5], start: '07:30' } });
  });
});
