import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../src/http/errors.js';
import { standTokenOf } from '../../src/store/fair.js';
import { purgeExpired } from '../../src/store/purge.js';
import { recordKioskVisit, recordStandVisit } from '../../src/store/visits.js';
import { createPairingCode, key, leadBody, pair } from '../field/setup.js';
import { orgWorld, PASSWORD_1, type Login, type OrgWorld } from '../org/setup.js';

// The fixture fair (fair-test) runs 2027-03-10 09:00-15:00 +01:00 with retentionDays 30: the consent shown to
// a visitor promises deletion by 2027-03-10T14:00Z + 30 days.
const PROMISED = '2027-04-09T14:00:00.000Z';
const DURING_FAIR = new Date('2027-03-10T10:00:00Z');
const AFTER_RETENTION = new Date('2027-04-10T00:00:00Z');
const E = '/api/org/events/fair-test';

let now: Date;
let w: OrgWorld;
let org: Login;
let token: string;

beforeEach(async () => {
  now = DURING_FAIR;
  w = await orgWorld(() => now);
  org = await w.org1();
  token = (await standTokenOf(w.services, 'fair-test', 'st-1'))!;
});
afterEach(async () => {
  await w.dispose();
});

const postLead = (overrides: Record<string, unknown> = {}, t = token) =>
  w.send('POST', `/api/stand/${t}/leads`, leadBody({ consent: { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: now.toISOString() }, ...overrides }));
const postVisit = (t = token) => w.send('POST', `/api/stand/${t}/visits`, { deviceId: key('dev'), idempotencyKey: key() });
const rows = async (table: 'leads' | 'visits') => (await w.services.db.execute(`SELECT * FROM ${table} WHERE event_id = 'fair-test'`)).rows;
const kioskToken = async () => (await pair(w.app, await createPairingCode(w.services, 'fair-test', 'kiosk', null))).token;
const asKiosk = (path: string, body: unknown, bearer: string) =>
  w.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify(body) });

