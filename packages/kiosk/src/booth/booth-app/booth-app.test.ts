import { expect, fixture, html } from '@open-wc/testing';
import { io } from 'socket.io-client';
import { expectAccessible } from '../../../test/axe.js';
import { ApiClient } from '../../net/api-client.js';
import { ackingStandIn, memoryStorage, scriptedSocket } from '../../net/test-helpers.js';
import { $, click, text, type, until } from '../../shared/test-input.js';
import { HOSTILE_LEAD_NAME, lead, me } from '../test-data.js';
import type { BoothApp } from './booth-app.component.js';
import { pairCodeFromHash } from './booth-app.component.js';
import './booth-app.js';

// Runs against the /__test__/ stand-ins of web-test-runner.config.js (HTTP API and socket.io) until the real server lands.
const testApi = new ApiClient({ baseUrl: '/__test__' });

describe('markt-booth-app (against the /__test__/ stand-in API and socket.io server)', () => {
  beforeEach(async () => {
    await testApi.post('/api/reset', {});
    await testApi.post('/api/fixture', { path: '/booth/me', body: me() });
    await testApi.post('/api/fixture', {
      path: '/events/ev1/public',
      body: { offers: [{ id: 'o1', providerId: 'p1', title: { de: 'Pflege-Basiskurs', en: 'Care basics course' } }, { id: 'o2', providerId: 'p2', title: { de: 'Fremd' } }] },
    });
  });

  it('pairs with a typed code, shows a pushed lead live (as text), and PATCHes a rating with the device token', async () => {
    const control = io({ path: '/__test__/socket.io', auth: { token: 'control' } });
    await new Promise<void>((resolve) => control.emit('test:reset', () => resolve()));
    const storage = memoryStorage();
    const el = await fixture<BoothApp>(html`<markt-booth-app locale="en" apiBase="/__test__" socketPath="/__test__/socket.io" .connect=${ackingStandIn} .storage=${storage}></markt-booth-app>`);
    const pairing = $(el, 'markt-booth-pairing');
    await expectAccessible(el);
    await type($(pairing, '#code'), 'ABC123');
    await click($(pairing, 'button'));
    await until(() => Boolean(el.shadowRoot!.querySelector('markt-booth-dashboard')));
    expect(storage.getItem('markt.booth.token')).to.equal('booth-token-1');
    const dashboard = $(el, 'markt-booth-dashboard');
    await until(() => text(dashboard.shadowRoot!).includes('Live') && text(dashboard.shadowRoot!).includes('Bildungswerk Nord'));

    control.emit('test:push', [
      { seq: 1, kind: 'visit', item: { id: 'v1', at: '2026-03-12T10:01:00Z' } },
      { seq: 2, kind: 'lead', item: lead('l9', { contact: { name: HOSTILE_LEAD_NAME, phone: '+49 30 9' } }) },
    ]);
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 1);
    const card = $(dashboard, 'markt-lead-card');
    await until(() => text(card.shadowRoot!).includes(HOSTILE_LEAD_NAME));
    expect(card.hasAttribute('new')).to.equal(true);
    await until(() => text(card.shadowRoot!).includes('About: Care basics course'));
    expect(card.shadowRoot!.querySelectorAll('script, img').length).to.equal(0);
    expect($(dashboard, '[aria-live="assertive"]').textContent).to.contain(HOSTILE_LEAD_NAME);
    expect(text(dashboard.shadowRoot!)).to.contain('1 visit in total');
    await expectAccessible(el);

    await click($(card, 'input[value="5"]'));
    await until(() => storage.getItem('markt.outbox.booth-patches') === '[]');
    const { patches } = await testApi.get<{ patches: { id: string; authorization: string; patch: { idempotencyKey?: string } }[] }>('/api/patches');
    // The change carries its idempotency key, so a resend of it is applied once (packages/server/src/routes/booth.test.ts).
    expect(patches[0]?.patch.idempotencyKey).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(patches).to.deep.equal([{ id: 'l9', authorization: 'Bearer booth-token-1', patch: { rating: 5, idempotencyKey: patches[0]?.patch.idempotencyKey } }]);
    control.disconnect();
    el.remove();
  });

  it('exports the leads as a CSV download and logs out with a click, forgetting token and leads', async () => {
    // What GET /api/booth/leads answers: every lead of the provider with the consent it rests on.
    const consent = { consentAt: '2026-03-12T10:06:30Z', consentText: 'Ich bin einverstanden.', deleteAfter: '2026-04-11T22:00:00Z' };
    await testApi.post('/api/fixture', { path: '/booth/leads', body: { leads: [{ ...lead('l1', { status: 'contacted' }), ...consent }] } });
    const storage = memoryStorage();
    storage.setItem('markt.booth.token', 'booth-token-1');
    storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: lead('l1') }], visits: [] }));
    const el = await fixture<BoothApp>(html`<markt-booth-app locale="de" apiBase="/__test__" socketPath="/__test__/socket.io" .connect=${ackingStandIn} .storage=${storage}></markt-booth-app>`);
    const dashboard = $(el, 'markt-booth-dashboard');
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 1); // from storage, before any network
    const downloads: { href: string; download: string }[] = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    };
    try {
      await until(() => text(dashboard.shadowRoot!).includes('Bildungswerk Nord'));
      await click([...dashboard.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('CSV'))!);
      await until(() => downloads.length === 1);
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(downloads[0]?.download).to.equal('leads-12.csv');
    // Made like the organizer's report, so German Excel opens it in columns: ";", a BOM, German headers, local
    // times, the offer's title beside its id, the stand's number, the status in words; consent and deletion kept.
    const file = new Uint8Array(await (await fetch(downloads[0]!.href)).arrayBuffer());
    expect([...file.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const [header, row, end] = new TextDecoder().decode(file.slice(3)).split('\r\n');
    expect(header).to.equal(
      'Eingegangen (älteste zuerst);Name;Telefon;E-Mail;Sprache;Nachricht;Angebot;Angebots-ID;Stand;Bewertung;Status;Schlagwörter;Notizen;Löschen bis;Einwilligung am;Einwilligungstext',
    );
    const local = (iso: string) => {
      const at = new Date(iso);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
    };
    expect(row).to.equal(
      `${local('2026-03-12T10:07:00Z')};Ayşe Yılmaz;+49 30 1234567;;Türkçe;;Pflege-Basiskurs;o1;12;;Kontaktiert;;;${local('2026-04-11T22:00:00Z')};${local('2026-03-12T10:06:30Z')};Ich bin einverstanden.`,
    );
    expect(end).to.equal('');

    const loggedOut = new Promise((resolve) => el.addEventListener('markt-logged-out', resolve, { once: true }));
    await click([...dashboard.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Abmelden'))!);
    await loggedOut;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('markt-booth-pairing')).not.to.equal(null);
    expect(storage.getItem('markt.booth.token')).to.equal(null);
    expect(storage.getItem('markt.booth.feed')).to.equal(null);
  });

  it('is logged out at once, with a notice, when the server refuses its token as revoked', async () => {
    const storage = memoryStorage();
    storage.setItem('markt.booth.token', 'revoked');
    storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: lead('l1') }], visits: [] }));
    // The real server's refusal (`data: { code }`, packages/server/src/live/socket.ts), played by a scripted socket.
    const { socket, handlers } = scriptedSocket();
    const el = await fixture<BoothApp>(
      html`<markt-booth-app locale="en" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`,
    );
    await until(() => handlers.has('connect_error'));
    handlers.get('connect_error')!(Object.assign(new Error('DEVICE_REVOKED'), { data: { code: 'DEVICE_REVOKED', message: 'The organizer revoked this device.' } }));
    await until(() => Boolean(el.shadowRoot!.querySelector('markt-booth-pairing')));
    const pairing = $(el, 'markt-booth-pairing');
    await until(() => text(pairing.shadowRoot!).includes('logged this tablet out'));
    expect(storage.getItem('markt.booth.token')).to.equal(null);
    expect(storage.getItem('markt.booth.feed')).to.equal(null);
  });

  it('no longer shows a lead the server erased or purged (sync ack without it; live `erased`)', async () => {
    // The /__test__/ stand-in socket neither acks `sync` nor sends `erased`: a scripted socket plays the real server
    // (whose side packages/server/test/field/erasure.test.ts covers over real socket.io).
    const { socket, handlers, syncs } = scriptedSocket();
    const storage = memoryStorage();
    storage.setItem('markt.booth.token', 'booth-token-1');
    const stored = [
      { seq: 2, lead: lead('l1', { contact: { name: 'Purged Person', phone: '+49 30 1234 5678' } }) },
      { seq: 3, lead: lead('l2', { contact: { name: 'Erased Person', phone: '+49 30 2' } }) },
      { seq: 4, lead: lead('l3', { contact: { name: 'Kept Person', phone: '+49 30 3' } }) },
    ];
    storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 4, leads: stored, visits: [] }));
    const el = await fixture<BoothApp>(
      html`<markt-booth-app locale="en" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`,
    );
    const dashboard = $(el, 'markt-booth-dashboard');
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 3);
    handlers.get('connect')!();
    syncs[0]!.ack({ ok: true, replayed: 0, lastSeq: 4, leadIds: ['l2', 'l3'] });
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 2);
    handlers.get('erased')!({ leadIds: ['l2'] });
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 1);
    const card = $(dashboard, 'markt-lead-card');
    await until(() => text(card.shadowRoot!).includes('Kept Person'));
    expect(storage.getItem('markt.booth.feed')).not.to.contain('1234 5678');
    expect(storage.getItem('markt.booth.feed')).not.to.contain('Erased Person');
    el.remove();
  });

  it('a freshly paired tablet does not announce the requests it loads at first, only those that arrive after (review 2, L3)', async () => {
    const { socket, handlers, syncs } = scriptedSocket();
    const storage = memoryStorage();
    storage.setItem('markt.booth.token', 'booth-token-1'); // just paired: no leads, lastSeq 0
    const el = await fixture<BoothApp>(html`<markt-booth-app locale="en" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`);
    const dashboard = $(el, 'markt-booth-dashboard');
    const live = () => $(dashboard, '[aria-live="assertive"]').textContent ?? '';
    handlers.get('connect')!();
    // The server replays what the provider already has, then acks the sync.
    handlers.get('feed')!({ seq: 1, kind: 'lead', item: lead('l1', { contact: { name: 'Carla Offline' } }) });
    handlers.get('feed')!({ seq: 2, kind: 'lead', item: lead('l2', { contact: { name: 'Ayşe Yılmaz' }, status: 'contacted', rating: 4 }) });
    syncs[0]!.ack({ ok: true, replayed: 2, lastSeq: 2, leadIds: ['l1', 'l2'] });
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(live()).not.to.contain('New contact request');
    expect(dashboard.shadowRoot!.querySelectorAll('markt-lead-card[new]').length).to.equal(0);
    // A visitor asks now: that one is news.
    handlers.get('feed')!({ seq: 3, kind: 'lead', item: lead('l3', { contact: { name: 'Cem' } }) });
    await until(() => live().includes('New contact request: Cem'));
    expect(live()).not.to.contain('Carla');
    el.remove();
  });

  it('re-pairing with a #pair= link forgets the previous pairing: its leads, lastSeq, profile and pending changes', async () => {
    const { socket, handlers, syncs } = scriptedSocket();
    const storage = memoryStorage();
    storage.setItem('markt.booth.token', 'old-token');
    storage.setItem('markt.booth.me', JSON.stringify({ ...me(), provider: { id: 'p-old', name: 'Old Provider' } }));
    storage.setItem('markt.outbox.booth-patches', JSON.stringify([{ item: { id: 'old-lead', patch: { rating: 2 } }, key: 'k', attempts: 0 }]));
    storage.setItem(
      'markt.booth.feed',
      JSON.stringify({ lastSeq: 5000, leads: [{ seq: 4999, lead: lead('old-lead', { contact: { name: 'Old Visitor', phone: '+49 1 555' } }) }], visits: [] }),
    );
    history.replaceState(null, '', `${location.pathname}#pair=ABC123`);
    const el = await fixture<BoothApp>(
      html`<markt-booth-app locale="en" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`,
    );
    await until(() => storage.getItem('markt.booth.token') === 'booth-token-1' && handlers.has('connect'));
    handlers.get('connect')!();
    expect(syncs.map((sync) => sync.after)).to.deep.equal([0]);
    const dashboard = $(el, 'markt-booth-dashboard');
    await until(() => text(dashboard.shadowRoot!).includes('Bildungswerk Nord'));
    expect(text(dashboard.shadowRoot!)).not.to.contain('Old');
    expect(dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length).to.equal(0);
    expect(storage.getItem('markt.booth.feed') ?? '').not.to.contain('Old Visitor');
    expect(storage.getItem('markt.outbox.booth-patches') ?? '').not.to.contain('old-lead');
    expect(storage.getItem('markt.booth.me')).not.to.contain('Old Provider');
    el.remove();
  });

  it("says what went wrong in the tablet's language: pairing codes, no connection, a refused change, a failed export", async () => {
    const realFetch = globalThis.fetch;
    let pairAnswer: () => Promise<Response> = async () => Response.json({ error: { code: 'PAIRING_CODE_USED', message: 'This code was already used.' } }, { status: 409 });
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/api/pair')) return pairAnswer();
      if (url.includes('/api/booth/leads/') && init?.method === 'PATCH') return Response.json({ error: { code: 'CONFLICT', message: 'Lead was erased.' } }, { status: 422 });
      if (url.endsWith('/api/booth/leads') && (init?.method ?? 'GET') === 'GET') return Response.json({ error: { code: 'INTERNAL', message: 'Database is locked.' } }, { status: 500 });
      return realFetch(input, init);
    };
    try {
      const pairingStorage = memoryStorage();
      const unpaired = await fixture<BoothApp>(html`<markt-booth-app locale="de" apiBase="/__test__" .storage=${pairingStorage}></markt-booth-app>`);
      const pairing = $(unpaired, 'markt-booth-pairing');
      await type($(pairing, '#code'), 'USED01');
      await click($(pairing, 'button'));
      await until(() => text(pairing.shadowRoot!).includes('Dieser Code wurde schon verwendet'));
      expect(text(pairing.shadowRoot!)).not.to.contain('already used');
      pairAnswer = () => Promise.reject(new TypeError('Failed to fetch'));
      await click($(pairing, 'button'));
      await until(() => text(pairing.shadowRoot!).includes('Der Server ist nicht erreichbar'));
      unpaired.remove();

      const { socket } = scriptedSocket();
      const storage = memoryStorage();
      storage.setItem('markt.booth.token', 'booth-token-1');
      storage.setItem('markt.booth.feed', JSON.stringify({ lastSeq: 3, leads: [{ seq: 3, lead: lead('l1') }], visits: [] }));
      const el = await fixture<BoothApp>(
        html`<markt-booth-app locale="de" apiBase="/__test__" .connect=${() => socket} .storage=${storage}></markt-booth-app>`,
      );
      const dashboard = $(el, 'markt-booth-dashboard');
      await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 1);
      const card = $(dashboard, 'markt-lead-card');
      await click($(card, 'input[value="5"]'));
      await until(() => text(card.shadowRoot!).includes('Nicht gespeichert: Der Server hat diese Änderung abgelehnt.'));
      expect(text(card.shadowRoot!)).not.to.contain('refused');
      await click([...dashboard.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('CSV'))!);
      await until(() => ($(dashboard, '[aria-live="assertive"]').textContent ?? '').includes('Export fehlgeschlagen: Der Server konnte es nicht ausführen.'));
      expect($(dashboard, '[aria-live="assertive"]').textContent).not.to.contain('Database');
      el.remove();
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('reads the pairing code from a /booth#pair=<code> link', () => {
    expect(pairCodeFromHash('#pair=K7Q2-M9XD')).to.equal('K7Q2-M9XD');
    expect(pairCodeFromHash('#other=1')).to.equal(undefined);
  });
});
