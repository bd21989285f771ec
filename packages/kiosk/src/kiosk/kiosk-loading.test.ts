import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DATA_KEY, SESSION_KEY, type MarktKiosk } from './kiosk.component.js';
import { LANGUAGE_CHOICES, kioskCatalog } from './i18n.js';
import { fixtureData } from './test-fixture.js';
import './kiosk.js';

// The fair's data comes from the test server's HTTP stand-in (see web-test-runner.config.js), which
// answers `GET /__test__/api/api/events/<id>/public` with a fixture or an error we choose.
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function serve(fixture: { status?: number; body: unknown }): Promise<void> {
  await fetch('/__test__/api/fixture', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '/api/events/ev-cache/public', ...fixture }) });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await wait(20);
}

describe('<markt-kiosk> data and long result lists', () => {
  afterEach(async () => {
    localStorage.removeItem(`${DATA_KEY}ev-cache`);
    localStorage.removeItem(SESSION_KEY);
    await fetch('/__test__/api/reset', { method: 'POST' });
  });

  it('keeps the fair data it loaded and starts from it when the server does not answer', async () => {
    const data = fixtureData();
    await serve({ body: data });
    const online = await fixture<MarktKiosk>(html`<markt-kiosk api-base="/__test__/api" event-id="ev-cache"></markt-kiosk>`);
    await until(() => online.data !== undefined);
    expect(online.data?.offers.map((o) => o.id)).to.deep.equal(data.offers.map((o) => o.id));
    expect(JSON.parse(localStorage.getItem(`${DATA_KEY}ev-cache`) ?? 'null')?.event.id).to.equal(data.event.id);

    await serve({ status: 503, body: { error: { code: 'UNAVAILABLE', message: 'down' } } });
    const offline = await fixture<MarktKiosk>(html`<markt-kiosk api-base="/__test__/api" event-id="ev-cache"></markt-kiosk>`);
    await until(() => offline.data !== undefined);
    await wait(50);
    expect(offline.loadError).to.equal(false);
    expect(offline.data?.offers.length).to.equal(data.offers.length);
    expect(offline.shadowRoot!.querySelector('.attract .event')).not.to.equal(null);
  });

  it('says offline-ready once the screens, every language and the QR encoder are loaded', async () => {
    const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()}></markt-kiosk>`);
    await until(() => el.offlineReady);
    expect(el.hasAttribute('offline-ready')).to.equal(true);
    for (const { locale } of LANGUAGE_CHOICES) expect(kioskCatalog.has(locale), locale).to.equal(true);
    // The take-home code comes from the encoder already loaded.
    const { qrSvg } = await import('./take-home.js');
    expect(await qrSvg('https://m.example/list#v=1&e=ev1&l=de&o=o1')).to.match(/^<svg/);
  });

  it('shows an error, not an empty fair, when the server does not answer and nothing was kept', async () => {
    await serve({ status: 503, body: { error: { code: 'UNAVAILABLE', message: 'down' } } });
    const el = await fixture<MarktKiosk>(html`<markt-kiosk api-base="/__test__/api" event-id="ev-cache"></markt-kiosk>`);
    await until(() => el.loadError);
    expect(el.loadError).to.equal(true);
    expect(el.data).to.equal(undefined);
  });

  it('loads the fair once the server answers, when it first started without data and without a server', async () => {
    await serve({ status: 503, body: { error: { code: 'UNAVAILABLE', message: 'down' } } });
    const el = await fixture<MarktKiosk>(html`<markt-kiosk api-base="/__test__/api" event-id="ev-cache"></markt-kiosk>`);
    await until(() => el.loadError);
    expect(el.loadError).to.equal(true);
    const data = fixtureData();
    await serve({ body: data });
    window.dispatchEvent(new Event('online'));
    await until(() => el.data !== undefined);
    expect(el.loadError).to.equal(false);
    expect(el.data?.offers.length).to.equal(data.offers.length);
  });

  it('renders 20 result cards at a time and shows more on request, up to all of them', async () => {
    const data = fixtureData();
    const base = data.offers;
    const offers = Array.from({ length: 45 }, (_, i) => ({ ...base[i % base.length]!, id: `many-${i}` }));
    const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${{ ...data, offers }}></markt-kiosk>`);
    el.go('results');
    await el.updateComplete;
    const total = el.results.length;
    expect(total).to.be.greaterThan(40);
    const cards = () => el.shadowRoot!.querySelectorAll('ul.offers > li[data-offer]').length;
    expect(cards()).to.equal(20);
    for (let shown = 20; shown < total; shown += 20) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-more]')!.click();
      await el.updateComplete;
      expect(cards()).to.equal(Math.min(shown + 20, total));
    }
    expect(el.shadowRoot!.querySelector('[data-more]')).to.equal(null);
    // A new search starts again from the first page.
    el.session = { ...el.session, query: 'a' };
    await el.updateComplete;
    expect(cards()).to.equal(Math.min(20, el.results.length));
  });

  it('unpairs on a 401 DEVICE_REVOKED answer (fetch stand-in for the server): tells the page once, drops what was queued, sends nothing more', async () => {
    const kinds = ['leads', 'feedback', 'quizzes', 'searches'];
    // A contact request left from before a reload, waiting in its outbox.
    localStorage.setItem('markt.outbox.kiosk-leads', JSON.stringify([{ key: 'k1', item: { providerId: 'p1' }, attempts: 2, queuedAt: new Date().toISOString() }]));
    let calls = 0;
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input instanceof Request ? input.url : input).includes('/api/kiosk/')) {
        calls += 1;
        const body = JSON.stringify({ error: { code: 'DEVICE_REVOKED', message: 'The organizer revoked this device: pair it again with a new code.' } });
        return Promise.resolve(new Response(body, { status: 401, headers: { 'content-type': 'application/json' } }));
      }
      return realFetch(input, init);
    };
    try {
      const el = document.createElement('markt-kiosk');
      el.data = fixtureData();
      el.apiBase = '/__test__/api';
      el.deviceToken = 'revoked-token';
      const unpaired = oneEvent(el, 'markt-kiosk-unpaired');
      let events = 0;
      el.addEventListener('markt-kiosk-unpaired', () => (events += 1));
      document.body.append(el);
      const { detail } = await unpaired;
      expect(detail).to.deep.equal({ code: 'DEVICE_REVOKED' });
      expect(el.screen).to.equal('attract');
      for (const kind of kinds) expect(localStorage.getItem(`markt.outbox.kiosk-${kind}`)).to.equal(null);
      // Whatever the visitor does next is no longer sent, and nothing is retried.
      el.go('language');
      await el.chooseLanguage('de');
      el.answer(4);
      el.go('results');
      await el.updateComplete;
      await wait(300);
      expect(calls).to.equal(1);
      expect(events).to.equal(1);
      el.remove();
    } finally {
      window.fetch = realFetch;
      for (const kind of kinds) localStorage.removeItem(`markt.outbox.kiosk-${kind}`);
    }
  });
});
