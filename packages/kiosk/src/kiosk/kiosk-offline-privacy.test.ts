// Privacy review M3: what a kiosk keeps of a visitor while its network is down (a shared machine in a public hall).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KioskData, MarktKiosk } from './kiosk.component.js';
import { fixtureData } from './test-fixture.js';
import './kiosk.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DAY = 86_400_000;
const $ = <T extends Element = HTMLElement>(el: MarktKiosk, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
async function tap(el: MarktKiosk, selector: string): Promise<void> {
  $(el, selector).click();
  await wait(0);
  await el.updateComplete;
  await wait(0);
  await el.updateComplete;
}

/** The fair's data with the event ending at `endsAt` (the fixture's own fair is in March 2026). */
function dataEndingAt(endsAt: Date): KioskData {
  const data = fixtureData();
  return { ...data, event: { ...data.event, startsAt: new Date(endsAt.getTime() - 6 * 3_600_000).toISOString(), endsAt: endsAt.toISOString() } };
}

/** Every key and value in local and session storage, as one text to search. */
const storageDump = (): string =>
  [localStorage, sessionStorage].flatMap((store) => Object.keys(store).map((k) => `${k}=${store.getItem(k) ?? ''}`)).join('\n');

describe('markt-kiosk offline: what stays of a visitor (privacy review M3)', () => {
  let realFetch: typeof window.fetch;
  let reports: string[];

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    realFetch = window.fetch;
    reports = [];
    // The hall's Wi-Fi is down: every report fails with a network error (and is noted here).
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/api/kiosk/')) {
        if (!url.endsWith('/sessions')) reports.push(`${url} ${String(init?.body)}`);
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return realFetch(input, init);
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
    sessionStorage.clear();
  });

  it('after "Neu starten" keeps no search text that found something; an unsent contact request within its time stays queued', async () => {
    const data = dataEndingAt(new Date(Date.now() + 3_600_000)); // the fair is on
    const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${data} .deviceToken=${'kiosk-token-1'} api-base="/__test__/api"></markt-kiosk>`);
    await tap(el, '.attract');
    await tap(el, '[data-locale="de"]');
    for (let i = 0; i < 100 && el.locale !== 'de'; i += 1) await wait(20);
    el.go('results');
    await el.updateComplete;
    el.session = { ...el.session, query: 'Schulden Sucht Erika' };
    await el.updateComplete;
    expect(el.results.length).to.be.greaterThan(0); // the search found the debt counselling
    $(el, '[data-offer="schulden-beratung"] [data-details]').click();
    await el.updateComplete;
    await tap(el, '[data-contact]');
    $(el, '#contact-phone').focus();
    await sendKeys({ type: '0170 5551234' });
    $(el, '.check input').click();
    await tap(el, 'button[type="submit"]');
    el.wipe('finished'); // "Neu starten"
    await wait(100);
    const dump = storageDump();
    expect(dump).not.to.contain('Schulden Sucht Erika');
    expect(reports.join('\n')).not.to.contain('Schulden Sucht Erika'); // not even tried: the server keeps no such search
    // "Nothing acknowledged is ever lost": the visitor's request waits for the network, within its time.
    expect(JSON.parse(localStorage.getItem('markt.outbox.kiosk-leads') ?? '[]')).to.have.length(1);
    expect(dump).to.contain('5551234');
  });

  it('still reports a search that found nothing (what visitors looked for in vain)', async () => {
    const data = dataEndingAt(new Date(Date.now() + 3_600_000));
    const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${data} .deviceToken=${'kiosk-token-1'} api-base="/__test__/api"></markt-kiosk>`);
    await tap(el, '.attract');
    await tap(el, '[data-locale="de"]');
    for (let i = 0; i < 100 && el.locale !== 'de'; i += 1) await wait(20);
    el.go('results');
    el.session = { ...el.session, query: 'Tiefseetaucher' };
    await el.updateComplete;
    expect(el.results).to.have.length(0);
    el.go('map');
    await wait(50);
    expect(localStorage.getItem('markt.outbox.kiosk-searches')).to.contain('"resultCount":0');
  });

  it('drops queued requests past the fair\'s end plus one day (or 24 h after queuing) unsent, and says how many', async () => {
    const endsAt = new Date(Date.now() - 3 * DAY); // the fair ended three days ago
    const entry = (key: string, queuedAt: number, phone: string) => ({
      key,
      attempts: 40,
      queuedAt: new Date(queuedAt).toISOString(),
      item: { providerId: 'schuldnerberatung', offerId: 'schulden-beratung', deviceId: 'session-0123456789ab', contact: { phone }, locale: 'de', consent: { text: 'x'.repeat(30), locale: 'de', at: new Date(queuedAt).toISOString() }, idempotencyKey: key },
    });
    localStorage.setItem(
      'markt.outbox.kiosk-leads',
      JSON.stringify([
        entry('during-the-fair-0123456789', endsAt.getTime() - 3_600_000, '0170 5551234'), // past end + 1 day
        entry('after-the-fair-0123456789', Date.now() - 25 * 3_600_000, '0170 5552222'), // queued after it: 24 h, gone
        entry('just-now-0123456789', Date.now() - 60_000, '0170 5553333'), // queued after it: 24 h, still within
      ]),
    );
    localStorage.setItem('markt.outbox.kiosk-searches', JSON.stringify([{ key: 'search-key-0123456789', attempts: 3, queuedAt: new Date(endsAt.getTime() - 60_000).toISOString(), item: { query: 'Schulden Erika', resultCount: 0, locale: 'de', idempotencyKey: 'search-key-0123456789' } }]));
    const unsent: { kind: string; total: number }[] = [];
    const listener = (e: Event) => unsent.push((e as CustomEvent<{ kind: string; total: number }>).detail);
    document.addEventListener('markt-kiosk-unsent', listener);
    try {
      const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${dataEndingAt(endsAt)} .deviceToken=${'kiosk-token-1'} api-base="/__test__/api"></markt-kiosk>`);
      for (let i = 0; i < 100 && unsent.length < 3; i += 1) await wait(20);
      const dump = storageDump();
      expect(dump).not.to.contain('5551234');
      expect(dump).not.to.contain('5552222');
      expect(dump).not.to.contain('Schulden Erika');
      expect(dump).to.contain('5553333');
      expect(reports.join('\n')).not.to.contain('5551234'); // never sent
      expect(reports.join('\n')).not.to.contain('5552222');
      expect(unsent.map((u) => u.kind).sort()).to.deep.equal(['leads', 'leads', 'searches']);
      expect(Math.max(...unsent.map((u) => u.total))).to.equal(3);
      el.remove();
    } finally {
      document.removeEventListener('markt-kiosk-unsent', listener);
    }
  });
});
