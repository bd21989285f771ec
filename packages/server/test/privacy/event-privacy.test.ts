import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWorld, type Login, type OrgWorld } from '../org/setup.js';

// M6 (privacy review): the event's privacy block (controller, contact, DPO, privacy page) is what the visitor
// pages show as the Art. 13 notice. The organizer stores it with the event; the public routes pass it on.

let w: OrgWorld;
let org: Login;
beforeAll(async () => {
  w = await orgWorld();
  org = await w.org1();
});
afterAll(async () => w.dispose());

const E = '/api/org/events/fair-test';
const privacy = {
  controller: 'Jobcenter Berlin Pankow',
  contact: 'Storkower Straße 133, 10407 Berlin · datenschutz@jobcenter-pankow.example',
  dpo: 'dsb@jobcenter-pankow.example',
  url: 'https://jobcenter-pankow.example/datenschutz',
};

describe('event privacy block', () => {
  it('is stored with the event (SQLite) and served on the public event route and on a stand page', async () => {
    expect((await w.send('PATCH', E, { privacy }, org)).status).toBe(200);
    const row = (await w.services.db.execute("SELECT data FROM events WHERE id = 'fair-test'")).rows[0];
    expect(JSON.parse(String(row?.data)).privacy).toEqual(privacy);

    const pub = (await (await w.app.request('/api/events/fair-test/public')).json()) as { event: { privacy?: unknown } };
    expect(pub.event.privacy).toEqual(privacy);

    const made = (await (await w.send('POST', `${E}/stands`, { id: 'st-privacy', providerId: 'p-debt', number: '91' }, org)).json()) as { url: string };
    const stand = (await (await w.app.request(`/api/stand/${made.url.split('/s/')[1]}`)).json()) as { event: { privacy?: unknown } };
    expect(stand.event.privacy).toEqual(privacy);
  });

  it('refuses a privacy page that is not a web address and a missing controller, naming the field, and changes nothing', async () => {
    const before = (await w.services.db.execute("SELECT data FROM events WHERE id = 'fair-test'")).rows[0]?.data;
    for (const [bad, path] of [
      [{ ...privacy, url: 'javascript:alert(1)' }, 'privacy.url'],
      [{ contact: 'a@b.example' }, 'privacy.controller'],
    ] as const) {
      const res = await w.send('PATCH', E, { privacy: bad }, org);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { details?: { path: string }[] } };
      expect(body.error.details?.map((d) => d.path)).toContain(path);
    }
    expect((await w.services.db.execute("SELECT data FROM events WHERE id = 'fair-test'")).rows[0]?.data).toBe(before);
  });
});
