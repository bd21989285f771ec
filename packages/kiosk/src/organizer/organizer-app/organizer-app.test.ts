import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Event, Provider, Stand } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { OrgApi } from '../api/org-api.js';
import { fromLocalInput } from '../shared/local-time.js';
import { click, typeInto } from '../test-helpers.js';
import type { OrganizerApp } from './organizer-app.js';
import './organizer-app.js';

const event: Event = {
  id: 'markt-pankow',
  title: { de: 'Markt der Möglichkeiten Pankow' },
  startsAt: '2026-03-12T09:00:00.000Z',
  endsAt: '2026-03-12T15:00:00.000Z',
  venue: { name: 'Rathaus Pankow' },
  theme: { targetGroups: [], offerKinds: [], employerFocus: false },
  languages: ['de', 'en'],
  retentionDays: 30,
  floorPlan: { width: 40, height: 20 },
  leadTags: [],
};
const providers: Provider[] = [{ id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } }];
const stands: (Stand & { url: string })[] = [
  { id: 's1', eventId: 'markt-pankow', providerId: 'p1', number: '12', position: { x: 5, y: 5 }, url: 'https://markt.example/s/tok' },
];

/** Opens an event from the list (waiting for it to be listed) and its floor-plan tab. */
async function openFloorPlan(root: ShadowRoot, eventId: string): Promise<void> {
  await waitUntil(() => root.querySelector(`[data-event="${eventId}"] button.open`));
  await click(root.querySelector(`[data-event="${eventId}"] button.open`)!);
  await waitUntil(() => root.querySelector('#tab-floor'));
  await click(root.querySelector('#tab-floor')!);
}

/** A stand-in for the organizer API (routes as in docs/architecture.md), injected as the app's fetch. */
function serverStandIn(
  options: {
    putStand?: (body: Stand) => Promise<Response>;
    expired?: () => boolean;
    /** The event's stands as the server has them now (default: the fixed list above). */
    standList?: () => Stand[];
    /** Answers `POST …/import?kind=…` with the CSV text. */
    importCsv?: (kind: string, csv: string) => Promise<Response>;
    /** The event as the server has it (default: the fixed one above). */
    event?: Event;
    /** `POST /api/org/events` stores the event (default: refused with a field error). */
    acceptNewEvents?: boolean;
  } = {},
) {
  let loggedIn = false;
  const events: Event[] = [options.event ?? event];
  const requests: { method: string; url: string; body: unknown; csrf: string | null }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    const url = String(input);
    // A CSV import sends its text as it is; everything else is JSON.
    const csv = new Headers(init?.headers).get('content-type') === 'text/csv';
    const body = typeof init?.body === 'string' ? (csv ? init.body : JSON.parse(init.body)) : undefined;
    requests.push({ method, url, body, csrf: new Headers(init?.headers).get('x-csrf-token') });
    const session = { user: { id: 'u1', email: 'amt@jobcenter.example', name: 'Frau Amt' }, tenant: { id: 't1', name: 'Jobcenter Pankow' }, csrfToken: 'csrf-9' };
    if (url === '/api/auth/me') return loggedIn ? Response.json(session) : Response.json({ error: { code: 'UNAUTHORIZED', message: 'Sign in.' } }, { status: 401 });
    if (options.expired?.() && url.startsWith('/api/org/')) return Response.json({ error: { code: 'UNAUTHORIZED', message: 'Log in or pair this device first.' } }, { status: 401 });
    if (url === '/api/auth/login') {
      loggedIn = true;
      // Another address signs in as another person of another organisation.
      const email = (body as { email?: string } | undefined)?.email;
      return Response.json(email && email !== session.user.email ? { ...session, user: { id: 'u2', email }, tenant: { id: 't2', name: 'Jobcenter Mitte' } } : session);
    }
    if (url === '/api/org/events' && method === 'POST' && options.acceptNewEvents) {
      events.push(body as Event);
      return Response.json(body, { status: 201 });
    }
    if (/^\/api\/org\/events\/[\w-]+\/(providers|offers|stands)$/.test(url) && !url.includes('markt-pankow') && method === 'GET') return Response.json([]);
    if (url === '/api/org/events' && method === 'POST') {
      return Response.json({ error: { code: 'INVALID_INPUT', message: 'see details', details: [{ path: 'venue.name', message: 'is already booked that day' }] } }, { status: 400 });
    }
    if (url === '/api/org/events') return Response.json(events);
    if (url === '/api/org/events/markt-pankow/clone' && method === 'POST') {
      const b = body as { title: Event['title']; startsAt: string; endsAt: string; venue: Event['venue'] };
      events.push({ ...event, id: 'markt-pankow-2', title: b.title, startsAt: b.startsAt, endsAt: b.endsAt, venue: b.venue });
      return Response.json(events.at(-1), { status: 201 });
    }
    if (url === '/api/org/events/markt-pankow-2/providers') return Response.json(providers);
    if (url === '/api/org/events/markt-pankow-2/offers') return Response.json([]);
    if (url === '/api/org/events/markt-pankow-2/stands') return Response.json([]);
    if (url === '/api/org/events/markt-pankow/providers' && method === 'POST') return Response.json(body, { status: 201 });
    if (url === '/api/org/events/markt-pankow/providers') return Response.json(providers);
    if (url === '/api/org/events/markt-pankow/offers') return Response.json([]);
    if (url === '/api/org/events/markt-pankow/stands' && method === 'POST') return Response.json({ ...body, url: 'https://markt.example/s/new' }, { status: 201 });
    if (url === '/api/org/events/markt-pankow/stands') return Response.json(options.standList?.() ?? stands);
    const kind = /^\/api\/org\/events\/markt-pankow\/import\?kind=(\w+)/.exec(url)?.[1];
    if (kind && method === 'POST' && options.importCsv) return options.importCsv(kind, String(body));
    if (url === '/api/org/events/markt-pankow' && method === 'PATCH') {
      // The server's merge patch on the top level: another organizer renamed the venue meanwhile.
      const current = { ...events[0]!, venue: { name: 'Rathaus Pankow, Saal 2' } };
      events[0] = { ...current, ...(body as Partial<Event>) };
      // null removes an optional field.
      for (const [key, value] of Object.entries(body as object)) if (value === null) delete (events[0] as unknown as Record<string, unknown>)[key];
      return Response.json(events[0]);
    }
    if (url === '/api/org/events/markt-pankow/stands/s1' && method === 'DELETE') return new Response(null, { status: 204 });
    if (url === '/api/org/events/markt-pankow/stands/s1' && method === 'PUT' && options.putStand) return options.putStand(body as Stand);
    if (url === '/api/org/events/markt-pankow/stands/s1' && method === 'PUT') return Response.json({ ...body, url: 'https://markt.example/s/tok' });
    return Response.json({ error: { code: 'NOT_FOUND', message: `no stand-in for ${method} ${url}` } }, { status: 404 });
  };
  return { api: new OrgApi({ fetch: fetchImpl }), requests };
}