describe('M2: the deletion date promised in the consent is the one kept', () => {
  it('stores delete_after = endsAt + retentionDays on every lead and visit when it is written', async () => {
    expect((await postLead()).status).toBe(201);
    expect((await postVisit()).status).toBe(201);
    expect((await rows('leads')).map((r) => r.delete_after)).toEqual([PROMISED]);
    expect((await rows('visits')).map((r) => r.delete_after)).toEqual([PROMISED]);
  });

  it('purges a lead and a visit on their promised date although the event rule was lengthened behind the API', async () => {
    expect((await postLead()).status).toBe(201);
    expect((await postVisit()).status).toBe(201);
    // An extension that did not go through the PATCH check (an old server, hand-written SQL).
    await w.services.db.execute("UPDATE events SET retention_days = 365 WHERE id = 'fair-test'");
    now = new Date('2027-04-09T14:00:00.001Z');
    const result = await purgeExpired(w.services, { vacuum: false });
    expect(result.events).toEqual([expect.objectContaining({ eventId: 'fair-test', leads: 1, visits: 1 })]);
    expect(await rows('leads')).toHaveLength(0);
    expect(await rows('visits')).toHaveLength(0);
  });

  it('refuses a PATCH that lengthens retentionDays or moves endsAt later while leads or visits are stored (409 naming the field)', async () => {
    expect((await postLead()).status).toBe(201);
    const longer = await w.send('PATCH', E, { retentionDays: 365 }, org);
    expect(longer.status).toBe(409);
    const body = (await longer.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('RETENTION_LOCKED');
    expect(body.error.details.map((d) => d.path)).toEqual(['retentionDays']);
    const later = await w.send('PATCH', E, { endsAt: '2027-03-20T15:00:00+01:00' }, org);
    expect(later.status).toBe(409);
    expect(((await later.json()) as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toEqual(['endsAt']);
    // Nothing changed.
    const event = (await (await w.send('GET', E, undefined, org)).json()) as { retentionDays: number; endsAt: string };
    expect(event).toMatchObject({ retentionDays: 30, endsAt: '2027-03-10T15:00:00+01:00' });
    // A later end with a shorter retention that deletes no later is allowed.
    expect((await w.send('PATCH', E, { endsAt: '2027-03-11T15:00:00+01:00', retentionDays: 29 }, org)).status).toBe(200);
  });

  it('lets an event without visitor data be lengthened', async () => {
    expect((await w.send('PATCH', E, { retentionDays: 60, endsAt: '2027-03-11T15:00:00+01:00' }, org)).status).toBe(200);
    expect((await postLead()).status).toBe(201);
    expect((await rows('leads')).map((r) => r.delete_after)).toEqual(['2027-05-10T14:00:00.000Z']);
  });

  it('purges at once when a PATCH shortens retention past now', async () => {
    expect((await postLead()).status).toBe(201);
    expect((await postVisit()).status).toBe(201);
    now = new Date('2027-03-15T00:00:00Z');
    org = await w.login('anna@pankow.example', PASSWORD_1); // the session of the fair day has expired
    expect((await w.send('PATCH', E, { retentionDays: 1 }, org)).status).toBe(200);
    expect(await rows('leads')).toHaveLength(0);
    expect(await rows('visits')).toHaveLength(0);
  });
});

describe('L1: no new visitor data after the retention period', () => {
  it('answers 410 EVENT_CLOSED to stand leads and visits, kiosk leads and visits, and writes nothing', async () => {
    const kiosk = await kioskToken();
    now = AFTER_RETENTION;
    const answers = [
      await postLead(),
      await postVisit(),
      await asKiosk('/api/kiosk/visits', { standId: 'st-1', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }, kiosk),
      await asKiosk('/api/kiosk/leads', { ...leadBody({ consent: { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: '2027-03-10T10:00:00Z' } }), providerId: 'p-care' }, kiosk),
    ];
    for (const res of answers) {
      expect(res.status).toBe(410);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('EVENT_CLOSED');
      expect(error.message).toContain('fair-test');
    }
    expect(await rows('leads')).toHaveLength(0);
    expect(await rows('visits')).toHaveLength(0);
  });

  it('refuses only the closed event in a group of batched visits (QR and kiosk paths)', async () => {
    // fair-other (tenant 2) ends later and stays open.
    await w.services.db.execute("UPDATE events SET ends_at = '2027-05-01T15:00:00+02:00' WHERE id = 'fair-other'");
    const other = (await standTokenOf(w.services, 'fair-other', 'st-1'))!;
    now = AFTER_RETENTION;
    const results = await Promise.allSettled([
      recordStandVisit(w.services, token, { deviceId: key('dev'), idempotencyKey: key() }),
      recordStandVisit(w.services, other, { deviceId: key('dev'), idempotencyKey: key() }),
      recordKioskVisit(w.services, 'fair-test', { standId: 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }),
      recordKioskVisit(w.services, 'fair-other', { standId: 'st-2', deviceId: key('dev'), source: 'kiosk', idempotencyKey: key() }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected', 'fulfilled']);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 410, code: 'EVENT_CLOSED' });
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(HttpError);
    const other2 = (await w.services.db.execute("SELECT delete_after FROM visits WHERE event_id = 'fair-other'")).rows;
    expect(other2.map((r) => r.delete_after)).toEqual(['2027-05-31T13:00:00.000Z', '2027-05-31T13:00:00.000Z']);
    expect(await rows('visits')).toHaveLength(0);
  });

  it('refuses a single QR visit on the one-visit fast path too', async () => {
    now = AFTER_RETENTION;
    await expect(recordStandVisit(w.services, token, { deviceId: key('dev'), idempotencyKey: key() })).rejects.toMatchObject({ status: 410 });
  });
});

describe('M1 (time): consent.at must be plausible', () => {
  it('refuses a consent time more than 7 days before the server, or more than 5 minutes ahead of it (400 at consent.at)', async () => {
    const DAY = 24 * 3_600_000;
    for (const at of ['2020-01-01T00:00:00Z', new Date(now.getTime() - 7 * DAY - 1000).toISOString(), new Date(now.getTime() + 5 * 60_000 + 1000).toISOString()]) {
      const res = await postLead({ consent: { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at } });
      expect(res.status, at).toBe(400);
      const { error } = (await res.json()) as { error: { details: { path: string }[] } };
      expect(error.details.map((d) => d.path)).toEqual(['consent.at']);
    }
    expect(await rows('leads')).toHaveLength(0);
    // A consent that waited almost 7 days in an outbox, or given days before the fair (a poster scanned early), and a
    // clock a little ahead are fine; the server's time is kept as well.
    for (const at of [new Date(now.getTime() - 7 * DAY + 1000).toISOString(), new Date(now.getTime() + 4 * 60_000).toISOString()]) {
      expect((await postLead({ consent: { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at } })).status, at).toBe(201);
    }
    expect((await rows('leads')).map((r) => r.created_at)).toEqual([now.toISOString(), now.toISOString()]);
  });
});

describe('L4: the leads CSV says when to delete', () => {
  it('has delete_by, consent_at and consent_text columns with the lead values', async () => {
    expect((await postLead()).status).toBe(201);
    const booth = await pair(w.app, await createPairingCode(w.services, 'fair-test', 'booth', 'p-care'));
    const res = await w.app.request('/api/booth/leads.csv', { headers: { authorization: `Bearer ${booth.token}` } });
    expect(res.status).toBe(200);
    const [header, line] = (await res.text()).replace(/^\uFEFF/, '').split('\r\n');
    const columns = header!.split(',');
    expect(columns).toEqual(expect.arrayContaining(['delete_by', 'consent_at', 'consent_text']));
    const cells = line!.split(',');
    expect(cells[columns.indexOf('delete_by')]).toBe(PROMISED);
    expect(cells[columns.indexOf('consent_at')]).toBe(now.toISOString());
    expect(line).toContain('Ich bin einverstanden, dass der Anbieter mich kontaktiert.');
  });
});
