// Searches counted per visitor: a paired kiosk sends, with every search that found nothing, the random id of the
// visitor session it belongs to (`session`), so the server's report counts a term once per visitor. A fetch stand-in
// plays the server and records what reaches /api/kiosk/searches; everything else is the real kiosk in Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import type { KioskData, MarktKiosk } from './kiosk.component.js';
import { fixtureData } from './test-fixture.js';
import { tap, until } from './test-visitor.js';
import './kiosk.js';

/** What the kiosk sends to POST /api/kiosk/searches. */
interface SentSearch {
  query: string;
  resultCount: number;
  locale: string;
  idempotencyKey: string;
  session?: string;
}

/** The fair's data with the fair running now (the fixture's own fair is in March 2026). */
function runningFair(): KioskData {
  const data = fixtureData();
  return { ...data, event: { ...data.event, startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString() } };
}

describe('<markt-kiosk> searches carry the visitor session', () => {
  let realFetch: typeof window.fetch;
  let searches: SentSearch[];

  beforeEach(() => {
    localStorage.clear();
    realFetch = window.fetch;
    searches = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/api/kiosk/searches')) searches.push(JSON.parse(String(init?.body)) as SentSearch);
      if (url.includes('/api/kiosk/')) return new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } });
      return realFetch(input, init);
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
  });

  /** The visitor on the results screen searches `query` (which finds nothing) and moves on to the map. */
  async function searchInVain(el: MarktKiosk, query: string): Promise<void> {
    el.go('results');
    await el.updateComplete;
    el.session = { ...el.session, query };
    await el.updateComplete;
    expect(el.results, `"${query}" finds nothing`).to.have.length(0);
    el.go('map');
    await el.updateComplete;
  }

  /** A visitor's first touch: the attract screen, then German. */
  async function start(el: MarktKiosk): Promise<void> {
    await tap(el, '.attract');
    await tap(el, '[data-locale="de"]');
    await until(() => el.locale === 'de');
  }

  it('two searches of one visitor carry the same session id; the next visitor after the wipe another one', async () => {
    const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${runningFair()} .deviceToken=${'kiosk-token-1'} api-base="/__test__/api"></markt-kiosk>`);
    await start(el);
    await searchInVain(el, 'Tiefseetaucher');
    await searchInVain(el, 'Hufschmied');
    await until(() => searches.length === 2);
    const [first, second] = searches as [SentSearch, SentSearch];
    expect(first.session).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(second.session, 'same visitor').to.equal(first.session);
    expect(second.idempotencyKey).not.to.equal(first.idempotencyKey);
    // Never shown on the screen, and not in the stored session (only in the outbox's records).
    expect(el.shadowRoot!.innerHTML).not.to.contain(first.session);
    expect(localStorage.getItem('markt.kiosk.session') ?? '').not.to.contain(first.session);

    el.wipe('idle');
    await el.updateComplete;
    await start(el);
    // The same text as the first visitor's: a new visitor reports it again, under their own session.
    await searchInVain(el, 'Tiefseetaucher');
    await until(() => searches.length === 3);
    const third = searches[2]!;
    expect(third.query).to.equal('Tiefseetaucher');
    expect(third.session).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(third.session, 'the next visitor').not.to.equal(first.session);
  });
});
