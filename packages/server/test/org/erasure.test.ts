import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { emailKey, phoneKey } from '../../src/store/erasure.js';
import { insertFair, standTokenOf } from '../../src/store/fair.js';
import { createPairingCode, erasedRecorder, fairClock, key, leadBody, pair } from '../field/setup.js';
import { smallFair } from '../fixtures.js';
import { databaseBytes, until } from '../helpers.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

// A person phones the Jobcenter (the controller) and asks that their contact requests be deleted (Art. 17 GDPR).
// The organizer erases them by phone number or e-mail address without seeing any lead: the answer is a number.
// Real SQLite file, the organizer routes through app.request, a real server on 127.0.0.1:0 for the booth tablet's
// socket.io connection.

let w: OrgWorld;
let server: RunningServer;
let org1: Login;
const sockets: Socket[] = [];

beforeEach(async () => {
  w = await orgWorld(fairClock());
  server = await startServer(w.services.config, w.services);
  org1 = await w.org1();
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.close(); // closes the services too
  await w.dispose().catch(() => undefined);
});

/** A contact request at a stand of an event, with the given contact; returns its id. */
async function lead(eventId: string, contact: Record<string, string>, standId = 'st-1'): Promise<string> {
  const token = (await standTokenOf(w.services, eventId, standId))!;
  const res = await w.send('POST', `/api/stand/${token}/leads`, leadBody({ deviceId: key('phone-device'), contact, idempotencyKey: key('lead') }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** A live booth tablet of the provider: records every `erased` it is sent. */
async function liveTablet(eventId: string, providerId: string): Promise<unknown[]> {
  const { token } = await pair(w.app, await createPairingCode(w.services, eventId, 'booth', providerId));
  const { socket, erased } = await erasedRecorder(server.url, token, sockets);
  await socket.emitWithAck('sync', { after: 0 });
  return erased;
}

const leadIds = async () => (await w.services.db.execute('SELECT id FROM leads ORDER BY id')).rows.map((r) => String(r.id)).sort();
const erase = (body: unknown, login = org1, eventId: string | null = w.eventId) =>
  w.send('POST', eventId === null ? '/api/org/erasure' : `/api/org/events/${eventId}/erasure`, body, login);

describe('POST /api/org/events/:id/erasure', () => {
  it("erases a lead whose phone matches in another notation, to the byte, tells the provider's tablets, and leaves the rest", async () => {
    const stored = '+49 30 5557777';
    const gone = await lead(w.eventId, { name: 'Erika Weg', phone: stored });
    const debtToo = await lead(w.eventId, { phone: '(030) 555 77 77', email: 'e.weg@example.org' }, 'st-2');
    const other = await lead(w.eventId, { name: 'Otto Bleibt', phone: '+49 30 5557778' });
    const theirs = await lead(w.otherEventId, { name: 'Erika Weg', phone: '0305557777' }); // the same number, another tenant
    const [care, debt, careOther] = [await liveTablet(w.eventId, 'p-care'), await liveTablet(w.eventId, 'p-debt'), await liveTablet(w.otherEventId, 'p-care')];
    const path = w.services.config.dbUrl.replace(/^file:/, '');
    expect(databaseBytes(path).includes(Buffer.from(stored))).toBe(true);

    const res = await erase({ phone: '0049 (0)30 555-7777' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ deleted: 2 });

    expect(await leadIds()).toEqual([other, theirs].sort());
    await until(() => care.length === 1 && debt.length === 1);
    expect(care).toEqual([{ leadIds: [gone] }]);
    expect(debt).toEqual([{ leadIds: [debtToo] }]);
    const files = databaseBytes(path);
    expect(files.includes(Buffer.from(stored)), 'the phone number is still in the database files').toBe(false);
    expect(files.includes(Buffer.from('(030) 555 77 77')), 'the other notation is still in the database files').toBe(false);
    expect(files.includes(Buffer.from('e.weg@example.org')), 'the e-mail address of an erased lead is still in the files').toBe(false);
    expect(careOther).toEqual([]);
    // The log says how many, never whose.
    const logged = JSON.stringify(w.services.logs);
    expect(logged).toContain('"leads":2');
    expect(logged).not.toContain('5557777');
    expect(logged).not.toContain(gone);
  });

  it('matches an e-mail address trimmed and case-insensitively, and only the event in the path', async () => {
    const secondId = await insertFair(w.services, w.tenant1, smallFair('fair-second'));
    const here = await lead(w.eventId, { email: 'Erika.Weg@Example.org' });
    const elsewhere = await lead(secondId, { email: 'erika.weg@example.org' });
    const near = await lead(w.eventId, { email: 'erika.weg@example.org.uk' });
    expect(await (await erase({ email: '  erika.WEG@example.ORG ' })).json()).toEqual({ deleted: 1 });
    expect(await leadIds()).toEqual([elsewhere, near].sort());
    expect(here).not.toBe(elsewhere);
  });

  it("answers 404 for another tenant's event and erases nothing there", async () => {
    const theirs = await lead(w.otherEventId, { phone: '030 5557777' });
    const res = await erase({ phone: '030 5557777' }, org1, w.otherEventId);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect(await leadIds()).toEqual([theirs]);
  });

  it('refuses a request without e-mail and phone, or with an invalid one, with a 400 naming the field, and changes nothing', async () => {
    const kept = await lead(w.eventId, { phone: '030 5557777', email: 'erika@example.org' });
    const cases: [unknown, string][] = [
      [{}, 'email'],
      [{ email: '', phone: '' }, 'email'],
      [{ phone: 'call me' }, 'phone'],
      // A lead's phone rule lets these through, but fewer than 5 digits match nothing: refused, not "0 deleted".
      [{ phone: '(030)' }, 'phone'],
      [{ phone: '1 2 3 4' }, 'phone'],
      [{ email: 'not an address' }, 'email'],
      [{ phone: '030 5557777', name: 'Erika' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await erase(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = ((await res.json()) as { error: { code: string; details: { path: string }[] } }).error;
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details.map((d) => d.path), JSON.stringify(body)).toContain(field);
    }
    expect(await leadIds()).toEqual([kept]);
  });

  it('needs an organizer login and the CSRF header', async () => {
    const kept = await lead(w.eventId, { phone: '030 5557777' });
    expect((await w.send('POST', `/api/org/events/${w.eventId}/erasure`, { phone: '030 5557777' })).status).toBe(401);
    const noCsrf = await w.app.request(`/api/org/events/${w.eventId}/erasure`, {
      method: 'POST',
      headers: { cookie: org1.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '030 5557777' }),
    });
    expect(noCsrf.status).toBe(403);
    expect(await leadIds()).toEqual([kept]);
  });
});

describe('POST /api/org/erasure (all events of the tenant)', () => {
  it("erases the person's leads in every event of the caller's tenant, never another tenant's", async () => {
    const secondId = await insertFair(w.services, w.tenant1, smallFair('fair-second'));
    await lead(w.eventId, { phone: '+49 170 1234567' });
    await lead(secondId, { phone: '0170/1234567' });
    const theirs = await lead(w.otherEventId, { phone: '0170 1234567' });
    const unrelated = await lead(secondId, { phone: '0170 7654321' });
    const res = await erase({ phone: '01701234567' }, org1, null);
    expect(await res.json()).toEqual({ deleted: 2 });
    expect(await leadIds()).toEqual([theirs, unrelated].sort());
    // And the other tenant's organizer erases theirs alone.
    expect(await (await erase({ phone: '0170 1234567' }, await w.org2(), null)).json()).toEqual({ deleted: 1 });
    expect(await leadIds()).toEqual([unrelated]);
  });
});

describe('phoneKey and emailKey', () => {
  it('treat +49, 0049, a leading 0 and the (0) after the country code alike, and keep other countries apart', () => {
    const berlin = ['+49 30 5557777', '0049 30 5557777', '030 555-7777', '(030) 555 77 77', '+49 (0)30 5557777', '+49 030 5557777', '030/5557777'];
    expect(new Set(berlin.map(phoneKey))).toEqual(new Set(['49305557777']));
    expect(phoneKey('+90 212 5557777')).toBe('902125557777');
    expect(phoneKey('0090 212 5557777')).toBe('902125557777');
    expect(phoneKey('+90 212 5557777')).not.toBe(phoneKey('0212 5557777'));
    expect(phoneKey('030 5557778')).not.toBe(phoneKey('030 5557777'));
    expect(phoneKey('0 12')).toBeUndefined();
    expect(emailKey(' Erika@Example.ORG ')).toBe('erika@example.org');
  });
});