describe('markt-organizer-app', () => {
  // The app keeps the open event and tab in the page's hash: each test starts at the list.
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('signs in, lists the events, opens one in tabs and saves a stand moved by keyboard', async () => {
    const { api, requests } = serverStandIn();
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('markt-login-form'));
    await expectAccessible(el);
    const login = root.querySelector('markt-login-form')!.shadowRoot!;
    await typeInto(login.querySelector('#email')!, 'amt@jobcenter.example');
    await typeInto(login.querySelector('#password')!, 'geheim');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"]'));
    expect(root.querySelector('header')?.textContent).to.contain('Jobcenter Pankow');
    await expectAccessible(el);

    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    await waitUntil(() => root.querySelector('[role="tablist"]'));
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim()).to.equal('Überblick & Einrichtung');
    await expectAccessible(el);

    // Arrow keys move between tabs (automatic activation).
    root.querySelector<HTMLElement>('#tab-overview')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.id).to.equal('tab-floor');
    const editor = root.querySelector('markt-floor-plan-editor')!;
    await waitUntil(() => editor.shadowRoot?.querySelector('[data-stand="s1"]'));
    editor.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
    await sendKeys({ press: 'Enter' }); // pick the stand up: the arrow keys then move it
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => requests.some((r) => r.method === 'PUT'));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url).to.equal('/api/org/events/markt-pankow/stands/s1');
    expect(put.csrf).to.equal('csrf-9');
    expect(put.body).to.deep.equal({ id: 's1', eventId: 'markt-pankow', providerId: 'p1', number: '12', position: { x: 6, y: 5 } });
  });

  it("shows the server's per-field errors for a new event and switches the language", async () => {
    const { api, requests } = serverStandIn();
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('button.new-event'));
    await click(root.querySelector('button.new-event')!);
    await el.updateComplete;
    const form = root.querySelector('markt-event-form')!;
    const field = (id: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    await typeInto(field('id'), 'markt-buch');
    await typeInto(field('titleDe'), 'Markt Buch');
    field('startsAt').value = '2026-05-05T10:00';
    field('endsAt').value = '2026-05-05T14:00';
    await typeInto(field('venueName'), 'Schloss Buch');
    await click(form.shadowRoot!.querySelector('button[type="submit"]')!);
    await waitUntil(() => form.shadowRoot!.querySelector('#venueName-error'));
    expect(form.shadowRoot!.querySelector('#venueName-error')?.textContent).to.equal('is already booked that day');
    const post = requests.find((r) => r.method === 'POST' && r.url === '/api/org/events')!;
    expect((post.body as { id: string; venue: { name: string } }).venue.name).to.equal('Schloss Buch');
    expect(post.csrf).to.equal('csrf-9');

    const language = root.querySelector<HTMLSelectElement>('header select')!;
    language.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await form.updateComplete;
    expect(root.querySelector('h2')?.textContent).to.equal('New event');
    expect(form.shadowRoot!.querySelector('label[for="venueName"]')?.textContent).to.equal('Venue');
  });

  it('"Neue Veranstaltung" opened with Enter puts the focus on the new form\'s first field, not on the page (review L6)', async () => {
    const { api } = serverStandIn();
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('button.new-event'));
    root.querySelector<HTMLButtonElement>('button.new-event')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('markt-event-form'));
    const form = root.querySelector('markt-event-form')!;
    await waitUntil(() => form.shadowRoot?.activeElement, 'a field of the form has the focus');
    const first = form.shadowRoot!.querySelector('input, select, textarea');
    expect(document.activeElement).to.equal(el);
    expect(root.activeElement).to.equal(form);
    expect(form.shadowRoot!.activeElement).to.equal(first);
    // Typing goes straight into it.
    await sendKeys({ type: 'markt-weissensee' });
    expect((first as HTMLInputElement).value).to.equal('markt-weissensee');
    await expectAccessible(el);
  });

  it('makes a new event from an existing one with "Als Vorlage verwenden" and opens it', async () => {
    const { api, requests } = serverStandIn();
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.template'));
    const button = root.querySelector<HTMLButtonElement>('[data-event="markt-pankow"] button.template')!;
    expect(button.getAttribute('aria-label')).to.equal('Als Vorlage verwenden: Markt der Möglichkeiten Pankow');
    await click(button);
    await waitUntil(() => root.querySelector('markt-clone-form')?.shadowRoot?.querySelector('form'));
    const form = root.querySelector('markt-clone-form')!;
    const f = form.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).to.contain('Markt der Möglichkeiten Pankow');
    await expectAccessible(el);
    const field = (id: string) => f.querySelector<HTMLInputElement>(`#${id}`)!;
    expect(field('cloneTitleDe').value).to.equal('Markt der Möglichkeiten Pankow');
    expect(field('cloneVenueName').value).to.equal('Rathaus Pankow');

    // Without dates nothing is sent; the fields say why.
    await click(f.querySelector('button[type="submit"]')!);
    await waitUntil(() => f.querySelector('#cloneStartsAt-error'));
    expect(field('cloneStartsAt').getAttribute('aria-invalid')).to.equal('true');
    expect(requests.some((r) => r.url.endsWith('/clone'))).to.equal(false);
    await expectAccessible(el);

    field('cloneTitleDe').value = '';
    await typeInto(field('cloneTitleDe'), 'Herbstmarkt Pankow');
    field('cloneStartsAt').value = '2027-10-05T10:00';
    field('cloneEndsAt').value = '2027-10-05T15:00';
    field('cloneVenueName').value = '';
    await typeInto(field('cloneVenueName'), 'Kulturhaus Pankow');
    // Offers only with their providers: without providers the offers box is off and disabled.
    const providersBox = f.querySelector<HTMLInputElement>('input[name="includeProviders"]')!;
    const offersBox = f.querySelector<HTMLInputElement>('input[name="includeOffers"]')!;
    await click(providersBox);
    await form.updateComplete;
    expect(offersBox.disabled).to.equal(true);
    expect(offersBox.checked).to.equal(false);
    await click(providersBox);
    await form.updateComplete;
    expect(offersBox.disabled).to.equal(false);
    await click(offersBox);
    await click(f.querySelector('button[type="submit"]')!);

    await waitUntil(() => root.querySelector('.event-title')?.textContent === 'Herbstmarkt Pankow', JSON.stringify(requests.at(-1)), { timeout: 3000 });
    const post = requests.find((r) => r.method === 'POST' && r.url === '/api/org/events/markt-pankow/clone')!;
    expect(post.csrf).to.equal('csrf-9');
    expect(post.body).to.deep.equal({
      title: { de: 'Herbstmarkt Pankow' },
      startsAt: fromLocalInput('2027-10-05T10:00'),
      endsAt: fromLocalInput('2027-10-05T15:00'),
      venue: { name: 'Kulturhaus Pankow' },
      includeProviders: true,
      includeOffers: false,
    });
    expect((post.body as { startsAt: string }).startsAt).to.match(/^2027-10-05T10:00:00[+-]\d\d:\d\d$/);
    await waitUntil(() => root.querySelector('[role="status"]')?.textContent?.includes('„Herbstmarkt Pankow“ aus der Vorlage angelegt.'));
    await expectAccessible(el);
    await click(root.querySelector('button.back')!);
    await waitUntil(() => root.querySelectorAll('ul.events li').length === 2);
    expect(root.querySelector('[data-event="markt-pankow-2"]')?.textContent).to.contain('Kulturhaus Pankow');
  });

  it('adds a stand sized to the plan and deletes a stand only after "really delete?"', async () => {
    const { api, requests } = serverStandIn();
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await openFloorPlan(root, 'markt-pankow');
    await waitUntil(() => root.querySelector('form.delete-stand option[value="s1"]'));

    // The only stand has no size: the new one gets 5 % × 6 % of the 40 × 20 plan.
    await typeInto(root.querySelector<HTMLInputElement>('#standNumber')!, '14');
    await click(root.querySelector('form.add-stand button[type="submit"]')!);
    await waitUntil(() => requests.some((r) => r.method === 'POST' && r.url.endsWith('/stands')));
    const post = requests.find((r) => r.method === 'POST' && r.url.endsWith('/stands'))!;
    const { id: newId, ...added } = post.body as Stand;
    expect(newId).to.match(/^stand-14/);
    expect(added).to.deep.equal({ eventId: 'markt-pankow', providerId: 'p1', number: '14', size: { w: 2, h: 1 } });
    await waitUntil(() => root.querySelector('markt-floor-plan-editor')!.shadowRoot!.querySelector(`[data-stand="${newId}"]`));

    // Delete: first a question; "keep it" sends nothing.
    await click(root.querySelector('form.delete-stand button[type="submit"]')!);
    await waitUntil(() => root.querySelector('.confirm-delete'));
    expect(root.querySelector('#confirm-delete-text')?.textContent).to.equal(
      'Stand 12 (Bildungswerk Nord) wirklich löschen? Der QR-Code auf seinem Plakat funktioniert dann nicht mehr, und seine Schichten im Dienstplan werden mit gelöscht.',
    );
    expect(root.activeElement?.textContent?.trim()).to.equal('Ja, löschen');
    await expectAccessible(el);
    await click(root.querySelector('.confirm-delete button.secondary')!);
    await waitUntil(() => root.querySelector('form.delete-stand'));
    expect(requests.some((r) => r.method === 'DELETE')).to.equal(false);

    await click(root.querySelector('form.delete-stand button[type="submit"]')!);
    await waitUntil(() => root.querySelector('.confirm-delete button.danger'));
    await click(root.querySelector('.confirm-delete button.danger')!);
    await waitUntil(() => root.querySelector('[role="status"]')?.textContent === 'Stand 12 gelöscht.');
    const del = requests.find((r) => r.method === 'DELETE')!;
    expect(del.url).to.equal('/api/org/events/markt-pankow/stands/s1');
    expect(del.csrf).to.equal('csrf-9');
    const editor = root.querySelector('markt-floor-plan-editor')!;
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('[data-stand="s1"]')).to.equal(null);
    expect(root.querySelectorAll('form.delete-stand option').length).to.equal(1);
  });
  it('refuses a stand number that is taken (two posters "Stand 12"), says which stand has it, and confirms an added stand', async () => {
    const { api, requests } = serverStandIn();
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await openFloorPlan(root, 'markt-pankow');
    await waitUntil(() => root.querySelector('form.delete-stand option[value="s1"]'));
    const number = root.querySelector<HTMLInputElement>('#standNumber')!;
    await typeInto(number, ' 12 ');
    await click(root.querySelector('form.add-stand button[type="submit"]')!);
    await el.updateComplete;
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/stands'))).to.equal(false);
    expect(root.querySelector('#standNumber-error')?.textContent).to.equal(
      'Stand 12 gibt es schon (Bildungswerk Nord). Bitte wählen Sie eine andere Nummer: Jeder Stand braucht sein eigenes Plakat mit QR-Code.',
    );
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect(number.getAttribute('aria-describedby')).to.equal('standNumber-error');
    await expectAccessible(el);

    number.select();
    await typeInto(number, '14');
    await el.updateComplete;
    expect(root.querySelector('#standNumber-error')).to.equal(null);
    number.value = '14';
    await click(root.querySelector('form.add-stand button[type="submit"]')!);
    await waitUntil(() => root.querySelector('[role="status"]')?.textContent === 'Stand 14 angelegt.');
    expect(requests.filter((r) => r.method === 'POST' && r.url.endsWith('/stands'))).to.have.length(1);
  });

  it('when the session ends in a panel, asks to sign in again (saying why) and then returns to the same event and tab', async () => {
    let expired = false;
    const { api } = serverStandIn({ expired: () => expired });
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.open'));
    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    await waitUntil(() => root.querySelector('#tab-devices'));
    // The devices panel loads its own list: the session has ended meanwhile.
    expired = true;
    await click(root.querySelector('#tab-devices')!);
    await waitUntil(() => root.querySelector('markt-login-form'), 'the sign-in form', { timeout: 3000 });
    expect(root.querySelector('[role="status"]')?.textContent).to.equal('Sie sind nicht mehr angemeldet. Bitte melden Sie sich neu an.');
    expect(root.querySelector('header')?.textContent).not.to.contain('Jobcenter Pankow');

    expired = false;
    const login = root.querySelector('markt-login-form')!.shadowRoot!;
    await typeInto(login.querySelector('#email')!, 'amt@jobcenter.example');
    await typeInto(login.querySelector('#password')!, 'geheim');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('#tab-devices[aria-selected="true"]'), 'back on the devices tab', { timeout: 3000 });
    expect(root.querySelector('.event-title')?.textContent).to.equal('Markt der Möglichkeiten Pankow');
    expect(root.querySelector('[role="status"]')?.textContent).to.equal('');
  });

  it('says that the server cannot be reached when it opens, instead of only asking to sign in', async () => {
    const api = new OrgApi({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('markt-login-form'));
    await waitUntil(() => root.querySelector('[role="status"]')?.textContent);
    expect(root.querySelector('[role="status"]')?.textContent).to.equal(
      'Das hat nicht geklappt: Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es noch einmal.',
    );
  });

  it('saves a changed hall size as a patch of the plan only, so it does not undo what someone else changed meanwhile', async () => {
    const { api, requests } = serverStandIn();
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await openFloorPlan(root, 'markt-pankow');
    const editor = root.querySelector('markt-floor-plan-editor')!;
    await waitUntil(() => editor.shadowRoot?.querySelector('#width'));
    editor.shadowRoot!.querySelector<HTMLInputElement>('#width')!.value = '60';
    await click(editor.shadowRoot!.querySelector('form.settings button[type="submit"]')!);
    await waitUntil(() => requests.some((r) => r.method === 'PATCH'));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.body).to.deep.equal({ floorPlan: { width: 60, height: 20 } });
    await waitUntil(() => root.querySelector('[role="status"]')?.textContent === 'Gespeichert.');
    await click(root.querySelector('#tab-overview')!);
    await waitUntil(() => root.querySelector('markt-event-form')?.shadowRoot?.querySelector('#venueName'));
    expect(root.querySelector('markt-event-form')!.shadowRoot!.querySelector<HTMLInputElement>('#venueName')!.value).to.equal('Rathaus Pankow, Saal 2');
  });

  it('removes the privacy notice on the server when the organizer empties its fields (a merge patch would keep it)', async () => {
    const privacy = { controller: 'Jobcenter Berlin Pankow', contact: 'datenschutz@jobcenter.example' };
    const { api, requests } = serverStandIn({ event: { ...event, privacy } });
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.open'));
    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    const form = () => root.querySelector('markt-event-form')?.shadowRoot;
    await waitUntil(() => form()?.querySelector<HTMLInputElement>('#privacyController')?.value === privacy.controller);
    for (const id of ['#privacyController', '#privacyContact']) form()!.querySelector<HTMLInputElement>(id)!.value = '';
    await click(form()!.querySelector('button[type="submit"]')!);
    await waitUntil(() => requests.some((r) => r.method === 'PATCH'));
    expect((requests.find((r) => r.method === 'PATCH')!.body as Record<string, unknown>).privacy).to.equal(null);
    await waitUntil(() => root.querySelector('[role="status"]')?.textContent === 'Gespeichert.');
  });

  it('never shows the stands of the event opened before under another event, also when its lists come late', async () => {
    const other: Event = { ...event, id: 'markt-buch', title: { de: 'Markt Buch' } };
    const standsOf: Record<string, Stand[]> = {
      'markt-pankow': [{ id: 's1', eventId: 'markt-pankow', providerId: 'p1', number: '12', position: { x: 5, y: 5 } }],
      'markt-buch': [{ id: 'b1', eventId: 'markt-buch', providerId: 'p1', number: 'B1', position: { x: 9, y: 9 } }],
    };
    const held: (() => void)[] = [];
    let hold = false;
    const session = { user: { id: 'u1', email: 'amt@jobcenter.example' }, tenant: { id: 't1', name: 'Jobcenter Pankow' }, csrfToken: 'c' };
    const fetchImpl: typeof fetch = async (input) => {
      const url = String(input);
      if (url === '/api/auth/me') return Response.json(session);
      if (url === '/api/org/events') return Response.json([event, other]);
      const list = /^\/api\/org\/events\/([^/]+)\/(providers|offers|stands)$/.exec(url);
      if (!list) return Response.json({ error: { code: 'NOT_FOUND', message: url } }, { status: 404 });
      const body = list[2] === 'providers' ? providers : list[2] === 'offers' ? [] : standsOf[list[1]!];
      if (!hold) return Response.json(body);
      return new Promise<Response>((resolve) => held.push(() => resolve(Response.json(body))));
    };
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${new OrgApi({ fetch: fetchImpl })}></markt-organizer-app>`);
    const root = el.shadowRoot!;
    const standIds = () => [...(root.querySelector('markt-floor-plan-editor')?.shadowRoot?.querySelectorAll('[data-stand]') ?? [])].map((g) => g.getAttribute('data-stand'));
    await openFloorPlan(root, 'markt-pankow');
    await waitUntil(() => standIds().length === 1);
    expect(standIds()).to.deep.equal(['s1']);

    // Back, and open the other event while the network is slow: none of the first event's stands.
    hold = true;
    await click(root.querySelector('button.back')!);
    await openFloorPlan(root, 'markt-buch');
    await el.updateComplete;
    expect(standIds()).to.deep.equal([]);
    expect(root.querySelectorAll('form.delete-stand option')).to.have.length(0);

    // Back again and open the first event, then the second one: the first one's late lists are not taken.
    await click(root.querySelector('button.back')!);
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.open'));
    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    await waitUntil(() => root.querySelector('button.back'));
    await click(root.querySelector('button.back')!);
    await waitUntil(() => root.querySelector('[data-event="markt-buch"] button.open'));
    hold = false;
    await openFloorPlan(root, 'markt-buch');
    await waitUntil(() => standIds().length === 1);
    for (const release of held.splice(0)) release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(root.querySelector('.event-title')?.textContent).to.equal('Markt Buch');
    expect(standIds()).to.deep.equal(['b1']);
  });

  describe('a write answering after another event was opened', () => {
    const other: Event = { ...event, id: 'markt-buch', title: { de: 'Markt Buch' }, floorPlan: { width: 30, height: 30 } };
    /** Two events whose stands share the id "s1"; PATCH, image PUT and stand PUT answers wait until released. */
    function twoEvents() {
      const requests: { method: string; url: string; body: unknown }[] = [];
      const held: (() => void)[] = [];
      const session = { user: { id: 'u1', email: 'amt@jobcenter.example' }, tenant: { id: 't1', name: 'Jobcenter Pankow' }, csrfToken: 'c' };
      const store: Record<string, Event> = { 'markt-pankow': event, 'markt-buch': other };
      const standsOf: Record<string, Stand[]> = {
        'markt-pankow': [{ id: 's1', eventId: 'markt-pankow', providerId: 'p1', number: '12', position: { x: 5, y: 5 } }],
        'markt-buch': [{ id: 's1', eventId: 'markt-buch', providerId: 'p1', number: 'B1', position: { x: 20, y: 20 } }],
      };
      const later = (answer: () => Response) => new Promise<Response>((resolve) => held.push(() => resolve(answer())));
      const fetchImpl: typeof fetch = async (input, init) => {
        const url = String(input);
        const method = init?.method ?? 'GET';
        const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
        requests.push({ method, url, body });
        if (url === '/api/auth/me') return Response.json(session);
        if (url === '/api/org/events') return Response.json(Object.values(store));
        const one = /^\/api\/org\/events\/([^/]+)$/.exec(url);
        if (one && method === 'PATCH') {
          const id = one[1]!;
          return later(() => Response.json((store[id] = { ...store[id]!, ...(body as Partial<Event>) })));
        }
        const image = /^\/api\/org\/events\/([^/]+)\/floor-plan-image$/.exec(url);
        if (image && method === 'PUT') return later(() => Response.json({ imageUrl: `/api/events/${image[1]}/floor-plan-image`, type: 'image/png', size: 4, etag: 'e1' }));
        const put = /^\/api\/org\/events\/([^/]+)\/stands\/s1$/.exec(url);
        if (put && method === 'PUT') return later(() => Response.json(body));
        const list = /^\/api\/org\/events\/([^/]+)\/(providers|offers|stands)$/.exec(url);
        if (list) return Response.json(list[2] === 'providers' ? providers : list[2] === 'offers' ? [] : standsOf[list[1]!]);
        return Response.json({ error: { code: 'NOT_FOUND', message: url } }, { status: 404 });
      };
      return { api: new OrgApi({ fetch: fetchImpl }), requests, held };
    }

    async function openFloorOf(root: ShadowRoot, id: string) {
      await openFloorPlan(root, id);
      const editor = root.querySelector('markt-floor-plan-editor')!;
      await waitUntil(() => editor.shadowRoot?.querySelector('[data-stand="s1"]'));
      return editor;
    }

    async function releaseAll(el: OrganizerApp, held: (() => void)[]) {
      for (let round = 0; round < 3; round += 1) {
        for (const release of held.splice(0)) release();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await el.updateComplete;
    }

    it('a hall size saved for event A does not replace event B opened meanwhile', async () => {
      const { api, requests, held } = twoEvents();
      const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
      const root = el.shadowRoot!;
      let editor = await openFloorOf(root, 'markt-pankow');
      editor.shadowRoot!.querySelector<HTMLInputElement>('#width')!.value = '60';
      await click(editor.shadowRoot!.querySelector('form.settings button[type="submit"]')!);
      await waitUntil(() => requests.some((r) => r.method === 'PATCH'));
      await click(root.querySelector('button.back')!);
      editor = await openFloorOf(root, 'markt-buch');
      await releaseAll(el, held);
      expect(root.querySelector('.event-title')?.textContent).to.equal('Markt Buch');
      expect(editor.floorPlan).to.deep.equal({ width: 30, height: 30 });
      expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).to.deep.equal(['/api/org/events/markt-pankow']);
      expect(root.querySelector('[role="status"]')?.textContent).to.equal('');
    });

    it('an image uploaded for event A is not written into event B opened meanwhile', async () => {
      const { api, requests, held } = twoEvents();
      const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
      const root = el.shadowRoot!;
      let editor = await openFloorOf(root, 'markt-pankow');
      const input = editor.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'halle.png', { type: 'image/png' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => requests.some((r) => r.url.endsWith('/floor-plan-image')));
      await click(root.querySelector('button.back')!);
      editor = await openFloorOf(root, 'markt-buch');
      await releaseAll(el, held);
      expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).to.not.include('/api/org/events/markt-buch');
      expect(root.querySelector('.event-title')?.textContent).to.equal('Markt Buch');
      expect(editor.floorPlan).to.deep.equal({ width: 30, height: 30 });
    });

    it('a stand move saved for event A does not redraw the stand with the same id in event B', async () => {
      const { api, requests, held } = twoEvents();
      const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
      const root = el.shadowRoot!;
      let editor = await openFloorOf(root, 'markt-pankow');
      editor.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
      await sendKeys({ press: 'Enter' }); // pick the stand up: the arrow keys then move it
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => requests.some((r) => r.method === 'PUT'));
      await click(root.querySelector('button.back')!);
      editor = await openFloorOf(root, 'markt-buch');
      // A move in B right away: its save is B's own, not queued behind A's save of "s1".
      editor.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
      await sendKeys({ press: 'Enter' }); // pick the stand up: the arrow keys then move it
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => requests.some((r) => r.method === 'PUT' && r.url === '/api/org/events/markt-buch/stands/s1'), 'B saves its own stand');
      await releaseAll(el, held);
      await editor.updateComplete;
      expect(editor.positionOf('s1')).to.deep.equal({ x: 20, y: 21 });
      expect(editor.shadowRoot!.querySelector('[data-stand="s1"]')?.getAttribute('aria-label')).to.contain('B1');
    });
    it('keeps the queued newest position of a stand when another event is opened, and coming back joins the same save loop', async () => {
      const { api, requests, held } = twoEvents();
      const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
      const root = el.shadowRoot!;
      const putsOfA = () => requests.filter((r) => r.method === 'PUT' && r.url === '/api/org/events/markt-pankow/stands/s1');
      let editor = await openFloorOf(root, 'markt-pankow');
      editor.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
      await sendKeys({ press: 'Enter' }); // pick the stand up: the arrow keys then move it
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => putsOfA().length === 1);
      // The second step waits behind the first save (x 6), which answers only later.
      await sendKeys({ press: 'ArrowRight' });
      await click(root.querySelector('button.back')!);
      await openFloorOf(root, 'markt-buch');
      await click(root.querySelector('button.back')!);
      editor = await openFloorOf(root, 'markt-pankow');
      // Back in A within the round trip: the queued position is still there, over the server's older list.
      await waitUntil(() => editor.positionOf('s1')?.x === 7, 'the queued position is shown');
      editor.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
      await sendKeys({ press: 'Enter' }); // pick the stand up: the arrow keys then move it
      await sendKeys({ press: 'ArrowRight' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // No second save loop for the same stand: still only the first save is on its way.
      expect(putsOfA().length).to.equal(1);
      await releaseAll(el, held);
      await editor.updateComplete;
      expect(putsOfA().map((r) => (r.body as Stand).position)).to.deep.equal([
        { x: 6, y: 5 },
        { x: 8, y: 5 },
      ]);
      expect(editor.positionOf('s1')).to.deep.equal({ x: 8, y: 5 });
    });
  });

  describe('moving a stand', () => {
    /** PUT answers held until the test releases them (a slow network), counting how many overlap. */
    function slowPuts() {
      const held: { body: Stand; answer: (response: Response) => void }[] = [];
      let inFlight = 0;
      let maxInFlight = 0;
      const putStand = (body: Stand) =>
        new Promise<Response>((resolve) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          held.push({
            body,
            answer: (response) => {
              inFlight -= 1;
              resolve(response);
            },
          });
        });
      return { held, putStand, maxInFlight: () => maxInFlight };
    }

    async function openFloor(putStand: (body: Stand) => Promise<Response>) {
      const { api, requests } = serverStandIn({ putStand });
      await api.login('amt@jobcenter.example', 'geheim');
      const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
      const root = el.shadowRoot!;
      await openFloorPlan(root, 'markt-pankow');
      const editor = root.querySelector('markt-floor-plan-editor')!;
      await waitUntil(() => editor.shadowRoot?.querySelector('[data-stand="s1"]'));
      editor.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
      await sendKeys({ press: 'Enter' }); // pick the stand up: the arrow keys then move it
      return { el, root, editor, requests };
    }

    it('keeps every arrow-key step while earlier saves are on their way, and saves them one after another', async () => {
      const slow = slowPuts();
      const { el, editor } = await openFloor(slow.putStand);
      const saved = (body: Stand) => Response.json({ ...body, url: 'https://markt.example/s/tok' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => slow.held.length >= 1);
      // The first answer arrives after the second step and before the third.
      slow.held[0]!.answer(saved(slow.held[0]!.body));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      await editor.updateComplete;
      expect(editor.positionOf('s1')).to.deep.equal({ x: 7, y: 5 });
      await sendKeys({ press: 'ArrowRight' });
      expect(editor.positionOf('s1')).to.deep.equal({ x: 8, y: 5 });
      // Answer every further save as it comes, until none follows.
      let answered = 1;
      for (let idle = 0; idle < 3; idle += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        while (answered < slow.held.length) {
          slow.held[answered]!.answer(saved(slow.held[answered]!.body));
          answered += 1;
          idle = -1;
        }
      }
      await el.updateComplete;
      await editor.updateComplete;
      expect(slow.maxInFlight()).to.equal(1);
      expect(slow.held.at(-1)!.body.position).to.deep.equal({ x: 8, y: 5 });
      expect(editor.positionOf('s1')).to.deep.equal({ x: 8, y: 5 });
    });

    it('draws the stand back where it is saved when the server refuses the move, and says so', async () => {
      let answers = 0;
      const { root, el, editor } = await openFloor(async (body) =>
        (answers += 1) === 1
          ? Response.json({ error: { code: 'INTERNAL', message: 'Die Datenbank ist gerade nicht erreichbar.' } }, { status: 503 })
          : Response.json({ ...body, url: 'https://markt.example/s/tok' }),
      );
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => root.querySelector('[role="status"]')?.textContent?.includes('Beim Server ist ein Fehler aufgetreten'));
      await el.updateComplete;
      await editor.updateComplete;
      expect(editor.positionOf('s1')).to.deep.equal({ x: 5, y: 5 });
      expect(editor.shadowRoot!.querySelector('[data-stand="s1"]')?.getAttribute('aria-label')).to.contain('5');
      // The next move is saved: the old error leaves the status line (the stand is still picked up).
      editor.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
      expect(editor.shadowRoot!.querySelector('[data-stand="s1"]')!.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => root.querySelector('[role="status"]')?.textContent === '', 'the error is gone');
      expect(editor.positionOf('s1')).to.deep.equal({ x: 5, y: 6 });
    });
  });

  describe('after a CSV import in the providers tab', () => {
    /** Imports a file of this kind with the providers tab's CSV import, as an organizer does, and waits for its answer. */
    async function importInProvidersTab(root: ShadowRoot, kind: string, csv: string): Promise<string> {
      await click(root.querySelector('#tab-providers')!);
      const panel = root.querySelector('markt-providers-panel')!;
      await waitUntil(() => panel.shadowRoot?.querySelector('markt-csv-import')?.shadowRoot?.querySelector('#kind'));
      const host = panel.shadowRoot!.querySelector('markt-csv-import')!;
      const importer = host.shadowRoot!;
      const select = importer.querySelector<HTMLSelectElement>('#kind')!;
      select.value = kind;
      select.dispatchEvent(new Event('change'));
      // The kind's column hint is drawn first (it moves the button down).
      await host.updateComplete;
      const files = new DataTransfer();
      files.items.add(new File([csv], 'staende.csv', { type: 'text/csv' }));
      importer.querySelector<HTMLInputElement>('#file')!.files = files.files;
      await click(importer.querySelector('form button[type="submit"]')!);
      // The status line is emptied when the import starts and says the answer when it comes.
      await host.updateComplete;
      await waitUntil(() => importer.querySelector('[role="status"]')?.textContent, 'the import answered');
      return importer.querySelector('[role="status"]')!.textContent!;
    }

    /** A server stand-in whose stands import adds the file's stands (`Standnummer;Anbieter;X;Y`, provider by name). */
    function importingServer(putStand?: (body: Stand) => Promise<Response>) {
      const current: (Stand & { url: string })[] = stands.map((s) => ({ ...s }));
      const server = serverStandIn({
        ...(putStand ? { putStand } : {}),
        standList: () => current,
        importCsv: async (kind, csv) => {
          const rows = csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(';'));
          if (kind === 'stands') {
            for (const [number = '', provider, x, y] of rows) {
              const providerId = providers.find((p) => p.name === provider)!.id;
              current.push({ id: `st-${number}`, eventId: 'markt-pankow', providerId, number, position: { x: Number(x), y: Number(y) }, url: 'https://markt.example/s/t2' });
            }
          }
          return Response.json({ kind, imported: rows.length, ...(kind === 'stands' ? { updated: 0 } : {}), rejected: 0, errors: [] });
        },
      });
      const standLists = () => server.requests.filter((r) => r.method === 'GET' && r.url === '/api/org/events/markt-pankow/stands').length;
      return { ...server, standLists };
    }

    const standIdsIn = (root: ShadowRoot) =>
      [...(root.querySelector('markt-floor-plan-editor')?.shadowRoot?.querySelectorAll('[data-stand]') ?? [])].map((g) => g.getAttribute('data-stand'));

    it('shows the imported stands on the floor plan at once, without opening the event again', async () => {
      const { api, standLists } = importingServer();
      await api.login('amt@jobcenter.example', 'geheim');
      const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
      const root = el.shadowRoot!;
      await openFloorPlan(root, 'markt-pankow');
      await waitUntil(() => standIdsIn(root).length === 1);

      // A providers file changes no stand: the stands are not listed again for it.
      expect(await importInProvidersTab(root, 'providers', 'id;name;kind\np1;Bildungswerk Nord;training\n')).to.equal('1 Zeile importiert.');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(standLists()).to.equal(1);

      expect(await importInProvidersTab(root, 'stands', 'Standnummer;Anbieter;X;Y\r\n14;Bildungswerk Nord;20;10\r\n')).to.equal('1 Stand importiert, davon 0 aktualisiert.');
      await waitUntil(() => standLists() === 2, 'the stands are listed again');
      await click(root.querySelector('#tab-floor')!);
      await waitUntil(() => standIdsIn(root).length === 2, 'the imported stand is drawn');
      const editor = root.querySelector('markt-floor-plan-editor')!;
      expect(standIdsIn(root)).to.deep.equal(['s1', 'st-14']);
      expect(editor.positionOf('st-14')).to.deep.equal({ x: 20, y: 10 });
      expect([...root.querySelectorAll('form.delete-stand option')].map((o) => o.textContent)).to.deep.equal(['12 · Bildungswerk Nord', '14 · Bildungswerk Nord']);
      // The rota tab gets the same list.
      await click(root.querySelector('#tab-rota')!);
      await el.updateComplete;
      expect(root.querySelector('markt-rota-panel')!.stands.map((s) => s.id)).to.deep.equal(['s1', 'st-14']);
    });

    it("says a stands file's row errors in German on the German page, and lists no stands when nothing was imported", async () => {
      // The server's words for these rows (server test: test/org/import-stands.test.ts).
      const details = [
        { line: 3, path: 'provider', message: 'no provider of this event is called "Jobcenter Mitte": check the spelling, or import the providers first' },
        { line: 4, path: 'provider', message: '2 providers of this event are called "Pflegeschule Nord" (p-care, p-care-2): give a providerId column instead' },
        { line: 5, path: 'number', message: '"C1" is on line 2 already' },
        { line: 6, path: 'number', message: "is already stand s1: give that stand's id to update it, or choose another number" },
      ];
      const { api, requests } = serverStandIn({
        importCsv: async () => Response.json({ error: { code: 'INVALID_CSV', message: '4 row(s) are invalid', details } }, { status: 400 }),
      });
      await api.login('amt@jobcenter.example', 'geheim');
      const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
      const root = el.shadowRoot!;
      await openFloorPlan(root, 'markt-pankow');
      const csv = 'Standnummer;Anbieter\nC1;Pflegeschule Nord\nC2;Jobcenter Mitte\nC3;Pflegeschule Nord\nC1;Pflegeschule Nord\n12;Bildungswerk Nord\n';
      expect(await importInProvidersTab(root, 'stands', csv)).to.equal('4 Zeilen enthalten Fehler. Es wurde nichts importiert.');
      const importer = root.querySelector('markt-providers-panel')!.shadowRoot!.querySelector('markt-csv-import')!.shadowRoot!;
      expect([...importer.querySelectorAll('[part="errors"] li')].map((li) => li.textContent?.trim())).to.deep.equal([
        'Zeile 3, Feld provider: Kein Träger dieser Veranstaltung heißt „Jobcenter Mitte“. Bitte prüfen Sie die Schreibweise oder importieren Sie zuerst die Träger.',
        'Zeile 4, Feld provider: 2 Träger dieser Veranstaltung heißen „Pflegeschule Nord“ (p-care, p-care-2). Bitte geben Sie stattdessen eine Spalte providerId mit der ID des Trägers an.',
        'Zeile 5, Feld number: Die Standnummer „C1“ steht schon in Zeile 2.',
        'Zeile 6, Feld number: Diese Nummer hat schon Stand s1. Um diesen Stand zu ändern, geben Sie seine id an; sonst wählen Sie eine andere Nummer.',
      ]);
      await expectAccessible(el);
      expect(requests.filter((r) => r.method === 'GET' && r.url.endsWith('/stands'))).to.have.length(1);
    });

    for (const steps of [1, 2]) {
      it(`keeps a stand moved ${steps === 1 ? 'and being saved' : 'and not yet sent'} where it was moved when the stands are listed again after the import`, async () => {
        const held: { body: Stand; answer: () => void }[] = [];
        const putStand = (body: Stand) =>
          new Promise<Response>((resolve) => held.push({ body, answer: () => resolve(Response.json({ ...body, url: 'https://markt.example/s/tok' })) }));
        const { api, standLists } = importingServer(putStand);
        await api.login('amt@jobcenter.example', 'geheim');
        const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
        const root = el.shadowRoot!;
        await openFloorPlan(root, 'markt-pankow');
        await waitUntil(() => standIdsIn(root).length === 1);
        root.querySelector('markt-floor-plan-editor')!.shadowRoot!.querySelector<SVGGElement>('[data-stand="s1"]')!.focus();
        await sendKeys({ press: 'Enter' }); // pick the stand up: the arrow keys then move it
        // The first step is being saved (its answer held); a second one waits for it, unsent.
        for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => held.length === 1);
        const moved = { x: 5 + steps, y: 5 };

        await importInProvidersTab(root, 'stands', 'Standnummer;Anbieter;X;Y\r\n14;Bildungswerk Nord;20;10\r\n');
        await waitUntil(() => standLists() === 2, 'the stands are listed again');
        await click(root.querySelector('#tab-floor')!);
        await waitUntil(() => standIdsIn(root).length === 2, 'the imported stand is drawn');
        const editor = root.querySelector('markt-floor-plan-editor')!;
        // The server's list still has s1 at x 5; the page keeps the newest position.
        expect(editor.positionOf('s1')).to.deep.equal(moved);

        held[0]!.answer();
        if (steps === 2) {
          await waitUntil(() => held.length === 2, 'the newest position is sent next');
          expect(held[1]!.body.position).to.deep.equal(moved);
          held[1]!.answer();
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        await editor.updateComplete;
        expect(held).to.have.length(steps);
        expect(editor.positionOf('s1')).to.deep.equal(moved);
      });
    }
  });
});

describe('markt-organizer-app keeps typed input (review 2: M2, L4)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  async function signedIn(options: Parameters<typeof serverStandIn>[0] = {}) {
    const { api, requests } = serverStandIn(options);
    await api.login('amt@jobcenter.example', 'geheim');
    const el = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    return { api, requests, el, root: el.shadowRoot! };
  }

  it('asks before a tab change throws away a provider form with typed input; "Weiter bearbeiten" keeps it', async () => {
    const { root, el } = await signedIn();
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.open'));
    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    await waitUntil(() => root.querySelector('#tab-providers'));
    await click(root.querySelector('#tab-providers')!);
    const panel = () => root.querySelector('markt-providers-panel')!.shadowRoot!;
    await waitUntil(() => root.querySelector('markt-providers-panel')?.shadowRoot?.querySelector('button.add-provider'));
    await click(panel().querySelector('button.add-provider')!);
    await waitUntil(() => panel().querySelector('form.edit input'));
    await typeInto(panel().querySelector('form.edit input')!, 'Bildungswerk Süd');

    await click(root.querySelector('#tab-floor')!);
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.discard[open]'), 'the discard question');
    const question = root.querySelector<HTMLDialogElement>('dialog.discard')!;
    expect(question.textContent).to.contain('Ungespeicherte Änderungen verwerfen?');
    expect(root.activeElement?.textContent?.trim()).to.equal('Weiter bearbeiten');
    await expectAccessible(el);
    await click(root.activeElement!);
    await waitUntil(() => !root.querySelector('dialog.discard[open]'));
    expect(root.querySelector('#tab-providers')?.getAttribute('aria-selected')).to.equal('true');
    expect(panel().querySelector<HTMLInputElement>('form.edit input')?.value).to.equal('Bildungswerk Süd');

    // While the form is dirty, leaving the page asks too.
    const leave = new globalThis.Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).to.equal(true);

    await click(root.querySelector('#tab-floor')!);
    await waitUntil(() => root.querySelector('dialog.discard[open]'));
    await click([...root.querySelectorAll('dialog.discard button')].find((b) => b.textContent?.trim() === 'Verwerfen')!);
    await waitUntil(() => root.querySelector('#tab-floor[aria-selected="true"]'), 'on the floor plan');
    const after = new globalThis.Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).to.equal(false);
  });

  it('does not ask when no form has typed input', async () => {
    const { root } = await signedIn();
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.open'));
    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    await waitUntil(() => root.querySelector('#tab-providers'));
    await click(root.querySelector('#tab-providers')!);
    await click(root.querySelector('#tab-floor')!);
    await waitUntil(() => root.querySelector('#tab-floor[aria-selected="true"]'));
    expect(root.querySelector('dialog.discard[open]')).to.equal(null);
  });

  it('puts the event and tab in the address, so a reload opens them again', async () => {
    const { api, root } = await signedIn();
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.open'));
    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    await waitUntil(() => root.querySelector('#tab-floor'));
    await click(root.querySelector('#tab-floor')!);
    await waitUntil(() => location.hash === '#event=markt-pankow&tab=floor', 'the hash names event and tab');

    // A reload: a new app on the same page address.
    const again = await fixture<OrganizerApp>(html`<markt-organizer-app .api=${api}></markt-organizer-app>`);
    const root2 = again.shadowRoot!;
    await waitUntil(() => root2.querySelector('#tab-floor[aria-selected="true"]'), 'back on the floor plan');
    expect(root2.querySelector('.event-title')?.textContent).to.equal('Markt der Möglichkeiten Pankow');

    // Back to the list: the hash goes.
    await click(root2.querySelector('button.back')!);
    await waitUntil(() => root2.querySelector('button.new-event'));
    expect(location.hash).to.equal('');
  });

  it('"Neue Veranstaltung" by mouse focuses the first field; after "Veranstaltung anlegen" the new event\'s heading has the focus and the next steps link to their tabs', async () => {
    const { root } = await signedIn({ acceptNewEvents: true });
    await waitUntil(() => root.querySelector('button.new-event'));
    await click(root.querySelector('button.new-event')!);
    await waitUntil(() => root.querySelector('markt-event-form'));
    const form = root.querySelector('markt-event-form')!;
    await waitUntil(() => form.shadowRoot?.activeElement, 'a field of the form has the focus', { timeout: 1000 });
    expect(form.shadowRoot!.activeElement?.id).to.equal('id');

    const f = form.shadowRoot!;
    await typeInto(f.querySelector('#titleDe')!, 'Jobmesse Weißensee');
    f.querySelector<HTMLInputElement>('#startsAt')!.value = '2026-05-04T09:00';
    f.querySelector<HTMLInputElement>('#endsAt')!.value = '2026-05-04T15:00';
    await typeInto(f.querySelector('#venueName')!, 'Rathaus Weißensee');
    await click(f.querySelector('button[type="submit"]')!);
    await waitUntil(() => root.querySelector('.event-title'), 'the new event is open');
    await waitUntil(() => root.activeElement === root.querySelector('.event-title'), 'its heading has the focus');
    expect(root.querySelector('.event-title')?.textContent).to.equal('Jobmesse Weißensee');
    const steps = root.querySelector('.next-steps')!;
    expect(steps.textContent).to.contain('Nächste Schritte:');
    const links = [...steps.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(links).to.deep.equal(['Träger & Angebote', 'Hallenplan', 'Geräte']);
    await expectAccessible(root.host as HTMLElement);
    await click([...steps.querySelectorAll('button')][1]!);
    await waitUntil(() => root.querySelector('#tab-floor[aria-selected="true"]'), 'the floor plan tab');
    expect(location.hash).to.equal('#event=jobmesse-weissensee&tab=floor');
  });

  /**
   * Opens the providers tab, types a new provider's name and presses "Speichern" as the session has just ended:
   * the sign-in dialog is open. `signIn()` lets the server accept requests again (call it before signing in).
   */
  async function sessionEndsAtSave() {
    let expired = false;
    const { root, requests } = await signedIn({ expired: () => expired });
    await waitUntil(() => root.querySelector('[data-event="markt-pankow"] button.open'));
    await click(root.querySelector('[data-event="markt-pankow"] button.open')!);
    await waitUntil(() => root.querySelector('#tab-providers'));
    await click(root.querySelector('#tab-providers')!);
    const panel = () => root.querySelector('markt-providers-panel')!.shadowRoot!;
    await waitUntil(() => root.querySelector('markt-providers-panel')?.shadowRoot?.querySelector('button.add-provider'));
    await click(panel().querySelector('button.add-provider')!);
    await waitUntil(() => panel().querySelector('form.edit input'));
    await typeInto(panel().querySelector('form.edit input')!, 'Bildungswerk Nord gGmbH');
    expired = true;
    await click(panel().querySelector('form.edit button[type="submit"]')!);
    await waitUntil(() => root.querySelector('dialog.reauth[open] markt-login-form'), 'the sign-in dialog', { timeout: 3000 });
    return { root, requests, panel, signIn: () => (expired = false) };
  }

  it('when the session ends at "Speichern", signs in again in a dialog over the page and saves the typed provider then (review 2: M1)', async () => {
    const { root, requests, panel, signIn } = await sessionEndsAtSave();
    expect(root.querySelector('dialog.reauth')?.textContent).to.contain('Sie sind nicht mehr angemeldet.');
    // The page stays underneath, with what was typed.
    expect(panel().querySelector<HTMLInputElement>('form.edit input')?.value).to.equal('Bildungswerk Nord gGmbH');
    const login = root.querySelector('dialog.reauth markt-login-form')!.shadowRoot!;
    await waitUntil(() => login.activeElement === login.querySelector('#email'), 'the e-mail field has the focus');
    await expectAccessible(root.host as HTMLElement);

    signIn();
    await typeInto(login.querySelector('#email')!, 'amt@jobcenter.example');
    await typeInto(login.querySelector('#password')!, 'geheim');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root.querySelector('dialog.reauth'), 'the dialog closes');
    // The refused save is sent again after signing in, and the form closes as saved.
    await waitUntil(() => !panel().querySelector('form.edit'), 'the provider form closed as saved', { timeout: 3000 });
    const posts = requests.filter((r) => r.method === 'POST' && r.url === '/api/org/events/markt-pankow/providers');
    expect(posts.length).to.equal(2);
    expect((posts[1]!.body as Provider).name).to.equal('Bildungswerk Nord gGmbH');
    expect(root.querySelector('#tab-providers')?.getAttribute('aria-selected')).to.equal('true');
    expect(root.querySelector('[role="status"]')?.textContent).to.equal('');
  });

  it('when someone else signs in in that dialog, sends nothing refused under their name and shows their event list (code review)', async () => {
    const { root, requests, signIn } = await sessionEndsAtSave();
    const login = root.querySelector('dialog.reauth markt-login-form')!.shadowRoot!;
    signIn();
    await typeInto(login.querySelector('#email')!, 'kollegin@jobcenter-mitte.example');
    await typeInto(login.querySelector('#password')!, 'geheim');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root.querySelector('dialog.reauth'), 'the dialog closes');
    await waitUntil(() => !root.querySelector('markt-providers-panel'), 'the other organisation starts at its event list', { timeout: 3000 });
    const posts = requests.filter((r) => r.method === 'POST' && r.url === '/api/org/events/markt-pankow/providers');
    expect(posts.length, 'the refused save is not sent again under another account').to.equal(1);
  });

  it('asks before "← Veranstaltungen" throws away a new event form with typed input', async () => {
    const { root } = await signedIn();
    await waitUntil(() => root.querySelector('button.new-event'));
    await click(root.querySelector('button.new-event')!);
    await waitUntil(() => root.querySelector('markt-event-form')?.shadowRoot?.activeElement);
    await sendKeys({ type: 'jobmesse-sued' });
    await click(root.querySelector('button.back')!);
    await waitUntil(() => root.querySelector('dialog.discard[open]'), 'the discard question');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root.querySelector('dialog.discard'));
    const id = root.querySelector('markt-event-form')!.shadowRoot!.querySelector<HTMLInputElement>('#id');
    expect(id?.value).to.equal('jobmesse-sued');
    await click(root.querySelector('button.back')!);
    await waitUntil(() => root.querySelector('dialog.discard[open]'));
    await click(root.querySelector('dialog.discard button.danger')!);
    await waitUntil(() => root.querySelector('button.new-event'), 'back at the list');
  });
});
