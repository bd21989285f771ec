import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, normalisePairingCode } from '../../src/security/tokens.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

// A code sheet went missing: the organizer sees the pairing codes that were made but not used, and withdraws one.
// Real SQLite file, the organizer routes through app.request, pairing through the real POST /api/pair.

let clock = Date.parse('2027-03-10T08:00:00Z');
let w: OrgWorld;
let org1: Login;
beforeEach(async () => {
  clock = Date.parse('2027-03-10T08:00:00Z');
  w = await orgWorld(() => new Date(clock));
  org1 = await w.org1();
});
afterEach(() => w.dispose());

interface Pending {
  id: string;
  role: string;
  providerId: string | null;
  name: string;
  createdAt: string;
  expiresAt: string;
}
const codesPath = (eventId: string) => `/api/org/events/${eventId}/pairing-codes`;

async function newCode(body: Record<string, unknown>, login = org1, eventId = w.eventId): Promise<string> {
  const res = await w.send('POST', `/api/org/events/${eventId}/devices`, body, login);
  expect(res.status).toBe(201);
  return ((await res.json()) as { code: string }).code;
}
async function pending(login = org1, eventId = w.eventId): Promise<Pending[]> {
  const res = await w.send('GET', codesPath(eventId), undefined, login);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as Pending[];
}
const pair = (code: string) => w.send('POST', '/api/pair', { code });

describe('GET /api/org/events/:id/pairing-codes', () => {
  it('lists the unused, unexpired codes with id, role, provider, name and times, never the code or its hash', async () => {
    const booth = await newCode({ role: 'booth', providerId: 'p-care', name: 'Tablet Stand 1' });
    clock += 1000;
    const kiosk = await newCode({ role: 'kiosk', name: 'Kiosk Eingang' });
    clock += 1000;
    const used = await newCode({ role: 'kiosk', name: 'Kiosk Foyer' });
    expect((await pair(used)).status).toBe(201);

    const list = await pending();
    expect(list.map((c) => [c.name, c.role, c.providerId])).toEqual([
      ['Kiosk Eingang', 'kiosk', null],
      ['Tablet Stand 1', 'booth', 'p-care'],
    ]);
    expect(list[1]).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16,}$/),
      role: 'booth',
      providerId: 'p-care',
      name: 'Tablet Stand 1',
      createdAt: '2027-03-10T08:00:00.000Z',
      expiresAt: '2027-03-10T08:10:00.000Z',
    });
    const text = JSON.stringify(list);
    for (const code of [booth, kiosk]) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(hashToken(normalisePairingCode(code)));
    }
    // Expired codes are no longer pending.
    clock += 10 * 60_000;
    expect(await pending()).toEqual([]);
  });

  it("shows another tenant neither the event nor its codes (404 with a JSON body)", async () => {
    await newCode({ role: 'kiosk', name: 'Kiosk Eingang' });
    const res = await w.send('GET', codesPath(w.eventId), undefined, await w.org2());
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect(await pending(await w.org2(), w.otherEventId)).toEqual([]);
  });
});

describe('DELETE /api/org/events/:id/pairing-codes/:codeId', () => {
  it('withdraws a code (204): pairing with it then fails as with an unknown code, and the other code still pairs', async () => {
    const created = await w.send('POST', `/api/org/events/${w.eventId}/devices`, { role: 'booth', providerId: 'p-care', name: 'Tablet Stand 1' }, org1);
    const { code: lost, id } = (await created.json()) as { code: string; id: string };
    const kept = await newCode({ role: 'kiosk', name: 'Kiosk Eingang' });
    // The answer that shows the code names it by the id the list uses, so the page can withdraw the code it shows.
    expect((await pending()).find((c) => c.name === 'Tablet Stand 1')!.id).toBe(id);

    const res = await w.send('DELETE', `${codesPath(w.eventId)}/${id}`, undefined, org1);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await pending()).map((c) => c.name)).toEqual(['Kiosk Eingang']);

    const refused = await pair(lost);
    const unknown = await pair('ZZZZ-ZZZZ');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual(await unknown.json());
    expect((await pair(kept)).status).toBe(201);
    expect((await w.send('DELETE', `${codesPath(w.eventId)}/${id}`, undefined, org1)).status).toBe(404);
  });

  it("answers 404 (JSON) for another tenant's or another event's code, an unknown id and a used code, and changes nothing", async () => {
    const org2 = await w.org2();
    const theirs = await newCode({ role: 'kiosk', name: 'Kiosk Spandau' }, org2, w.otherEventId);
    const theirId = (await pending(org2, w.otherEventId))[0]!.id;
    await newCode({ role: 'kiosk', name: 'Kiosk Pankow' });
    const ourId = (await pending())[0]!.id;
    const used = await newCode({ role: 'kiosk', name: 'Kiosk Foyer' });
    const usedId = (await pending()).find((c) => c.name === 'Kiosk Foyer')!.id;
    expect((await pair(used)).status).toBe(201);

    const attempts = [
      // Their code under our event, and under their event with our login.
      await w.send('DELETE', `${codesPath(w.eventId)}/${theirId}`, undefined, org1),
      await w.send('DELETE', `${codesPath(w.otherEventId)}/${theirId}`, undefined, org1),
      // Our code through their login.
      await w.send('DELETE', `${codesPath(w.eventId)}/${ourId}`, undefined, org2),
      await w.send('DELETE', `${codesPath(w.otherEventId)}/${ourId}`, undefined, org2),
      await w.send('DELETE', `${codesPath(w.eventId)}/no-such-code`, undefined, org1),
      await w.send('DELETE', `${codesPath(w.eventId)}/${usedId}`, undefined, org1),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
    expect((await pending()).map((c) => c.id)).toEqual([ourId]);
    expect((await pending(org2, w.otherEventId)).map((c) => c.id)).toEqual([theirId]);
    expect((await pair(theirs)).status).toBe(201);
  });

  it('needs the CSRF header, like every unsafe organizer request', async () => {
    await newCode({ role: 'kiosk', name: 'Kiosk Eingang' });
    const id = (await pending())[0]!.id;
    const res = await w.app.request(`${codesPath(w.eventId)}/${id}`, { method: 'DELETE', headers: { cookie: org1.cookie } });
    expect(res.status).toBe(403);
    expect((await pending()).map((c) => c.id)).toEqual([id]);
  });
});
