import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD_1, orgWorld, type Login, type OrgWorld } from './setup.js';

// The organizer prepares the booth tablets' codes the day before (review L10): a code may live until a chosen time,
// within bounds, and a whole lost code sheet is withdrawn in one go. Real SQLite file, organizer routes through
// app.request, pairing through the real POST /api/pair. The event `fair-test` runs 2027-03-10 08:00–14:00 UTC.

let clock = Date.parse('2027-03-09T15:00:00Z');
let w: OrgWorld;
let org1: Login;
beforeEach(async () => {
  clock = Date.parse('2027-03-09T15:00:00Z');
  w = await orgWorld(() => new Date(clock));
  org1 = await w.org1();
});
afterEach(() => w.dispose());

interface ApiErrorBody {
  error: { code: string; details?: { path: string; message: string }[] };
}
const devicesPath = (eventId = w.eventId) => `/api/org/events/${eventId}/devices`;
const codesPath = (eventId = w.eventId) => `/api/org/events/${eventId}/pairing-codes`;
const pair = (code: string) => w.send('POST', '/api/pair', { code });
async function pendingNames(login = org1, eventId = w.eventId): Promise<string[]> {
  const res = await w.send('GET', codesPath(eventId), undefined, login);
  return ((await res.json()) as { name: string }[]).map((c) => c.name).sort();
}

describe('POST …/devices with expiresAt (codes prepared ahead)', () => {
  it('a booth code made the day before, valid until an hour after the start, pairs the next morning exactly once', async () => {
    const res = await w.send('POST', devicesPath(), { role: 'booth', providerId: 'p-care', name: 'Stand 1', expiresAt: '2027-03-10T10:00:00+01:00' }, org1);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { code: string; expiresAt: string; pairUrl: string };
    expect(body.expiresAt).toBe('2027-03-10T09:00:00.000Z');
    expect(body.pairUrl).toMatch(/\/booth#pair=/);
    // It lives up to 14 days, not 10 minutes: 12 characters (~60 bits) instead of 8.
    expect(body.code).toMatch(/^[A-Z2-9]{12}$/);

    clock = Date.parse('2027-03-10T08:40:00Z');
    const paired = await pair(body.code);
    expect(paired.status).toBe(201);
    expect(await paired.json()).toMatchObject({ role: 'booth', eventId: w.eventId, providerId: 'p-care' });
    // Still single-use.
    expect((await pair(body.code)).status).toBe(410);
  });

  it('a code prepared ahead does not pair after its time (410 PAIRING_CODE_EXPIRED) and leaves the pending list', async () => {
    const res = await w.send('POST', devicesPath(), { role: 'kiosk', name: 'Kiosk Eingang', expiresAt: '2027-03-10T08:30:00Z' }, org1);
    const { code } = (await res.json()) as { code: string };
    clock = Date.parse('2027-03-10T08:20:00Z');
    // The next morning the organizer logs in again (yesterday's session has ended).
    org1 = await w.login('anna@pankow.example', PASSWORD_1);
    expect(await pendingNames()).toEqual(['Kiosk Eingang']);
    clock = Date.parse('2027-03-10T08:30:00Z');
    const late = await pair(code);
    expect(late.status).toBe(410);
    expect(((await late.json()) as ApiErrorBody).error.code).toBe('PAIRING_CODE_EXPIRED');
    expect(await pendingNames()).toEqual([]);
  });

  it('without expiresAt a code still lives 10 minutes', async () => {
    const res = await w.send('POST', devicesPath(), { role: 'kiosk', name: 'Kiosk Foyer' }, org1);
    const body = (await res.json()) as { expiresAt: string; code: string };
    expect(body.expiresAt).toBe('2027-03-09T15:10:00.000Z');
    expect(body.code).toMatch(/^[A-Z2-9]{8}$/);
  });

  it('withdraw-all counts only the codes the list shows: an expired one is neither listed nor counted', async () => {
    await w.send('POST', devicesPath(), { role: 'kiosk', name: 'Kiosk Foyer' }, org1);
    clock += 11 * 60_000;
    expect(await pendingNames()).toEqual([]);
    expect(await (await w.send('DELETE', codesPath(), undefined, org1)).json()).toEqual({ withdrawn: 0 });
  });

  it.each([
    ['after the end of the event', '2027-03-10T14:00:01Z', /end of the event/],
    ['now', '2027-03-09T15:00:00Z', /later than now/],
    ['in the past', '2027-03-01T12:00:00Z', /later than now/],
    ['not a timestamp', 'morgen früh', /ISO 8601/],
    ['a date without a time', '2027-03-10', /ISO 8601/],
  ])('refuses an expiresAt %s with 400 naming the field, and makes no code', async (_what, expiresAt, message) => {
    const res = await w.send('POST', devicesPath(), { role: 'booth', providerId: 'p-care', name: 'Stand 1', expiresAt }, org1);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ApiErrorBody;
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual([{ path: 'expiresAt', message: expect.stringMatching(message) }]);
    expect(await pendingNames()).toEqual([]);
  });

  it('refuses a code more than 14 days ahead, even before the event', async () => {
    clock = Date.parse('2027-02-20T09:00:00Z');
    const far = await w.send('POST', devicesPath(), { role: 'kiosk', name: 'Kiosk', expiresAt: '2027-03-06T09:00:01Z' }, org1);
    expect(far.status).toBe(400);
    expect(((await far.json()) as ApiErrorBody).error.details).toEqual([{ path: 'expiresAt', message: 'must be at most 14 days from now' }]);
    const edge = await w.send('POST', devicesPath(), { role: 'kiosk', name: 'Kiosk', expiresAt: '2027-03-06T09:00:00Z' }, org1);
    expect(edge.status).toBe(201);
  });
});

describe('DELETE …/pairing-codes (withdraw all)', () => {
  it('withdraws every unused code of the event at once; used codes and other events are untouched', async () => {
    const codes: string[] = [];
    for (const name of ['Stand 1', 'Stand 2', 'Kiosk 1']) {
      const body = name.startsWith('Kiosk') ? { role: 'kiosk', name } : { role: 'booth', providerId: 'p-care', name };
      const res = await w.send('POST', devicesPath(), { ...body, expiresAt: '2027-03-10T09:00:00Z' }, org1);
      codes.push(((await res.json()) as { code: string }).code);
    }
    const used = (await (await w.send('POST', devicesPath(), { role: 'kiosk', name: 'Kiosk paired' }, org1)).json()) as { code: string };
    expect((await pair(used.code)).status).toBe(201);
    const org2 = await w.org2();
    const theirs = (await (await w.send('POST', devicesPath(w.otherEventId), { role: 'kiosk', name: 'Spandau' }, org2)).json()) as { code: string };

    // Another tenant cannot withdraw our codes.
    expect((await w.send('DELETE', codesPath(), undefined, org2)).status).toBe(404);
    expect(await pendingNames()).toEqual(['Kiosk 1', 'Stand 1', 'Stand 2']);

    const res = await w.send('DELETE', codesPath(), undefined, org1);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ withdrawn: 3 });
    expect(await pendingNames()).toEqual([]);
    for (const code of codes) expect((await pair(code)).status).toBe(400);
    expect(await pendingNames(org2, w.otherEventId)).toEqual(['Spandau']);
    expect((await pair(theirs.code)).status).toBe(201);
    // Nothing left: a second call withdraws nothing.
    expect(await (await w.send('DELETE', codesPath(), undefined, org1)).json()).toEqual({ withdrawn: 0 });
  });
});
