/**
 * Refused contact requests visible to staff (migration 8): a kiosk's contact request the server refuses for good
 * (the kiosk drops it) is counted on the device, with the time, and the organizer's device list shows it. Nothing of
 * the request is kept. Real SQLite file, real routes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orgWorld, type Login, type OrgWorld } from '../org/setup.js';
import type { DeviceView } from '../../src/store/org.js';
import { createPairingCode, key, leadBody, pair } from './setup.js';

let w: OrgWorld;
let org: Login;
let kiosk: { token: string; deviceId: string };
let now = Date.parse('2027-03-10T10:00:00Z');

beforeEach(async () => {
  now = Date.parse('2027-03-10T10:00:00Z');
  w = await orgWorld(() => new Date(now));
  org = await w.org1();
  kiosk = await pair(w.app, await createPairingCode(w.services, w.eventId, 'kiosk', null));
});
afterEach(async () => w.dispose());

const postLead = (body: unknown, token = kiosk.token) =>
  w.app.request('/api/kiosk/leads', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function devices(): Promise<DeviceView[]> {
  const res = await w.send('GET', `/api/org/events/${w.eventId}/devices`, undefined, org);
  expect(res.status).toBe(200);
  return (await res.json()) as DeviceView[];
}
const kioskRow = async () => (await devices()).find((d) => d.id === kiosk.deviceId)!;

describe('contact requests a kiosk loses are counted on the device', () => {
  it('a new kiosk has none', async () => {
    expect(await kioskRow()).toMatchObject({ refusedLeads: 0, lastRefusedAt: null });
  });

  it('a lead with a bad field is refused with 400 and counts 1, with the time; an accepted one does not count', async () => {
    const ok = await postLead(leadBody({ providerId: 'p-debt' }));
    expect(ok.status).toBe(201);
    expect(await kioskRow()).toMatchObject({ refusedLeads: 0, lastRefusedAt: null });

    now = Date.parse('2027-03-10T10:42:00Z');
    const bad = await postLead(leadBody({ providerId: 'p-debt', contact: { phone: 'not a number at all' } }));
    expect(bad.status).toBe(400);
    expect(await kioskRow()).toMatchObject({ refusedLeads: 1, lastRefusedAt: '2027-03-10T10:42:00.000Z' });

    // Refused by the store (not a provider of this event) counts too; the same key again after it is accepted does not.
    now = Date.parse('2027-03-10T10:50:00Z');
    expect((await postLead(leadBody({ providerId: 'p-none' }))).status).toBe(400);
    const row = await kioskRow();
    expect(row).toMatchObject({ refusedLeads: 2, lastRefusedAt: '2027-03-10T10:50:00.000Z' });
    const again = leadBody({ providerId: 'p-care', idempotencyKey: key('again') });
    expect((await postLead(again)).status).toBe(201);
    expect((await postLead(again)).status).toBe(200);
    expect((await kioskRow()).refusedLeads).toBe(2);
    // Only the kiosk that sent them: other devices of the event count nothing.
    expect((await devices()).filter((d) => d.id !== kiosk.deviceId).every((d) => d.refusedLeads === 0)).toBe(true);
  });

  it('keeps nothing of the refused request: only the count and the time change', async () => {
    const before = (await w.services.db.execute({ sql: 'SELECT * FROM devices WHERE id = ?', args: [kiosk.deviceId] })).rows[0]!;
    expect((await postLead(leadBody({ providerId: 'p-debt', contact: { name: 'Erika Mustermann', phone: 'kein-telefon' } }))).status).toBe(400);
    const after = (await w.services.db.execute({ sql: 'SELECT * FROM devices WHERE id = ?', args: [kiosk.deviceId] })).rows[0]!;
    // last_seen_at: any request of the device (store/devices.ts touchDevice), not this one's doing.
    const changed = Object.keys(after).filter((column) => column !== 'last_seen_at' && after[column] !== before[column]);
    expect(changed.sort()).toEqual(['last_refused_at', 'refused_leads']);
    const dump = JSON.stringify((await w.services.db.execute('SELECT * FROM devices')).rows) + JSON.stringify((await w.services.db.execute('SELECT * FROM leads')).rows);
    expect(dump).not.toMatch(/Erika|kein-telefon/);
  });

  it('does not count what the kiosk sends again (a body that is not JSON-typed: 415; no token: 401)', async () => {
    const res = await w.app.request('/api/kiosk/leads', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${kiosk.token}` },
      body: JSON.stringify(leadBody({ providerId: 'p-debt' })),
    });
    expect(res.status).toBe(415);
    expect((await postLead(leadBody({ providerId: 'p-none' }), 'no-such-token-0000000000000000000000000000')).status).toBe(401);
    expect((await kioskRow()).refusedLeads).toBe(0);
  });
});
