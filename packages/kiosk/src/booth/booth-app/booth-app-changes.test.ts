import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { ApiClient } from '../../net/api-client.js';
import { memoryStorage, scriptedSocket } from '../../net/test-helpers.js';
import { $, click, text, until } from '../../shared/test-input.js';
import { lead, me } from '../test-data.js';
import type { BoothMe } from '../types.js';
import type { BoothApp } from './booth-app.component.js';
import './booth-app.js';

// What happens to the tablet's own lead changes: refused ones, unsent ones at log-out, and a failed pairing link.
// The server is played by a fetch stand-in where the test needs its answers (a refusal, no network, an expired
// code); the real server's side is packages/server/src/routes/booth.test.ts. The socket is a scripted one.
const testApi = new ApiClient({ baseUrl: '/__test__' });

/** Answers the requests `route` takes (a Response, or a rejection for "no network"); the rest go to the stand-in. */
function routeFetch(route: (url: string, init?: RequestInit) => Promise<Response> | undefined): () => void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    return route(url, init) ?? realFetch(input, init);
  };
  return () => {
    globalThis.fetch = realFetch;
  };
}

const isPatch = (url: string, init?: RequestInit) => url.includes('/api/booth/leads/') && init?.method === 'PATCH';
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function pairedApp(storage: ReturnType<typeof memoryStorage>, locale = 'en'): Promise<{ el: BoothApp; dashboard: HTMLElement }> {
  const { socket } = scriptedSocket();
  storage.setItem('markt.booth.token', 'booth-token-1');
  const el = await fixture<BoothApp>(html`<markt-booth-app locale=${locale} apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
  const dashboard = $(el, 'markt-booth-dashboard');
  await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length > 0);
  return { el, dashboard };
}

const logoutButton = (dashboard: HTMLElement) => [...dashboard.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Log out'))!;

describe('markt-booth-app: its own lead changes', () => {
  beforeEach(async () => {
    await testApi.post('/api/reset', {});
    await testApi.post('/api/fixture', { path: '/booth/me', body: me() });
  });

  it("shows the server's value again when the server refuses a queued change (404: the visitor erased the lead), with the reason", async () => {
    let answer: (response: Response) => void = () => undefined;
    const sent: unknown[] = [];
    const restore = routeFetch((url, init) => {
      if (!isPatch(url, init)) return undefined;
      sent.push(JSON.parse(String(init?.body)));
      return new Promise<Response>((resolve) => (answer = resolve));
    });
    try {
      const storage = memoryStorage();
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: { ...lead('l1'), seq: 3 } }], visits: [] }));
      const { el, dashboard } = await pairedApp(storage);
      const card = $(dashboard, 'markt-lead-card');
      const select = $<HTMLSelectElement>(card, 'select');
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await until(() => sent.length === 1);
      answer(Response.json({ rating: null }, { status: 200 })); // the status change goes through
      await until(() => storage.getItem('markt.outbox.booth-patches') === '[]');
      await click($(card, 'input[value="5"]'));
      await until(() => sent.length === 2);
      // While it waits, the card shows the change; the stored server state is untouched.
      expect($<HTMLInputElement>(card, 'input[value="5"]').checked).to.equal(true);
      expect(JSON.parse(storage.getItem('markt.booth.feed')!).leads[0].lead.rating).to.equal(null);

      answer(Response.json({ error: { code: 'NOT_FOUND', message: 'This lead was not found.' } }, { status: 404 }));
      await until(() => text(card.shadowRoot!).includes('Not saved: the server refused this change.'));
      await el.updateComplete;
      expect([...card.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.checked)).to.deep.equal([]);
      expect(select.value).to.equal('done'); // the change the server took stays
      expect(sent).to.have.length(2);
      expect((sent[1] as { idempotencyKey: string }).idempotencyKey).to.not.equal((sent[0] as { idempotencyKey: string }).idempotencyKey);
      el.remove();
    } finally {
      restore();
    }
  });

  it('shows the server\'s status again after a 400 (a change this server cannot take), and a later colleague\'s value over an older answer', async () => {
    const restore = routeFetch((url, init) => {
      if (!isPatch(url, init)) return undefined;
      const body = JSON.parse(String(init?.body)) as { status?: string };
      if (body.status === 'contacted') return Promise.resolve(Response.json({ error: { code: 'INVALID_INPUT', message: 'no' } }, { status: 400 }));
      // The server's answer: the lead after the change, seq 5; the tablet already holds seq 6 from the feed.
      return Promise.resolve(Response.json({ ...lead('l1'), seq: 5, status: 'done' }));
    });
    try {
      const storage = memoryStorage();
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 6, leads: [{ seq: 3, lead: { ...lead('l1'), seq: 6, status: 'new', rating: 4 } }], visits: [] }));
      const { el, dashboard } = await pairedApp(storage);
      const card = $(dashboard, 'markt-lead-card');
      const select = $<HTMLSelectElement>(card, 'select');
      select.value = 'contacted';
      select.dispatchEvent(new Event('change'));
      await until(() => text(card.shadowRoot!).includes('the server refused this change'));
      await el.updateComplete;
      expect(select.value).to.equal('new');

      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await until(() => storage.getItem('markt.outbox.booth-patches') === '[]');
      await el.updateComplete;
      // The answer (seq 5) is older than the lead held (seq 6): the held one stays; the card no longer shows an error.
      expect(JSON.parse(storage.getItem('markt.booth.feed')!).leads[0].lead).to.deep.include({ seq: 6, rating: 4 });
      expect(text(card.shadowRoot!)).not.to.contain('refused');
      el.remove();
    } finally {
      restore();
    }
  });

  it("keeps a change a proxy or captive portal answered (403 page without markt's error body) and sends it again; an older server refusing only the key gets it without", async () => {
    const sent: Record<string, unknown>[] = [];
    const restore = routeFetch((url, init) => {
      if (!isPatch(url, init)) return undefined;
      sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      if (sent.length === 1) return Promise.resolve(new Response('<h1>Blocked by the fair Wi-Fi</h1>', { status: 403, headers: { 'content-type': 'text/html' } }));
      if ('idempotencyKey' in sent.at(-1)!) {
        const details = [{ path: 'idempotencyKey', message: 'Invalid key: Expected never but received "…"' }];
        return Promise.resolve(Response.json({ error: { code: 'INVALID_INPUT', message: 'Some fields are missing or invalid: see details.', details } }, { status: 400 }));
      }
      return Promise.resolve(Response.json({ ...lead('l1'), seq: 8, rating: 5 }));
    });
    try {
      const storage = memoryStorage();
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: { ...lead('l1'), seq: 3 } }], visits: [] }));
      const { el, dashboard } = await pairedApp(storage);
      const card = $(dashboard, 'markt-lead-card');
      await click($(card, 'input[value="5"]'));
      await until(() => sent.length === 1);
      await until(() => JSON.parse(storage.getItem('markt.outbox.booth-patches') ?? '[]')[0]?.attempts === 1);
      await el.updateComplete;
      expect(text(card.shadowRoot!)).not.to.contain('refused');
      expect($<HTMLInputElement>(card, 'input[value="5"]').checked).to.equal(true);

      await until(() => storage.getItem('markt.outbox.booth-patches') === '[]', 5000);
      expect(sent).to.have.length(3);
      expect(sent[1]).to.deep.equal(sent[0]); // the same key on the retry
      expect(sent[2]).to.deep.equal({ rating: 5 });
      expect(JSON.parse(storage.getItem('markt.booth.feed')!).leads[0].lead).to.deep.include({ seq: 8, rating: 5 });
      expect(text(card.shadowRoot!)).not.to.contain('refused');
      el.remove();
    } finally {
      restore();
    }
  });

  it('asks before logging out with unsent changes, saying how many; Escape keeps the tablet paired, and it is usable by keyboard and axe-clean', async () => {
    const restore = routeFetch((url, init) => (isPatch(url, init) ? offline() : undefined));
    try {
      const storage = memoryStorage();
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 4, leads: [{ seq: 3, lead: lead('l1') }, { seq: 4, lead: lead('l2') }], visits: [] }));
      const { el, dashboard } = await pairedApp(storage);
      const [first, second] = [...dashboard.shadowRoot!.querySelectorAll('markt-lead-card')];
      await click($(first!, 'input[value="4"]'));
      await click($(second!, 'input[value="2"]'));
      await until(() => JSON.parse(storage.getItem('markt.outbox.booth-patches') ?? '[]').length === 2);
      let loggedOut = 0;
      el.addEventListener('markt-logged-out', () => (loggedOut += 1));

      await click(logoutButton(dashboard));
      const dialog = await until(() => Boolean(el.shadowRoot!.querySelector('dialog[open]'))).then(() => $<HTMLDialogElement>(el, 'dialog'));
      expect(text(dialog)).to.contain('2 changes have not reached the server yet. If you log out now, they are lost.');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('logout-title');
      expect($(el, '#logout-title').textContent).to.equal('Log out with unsaved changes?');
      expect(deepActive()?.textContent).to.equal('Stay logged in');
      await expectAccessible(el);
      expect(loggedOut).to.equal(0);

      await sendKeys({ press: 'Escape' });
      await until(() => !el.shadowRoot!.querySelector('dialog'));
      expect(storage.getItem('markt.booth.token')).to.equal('booth-token-1');
      expect(JSON.parse(storage.getItem('markt.outbox.booth-patches')!)).to.have.length(2);
      // Focus back where it was (compared as a boolean: chai's message for two elements takes for ever to build).
      expect(deepActive() === logoutButton(dashboard), `focus on ${deepActive()?.localName}`).to.equal(true);

      await sendKeys({ press: 'Enter' }); // "Log out" again, by keyboard
      await until(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')));
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.textContent).to.equal('Log out and discard 2 changes');
      await sendKeys({ press: 'Enter' });
      await until(() => Boolean(el.shadowRoot!.querySelector('markt-booth-pairing')));
      expect(loggedOut).to.equal(1);
      expect(storage.getItem('markt.booth.token')).to.equal(null);
      expect(storage.getItem('markt.outbox.booth-patches')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('says it in German too, and logs out by itself once the changes are sent while it asks', async () => {
    let online = false;
    let release: () => void = () => undefined;
    const patched: unknown[] = [];
    const restore = routeFetch((url, init) => {
      if (!isPatch(url, init)) return undefined;
      if (!online) return offline();
      patched.push(JSON.parse(String(init?.body)));
      return new Promise<Response>((resolve) => (release = () => resolve(Response.json({ ...lead('l1'), seq: 9, rating: 4 }))));
    });
    try {
      const storage = memoryStorage();
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: lead('l1') }], visits: [] }));
      const { el, dashboard } = await pairedApp(storage, 'de');
      await click($($(dashboard, 'markt-lead-card'), 'input[value="4"]'));
      await until(() => JSON.parse(storage.getItem('markt.outbox.booth-patches') ?? '[]')[0]?.attempts === 1);
      online = true; // the Wi-Fi is back; the outbox would wait for its next retry, "Abmelden" sends now
      await click([...dashboard.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Abmelden'))!);
      await until(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')));
      expect(text($(el, 'dialog'))).to.contain('1 Änderung hat den Server noch nicht erreicht. Wenn Sie sich jetzt abmelden, geht sie verloren.');
      expect(text($(el, 'dialog'))).to.contain('Abmelden und 1 Änderung verwerfen');
      await until(() => patched.length === 1);
      expect(storage.getItem('markt.booth.token')).to.equal('booth-token-1');
      release();
      await until(() => Boolean(el.shadowRoot!.querySelector('markt-booth-pairing')));
      expect(patched[0]).to.deep.include({ rating: 4 });
      expect(storage.getItem('markt.booth.token')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('does not log out by itself when the server refuses a change while the logout question is open: closes it, shows "not saved", focus on "Log out"', async () => {
    let online = false;
    const restore = routeFetch((url, init) => {
      if (!isPatch(url, init)) return undefined;
      if (!online) return offline();
      if (url.endsWith('/l2')) return Promise.resolve(Response.json({ error: { code: 'NOT_FOUND', message: 'This lead was not found.' } }, { status: 404 }));
      return Promise.resolve(Response.json({ ...lead('l1'), seq: 9, rating: 4 }));
    });
    try {
      const storage = memoryStorage();
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 4, leads: [{ seq: 3, lead: lead('l1') }, { seq: 4, lead: lead('l2') }], visits: [] }));
      const { el, dashboard } = await pairedApp(storage);
      let loggedOut = 0;
      el.addEventListener('markt-logged-out', () => (loggedOut += 1));
      const cards = () => [...dashboard.shadowRoot!.querySelectorAll('markt-lead-card')];
      await click($(cards()[0]!, 'input[value="4"]'));
      await click($(cards()[1]!, 'input[value="2"]'));
      await until(() => JSON.parse(storage.getItem('markt.outbox.booth-patches') ?? '[]')[0]?.attempts >= 1);
      await click(logoutButton(dashboard));
      await until(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')));
      online = true; // the Wi-Fi is back while the question is open
      window.dispatchEvent(new Event('online'));
      await until(() => storage.getItem('markt.outbox.booth-patches') === '[]');
      await until(() => !el.shadowRoot!.querySelector('dialog'));
      await el.updateComplete;
      expect(loggedOut).to.equal(0);
      expect(storage.getItem('markt.booth.token')).to.equal('booth-token-1');
      // Newest first: l2 (refused), then l1 (saved).
      expect(cards().map((card) => text(card.shadowRoot!).includes('the server refused this change'))).to.deep.equal([true, false]);
      expect(text(dashboard.shadowRoot!)).to.contain('Not logged out: the server refused a change.');
      expect(deepActive() === logoutButton(dashboard), `focus on ${deepActive()?.localName}`).to.equal(true);
      el.remove();
    } finally {
      restore();
    }
  });

  it('is logged out at once when revoked, even with unsent changes (the device may no longer send them)', async () => {
    const restore = routeFetch((url, init) => (isPatch(url, init) ? offline() : undefined));
    try {
      const { socket, handlers } = scriptedSocket();
      const storage = memoryStorage();
      storage.setItem('markt.booth.token', 'booth-token-1');
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: lead('l1') }], visits: [] }));
      storage.setItem('markt.outbox.booth-patches', JSON.stringify([{ item: { id: 'l1', patch: { rating: 2 } }, key: 'key-0123456789abcdef', attempts: 3, queuedAt: '2026-03-12T10:00:00Z' }]));
      const el = await fixture<BoothApp>(html`<markt-booth-app locale="en" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
      await until(() => handlers.has('connect_error'));
      handlers.get('connect_error')!(Object.assign(new Error('DEVICE_REVOKED'), { data: { code: 'DEVICE_REVOKED' } }));
      await until(() => Boolean(el.shadowRoot!.querySelector('markt-booth-pairing')));
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
      expect(storage.getItem('markt.outbox.booth-patches')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('keeps the previous pairing when a #pair= link fails, says so and names the stand it is still paired with', async () => {
    const old = { ...me(), provider: { ...me().provider!, id: 'p-old', name: 'Old Provider' }, stands: [{ id: 's7', eventId: 'ev1', providerId: 'p-old', number: '7' }] };
    await testApi.post('/api/fixture', { path: '/booth/me', body: old });
    const restore = routeFetch((url) =>
      url.endsWith('/api/pair') ? Promise.resolve(Response.json({ error: { code: 'PAIRING_CODE_EXPIRED', message: 'expired' } }, { status: 410 })) : undefined,
    );
    try {
      const { socket, handlers } = scriptedSocket();
      const storage = memoryStorage();
      storage.setItem('markt.booth.token', 'old-token');
      storage.setItem('markt.booth.me', JSON.stringify(old));
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: lead('l1', { contact: { name: 'Old Visitor' } }) }], visits: [] }));
      const pending = JSON.stringify([{ item: { id: 'l1', patch: { rating: 2 } }, key: 'key-0123456789abcdef', attempts: 0, queuedAt: '2026-03-12T10:00:00Z' }]);
      storage.setItem('markt.outbox.booth-patches', pending);
      history.replaceState(null, '', `${location.pathname}#pair=EXPIRED1`);
      const el = await fixture<BoothApp>(html`<markt-booth-app locale="en" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
      await until(() => Boolean(el.shadowRoot!.querySelector('.link-error')));
      const alert = $(el, '.link-error');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('Pairing failed: this code has expired. Ask the organizer for a new one.');
      expect(text(alert)).to.contain('This tablet is still paired with Old Provider, stand 7.');
      expect(location.hash).to.equal(''); // the single-use code is out of the address bar
      expect(storage.getItem('markt.booth.token')).to.equal('old-token');
      expect(storage.getItem('markt.outbox.booth-patches')).to.contain('key-0123456789abcdef'); // the kept pairing's changes are not lost
      const dashboard = $(el, 'markt-booth-dashboard');
      await until(() => handlers.has('connect') && text(dashboard.shadowRoot!).includes('Old Provider · 7'));
      await expectAccessible(el);
      await click($(alert, 'button'));
      await until(() => !el.shadowRoot!.querySelector('.link-error'));
      el.remove();
    } finally {
      restore();
      history.replaceState(null, '', location.pathname);
    }
  });

  describe('a #pair= link that works while changes of the earlier pairing are unsent', () => {
    const queued = JSON.stringify([{ item: { id: 'l1', patch: { rating: 2 } }, key: 'key-0123456789abcdef', attempts: 3, queuedAt: '2026-03-12T10:00:00Z' }]);
    const oldMe = { ...me(), provider: { ...me().provider!, id: 'p-old', name: 'Old Provider' }, stands: [{ id: 's7', eventId: 'ev1', providerId: 'p-old', number: '7' }] };

    /** A tablet paired with `profile` (token old-token) with one unsent rating, opened with a #pair= link. */
    async function openLink(profile: BoothMe, locale = 'en'): Promise<{ el: BoothApp; storage: ReturnType<typeof memoryStorage> }> {
      const { socket } = scriptedSocket();
      const storage = memoryStorage();
      storage.setItem('markt.booth.token', 'old-token');
      storage.setItem('markt.booth.me', JSON.stringify(profile));
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: { ...lead('l1'), seq: 3 } }], visits: [] }));
      storage.setItem('markt.outbox.booth-patches', queued);
      history.replaceState(null, '', `${location.pathname}#pair=MORNING1`);
      const el = await fixture<BoothApp>(html`<markt-booth-app locale=${locale} apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
      return { el, storage };
    }

    /** Pairing answers with a booth token for provider p1 of ev1; PATCHes are recorded (with their token) and answered by `patch`. */
    function serve(patch: () => Promise<Response>): { sent: { auth: string | null; body: unknown }[]; restore: () => void } {
      const sent: { auth: string | null; body: unknown }[] = [];
      const restore = routeFetch((url, init) => {
        if (url.endsWith('/api/pair')) return Promise.resolve(Response.json({ token: 'new-token', role: 'booth', eventId: 'ev1', providerId: 'p1' }));
        if (!isPatch(url, init)) return undefined;
        sent.push({ auth: new Headers(init?.headers).get('authorization'), body: JSON.parse(String(init?.body)) });
        return patch();
      });
      return { sent, restore: () => (restore(), history.replaceState(null, '', location.pathname)) };
    }

    it('keeps them for the same event and provider and sends them with the new token', async () => {
      const { sent, restore } = serve(() => Promise.resolve(Response.json({ ...lead('l1'), seq: 9, rating: 2 })));
      try {
        const { el, storage } = await openLink(me());
        await until(() => sent.length === 1);
        expect(sent[0]).to.deep.equal({ auth: 'Bearer new-token', body: { rating: 2, idempotencyKey: 'key-0123456789abcdef' } });
        await until(() => storage.getItem('markt.outbox.booth-patches') === '[]');
        expect(storage.getItem('markt.booth.token')).to.equal('new-token');
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
        el.remove();
      } finally {
        restore();
      }
    });

    it('sends them with the old token first for another provider, and switches without asking once they are taken', async () => {
      const { sent, restore } = serve(() => Promise.resolve(Response.json({ ...lead('l1'), seq: 9, rating: 2 })));
      try {
        const { el, storage } = await openLink(oldMe);
        await until(() => storage.getItem('markt.booth.token') === 'new-token');
        expect(sent).to.deep.equal([{ auth: 'Bearer old-token', body: { rating: 2, idempotencyKey: 'key-0123456789abcdef' } }]);
        expect(storage.getItem('markt.outbox.booth-patches')).to.equal(null);
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
        el.remove();
      } finally {
        restore();
      }
    });

    it('asks when they cannot be sent (German, keyboard, axe); "keep" starts the old pairing with its queue', async () => {
      await testApi.post('/api/fixture', { path: '/booth/me', body: oldMe });
      const { sent, restore } = serve(offline);
      try {
        const { el, storage } = await openLink(oldMe, 'de');
        await until(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')));
        const dialog = $<HTMLDialogElement>(el, 'dialog');
        expect(text(dialog)).to.contain('1 Änderung der bisherigen Verbindung hat den Server noch nicht erreicht. Wenn Sie jetzt wechseln, geht sie verloren.');
        expect(text(dialog)).to.contain('Wechseln und 1 Änderung verwerfen');
        expect($(el, '#switch-title').textContent).to.equal('Zur neuen Verbindung wechseln, obwohl Änderungen nicht gespeichert sind?');
        expect(sent.map((s) => s.auth)).to.deep.equal(['Bearer old-token']);
        expect(storage.getItem('markt.booth.token')).to.equal('old-token'); // the new token is held in memory only
        expect(deepActive()?.textContent).to.equal('Bisherige Verbindung behalten');
        await expectAccessible(el);

        await sendKeys({ press: 'Escape' });
        await until(() => Boolean(el.shadowRoot!.querySelector('.link-error')));
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
        expect(text($(el, '.link-error'))).to.contain('Der neue Verbindungscode wurde nicht verwendet');
        expect(storage.getItem('markt.booth.token')).to.equal('old-token');
        expect(storage.getItem('markt.outbox.booth-patches')).to.contain('key-0123456789abcdef');
        await until(() => text($(el, 'markt-booth-dashboard').shadowRoot!).includes('Old Provider · 7'));
        expect(deepActive()?.textContent).to.equal('Meldung schließen');
        el.remove();
      } finally {
        restore();
      }
    });

    it('switches and discards them only when staff say so', async () => {
      const { restore } = serve(offline);
      try {
        const { el, storage } = await openLink(oldMe);
        await until(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')));
        expect(text($(el, 'dialog'))).to.contain('1 change of the previous pairing has not reached the server yet. If you switch now, it is lost.');
        await sendKeys({ press: 'Tab' });
        expect(deepActive()?.textContent).to.equal('Switch and discard 1 change');
        const dialog = $<HTMLDialogElement>(el, 'dialog');
        await sendKeys({ press: 'Enter' });
        await until(() => storage.getItem('markt.booth.token') === 'new-token');
        await until(() => Boolean(el.shadowRoot!.querySelector('markt-booth-dashboard')));
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
        expect(dialog.open).to.equal(false); // closed, not only taken off the page
        expect(storage.getItem('markt.outbox.booth-patches')).to.equal(null);
        // The focus is on the dashboard's heading, and the switch is announced.
        const dashboard = $(el, 'markt-booth-dashboard');
        await until(() => deepActive()?.tagName === 'H1');
        expect(deepActive()).to.equal(dashboard.shadowRoot!.querySelector('h1'));
        await until(() => text($(dashboard, '[aria-live="assertive"]')).includes('Switched to the new pairing.'));
        el.remove();
      } finally {
        restore();
      }
    });
  });

  describe('a #pair= link that works after the organizer revoked the earlier pairing (its token gets 401)', () => {
    const queued = JSON.stringify([
      { item: { id: 'l1', patch: { rating: 2 } }, key: 'key-0123456789abcdef', attempts: 3, queuedAt: '2026-03-12T10:00:00Z' },
      { item: { id: 'l1', patch: { status: 'done' } }, key: 'key-fedcba9876543210', attempts: 3, queuedAt: '2026-03-12T10:01:00Z' },
    ]);
    const oldMe = { ...me(), provider: { ...me().provider!, id: 'p-old', name: 'Old Provider' }, stands: [{ id: 's7', eventId: 'ev1', providerId: 'p-old', number: '7' }] };
    const revoked = () => Promise.resolve(Response.json({ error: { code: 'DEVICE_REVOKED', message: 'The organizer revoked this device.' } }, { status: 401 }));
    const bearer = (init?: RequestInit) => new Headers(init?.headers).get('authorization');

    /**
     * The server stand-in: pairing answers with a booth token for p1 of ev1; the old token gets 401 everywhere;
     * a PATCH with the old token is answered by `oldPatch`; the new token gets the default profile (me()).
     */
    function serve(oldPatch: () => Promise<Response>) {
      const restore = routeFetch((url, init) => {
        if (url.endsWith('/api/pair')) return Promise.resolve(Response.json({ token: 'new-token', role: 'booth', eventId: 'ev1', providerId: 'p1' }));
        if (bearer(init) !== 'Bearer old-token') return undefined;
        if (isPatch(url, init)) return oldPatch();
        return revoked();
      });
      return () => (restore(), history.replaceState(null, '', location.pathname));
    }

    async function openLink(locale = 'en') {
      const { socket } = scriptedSocket();
      const storage = memoryStorage();
      storage.setItem('markt.booth.token', 'old-token');
      storage.setItem('markt.booth.me', JSON.stringify(oldMe));
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: { ...lead('l1'), seq: 3 } }], visits: [] }));
      storage.setItem('markt.outbox.booth-patches', queued);
      history.replaceState(null, '', `${location.pathname}#pair=MORNING2`);
      const loggedOut: unknown[] = [];
      const el = await fixture<BoothApp>(
        html`<markt-booth-app locale=${locale} apiBase="/__test__" .connect=${() => socket} .storage=${storage} @markt-logged-out=${(e: CustomEvent) => loggedOut.push(e.detail)}></markt-booth-app>`,
      );
      return { el, storage, loggedOut };
    }

    it('takes the new pairing at once when sending with the old token gets 401, and says that 2 changes could not be sent', async () => {
      const restore = serve(revoked);
      try {
        const started = Date.now();
        const { el, storage, loggedOut } = await openLink();
        await until(() => storage.getItem('markt.booth.token') === 'new-token');
        expect(Date.now() - started).to.be.below(4000); // no waiting out the old pairing's send time
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
        const alert = $(el, '.revoked-switch');
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(text(alert)).to.contain('The organizer revoked the previous pairing, so this tablet now uses the new one.');
        expect(text(alert)).to.contain('2 changes of the previous pairing could not be sent, because that pairing was revoked.');
        expect(storage.getItem('markt.outbox.booth-patches')).to.equal(null);
        const dashboard = $(el, 'markt-booth-dashboard');
        await until(() => text(dashboard.shadowRoot!).includes(`${me().provider!.name} · 12`));
        expect(el.shadowRoot!.querySelector('markt-booth-pairing')).to.equal(null);
        expect(loggedOut).to.deep.equal([]);
        await expectAccessible(el);
        el.remove();
      } finally {
        restore();
      }
    });

    it('"keep the previous pairing" (Escape) takes the new pairing instead of logging out when /api/booth/me refuses the old token (German)', async () => {
      // The old pairing's sends do not get through (no network), so staff are asked; then the old token is refused.
      const restore = serve(offline);
      try {
        const { el, storage, loggedOut } = await openLink('de');
        await until(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')));
        expect(storage.getItem('markt.booth.token')).to.equal('old-token');
        await sendKeys({ press: 'Escape' });
        await until(() => storage.getItem('markt.booth.token') === 'new-token');
        await until(() => Boolean(el.shadowRoot!.querySelector('.revoked-switch')));
        expect(text($(el, '.revoked-switch'))).to.contain('2 Änderungen der bisherigen Verbindung konnten nicht gesendet werden, weil diese Verbindung aufgehoben wurde.');
        expect(el.shadowRoot!.querySelector('.link-error:not(.revoked-switch)')).to.equal(null);
        expect(el.shadowRoot!.querySelector('markt-booth-pairing')).to.equal(null);
        expect(loggedOut).to.deep.equal([]);
        const dashboard = $(el, 'markt-booth-dashboard');
        await until(() => text(dashboard.shadowRoot!).includes(`${me().provider!.name} · 12`));
        await until(() => deepActive()?.textContent === 'Meldung schließen');
        el.remove();
      } finally {
        restore();
      }
    });
  });

  it('still says why the link failed when the kept pairing turns out UNAUTHORIZED (not revoked)', async () => {
    const restore = routeFetch((url) => {
      if (url.endsWith('/api/pair')) return Promise.resolve(Response.json({ error: { code: 'PAIRING_CODE_EXPIRED', message: 'expired' } }, { status: 410 }));
      if (url.endsWith('/api/booth/me')) return Promise.resolve(Response.json({ error: { code: 'UNAUTHORIZED', message: 'Log in or pair this device first.' } }, { status: 401 }));
      return undefined;
    });
    try {
      const { socket } = scriptedSocket();
      const storage = memoryStorage();
      storage.setItem('markt.booth.token', 'old-token');
      history.replaceState(null, '', `${location.pathname}#pair=EXPIRED2`);
      const el = await fixture<BoothApp>(html`<markt-booth-app locale="en" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
      await until(() => storage.getItem('markt.booth.token') === null);
      await until(() => Boolean(el.shadowRoot!.querySelector('markt-booth-pairing')));
      const pairing = $(el, 'markt-booth-pairing');
      await until(() => text(pairing.shadowRoot!).includes('Pairing failed: this code has expired. Ask the organizer for a new one.'));
      el.remove();
    } finally {
      restore();
      history.replaceState(null, '', location.pathname);
    }
  });

  it('shows a failed #pair= link on the pairing screen when the tablet was not paired', async () => {
    const restore = routeFetch((url) =>
      url.endsWith('/api/pair') ? Promise.resolve(Response.json({ error: { code: 'PAIRING_CODE_INVALID', message: 'invalid' } }, { status: 400 })) : undefined,
    );
    try {
      history.replaceState(null, '', `${location.pathname}#pair=WRONG1`);
      const el = await fixture<BoothApp>(html`<markt-booth-app locale="de" apiBase="/__test__" .storage=${memoryStorage()}></markt-booth-app>`);
      await until(() => text($(el, 'markt-booth-pairing').shadowRoot!).includes('Verbinden fehlgeschlagen: Dieser Code ist ungültig.'));
      expect(el.shadowRoot!.querySelector('markt-booth-dashboard')).to.equal(null);
    } finally {
      restore();
      history.replaceState(null, '', location.pathname);
    }
  });
});
