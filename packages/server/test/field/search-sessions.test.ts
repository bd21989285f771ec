/**
 * Searches counted per kiosk visitor (migration 8): a search term that found nothing is listed in the report only
 * when at least MIN_COUNT visitor sessions share it, not MIN_COUNT searches. Real SQLite file, real routes: a paired
 * kiosk posts its searches, the organizer reads the report.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addReportRows } from '../org/report-data.js';
import { orgWorld, type Login, type OrgWorld } from '../org/setup.js';
import type { EventReport } from '../../src/store/report.js';
import { createPairingCode, key, pair } from './setup.js';

let w: OrgWorld;
let org: Login;
let kiosk: { token: string; deviceId: string };
/** The server's clock: the fair (2027-03-10, 08:00–14:00 UTC) is running. */
let now = Date.parse('2027-03-10T10:00:00Z');

beforeEach(async () => {
  now = Date.parse('2027-03-10T10:00:00Z');
  w = await orgWorld(() => new Date(now));
  org = await w.org1();
  kiosk = await pair(w.app, await createPairingCode(w.services, w.eventId, 'kiosk', null));
});
afterEach(async () => w.dispose());

/** A visitor session's random id, as the kiosk makes one (base64url, 22 characters). */
const sessionId = (n: number) => `visitor-session-${String(n).padStart(6, '0')}`;

async function search(query: string, session?: string): Promise<Response> {
  return w.app.request('/api/kiosk/searches', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${kiosk.token}` },
    body: JSON.stringify({ query, resultCount: 0, locale: 'de', idempotencyKey: key('search'), ...(session === undefined ? {} : { session }) }),
  });
}

async function zeroResultSearches(at: string): Promise<EventReport['zeroResultSearches']> {
  now = Date.parse(at);
  const res = await w.send('GET', `/api/org/events/${w.eventId}/report`, undefined, org);
  expect(res.status).toBe(200);
  return ((await res.json()) as EventReport).zeroResultSearches;
}

describe('searches without result, counted once per kiosk visitor session', () => {
  it('one visitor searching a term 5 times (also spelt alike after cleaning) does not publish it', async () => {
    for (const query of ['Imker', 'imker', 'IMKER', 'Imker!', 'imker 2027']) expect((await search(query, sessionId(1))).status).toBe(201);
    const rows = (await w.services.db.execute('SELECT session FROM searches')).rows;
    expect(rows.map((r) => r.session)).toEqual(Array(5).fill(sessionId(1)));
    expect(await zeroResultSearches('2027-03-10T12:00:00Z')).toEqual([]);
    // After the fair too (lists final): still one visitor.
    expect(await zeroResultSearches('2027-03-10T15:00:00Z')).toEqual([]);
  });

  it('5 visitor sessions searching a term publish it, counted as 5 (not as the 7 searches)', async () => {
    for (let s = 1; s <= 5; s += 1) await search('Imker', sessionId(s));
    await search('imker!', sessionId(1));
    await search('IMKER', sessionId(2));
    expect(await zeroResultSearches('2027-03-10T12:00:00Z')).toEqual([{ query: 'imker', count: 5 }]);
  });

  it('keeps lagging while the fair runs: the fifth visitor after the last 5-minute boundary counts from the next one', async () => {
    for (let s = 1; s <= 4; s += 1) await search('Imker', sessionId(s));
    now = Date.parse('2027-03-10T11:58:00Z');
    await search('Imker', sessionId(5));
    expect(await zeroResultSearches('2027-03-10T12:00:00Z')).toEqual([]);
    expect(await zeroResultSearches('2027-03-10T12:06:00Z')).toEqual([{ query: 'imker', count: 5 }]);
  });

  it('searches without a session (older kiosks, rows from before) still count each on their own', async () => {
    // Rows written before migration 8 have no session.
    await addReportRows(w.services, { searches: ['Imker', 'Imker', 'Imker'] }, '2027-03-10T09:30:00.000Z', w.eventId);
    for (let i = 0; i < 2; i += 1) expect((await search('imker')).status).toBe(201);
    expect(await zeroResultSearches('2027-03-10T12:00:00Z')).toEqual([{ query: 'imker', count: 5 }]);
    // Beside them, one session's repeats count once: 4 without a session + 1 session = 5, not 8.
    await search('Schmied');
    await search('Schmied');
    await search('Schmied');
    await search('Schmied');
    for (let i = 0; i < 4; i += 1) await search('Schmied', sessionId(9));
    expect(await zeroResultSearches('2027-03-10T12:06:00Z')).toEqual([
      { query: 'imker', count: 5 },
      { query: 'schmied', count: 5 },
    ]);
  });

  it('refuses a session that is not a random id with 400 naming `session`, storing nothing', async () => {
    for (const session of ['short', 'x'.repeat(65), 'has spaces in it, 1234567', 42, null]) {
      const res = await w.app.request('/api/kiosk/searches', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${kiosk.token}` },
        body: JSON.stringify({ query: 'Imker', resultCount: 0, locale: 'de', idempotencyKey: key('search'), session }),
      });
      expect(res.status, JSON.stringify(session)).toBe(400);
      const body = (await res.json()) as { error: { code: string; details?: { path: string }[] } };
      expect(body.error.code).toBe('INVALID_INPUT');
      expect(body.error.details?.map((d) => d.path)).toEqual(['session']);
    }
    expect(Number((await w.services.db.execute('SELECT COUNT(*) AS n FROM searches')).rows[0]!.n)).toBe(0);
  });
});
