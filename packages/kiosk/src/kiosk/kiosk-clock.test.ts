// A paired kiosk whose clock runs 10 minutes ahead of the server's (fair hardware without NTP), and contact
// requests the server refuses. A fetch stand-in plays the server for the kiosk's API: its clock is the page's
// minus 10 minutes (in every answer's `Date` header, as Node's HTTP server sends it), and it checks a lead's
// `consent.at` as packages/server/src/store/leads.ts does (400 at `consent.at` when it lies more than 5 minutes
// after the server's time or more than 7 days before it). Everything else is the real kiosk in Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import type { LeadInput } from '@markt/sdk';
import { expectAccessible } from '../../test/axe.js';
import { serverClock } from '../net/server-clock.js';
import type { KioskUnsentDetail, MarktKiosk } from './kiosk.component.js';
import { kioskCatalog } from './i18n.js';
import { fixtureData } from './test-fixture.js';
import { $, askForContact, heading, tap, until, wait } from './test-visitor.js';
import './kiosk.js';

const MINUTE = 60_000;
const FAILED_DE = 'Ihre Anfrage konnte nicht gesendet werden. Bitte sprechen Sie die Mitarbeitenden am Stand an.';
const FAILED_EN = 'Your request could not be sent. Please speak to the staff at the stand.';
const SENT_DE = 'Danke! Schuldnerberatung Pankow meldet sich bei Ihnen.';

/** How the stand-in answers a lead: by the server's rule, as a network failure, held until released, or refused (400). */
type LeadMode = 'rule' | 'offline' | 'hold' | 'invalid';

/** A lead the stand-in took, with the server's time when it came. */
interface Taken {
  lead: LeadInput;
  serverAt: number;
}

describe('<markt-kiosk> with a clock 10 minutes ahead of the server, and refused contact requests', () => {
  let realFetch: typeof window.fetch;
  /** Server time minus the kiosk's time. */
  let serverOffset: number;
  let mode: LeadMode;
  let taken: Taken[];
  let refused: { lead: LeadInput; path: string }[];
  let release: (() => void) | undefined;
  const serverNow = () => Date.now() + serverOffset;

  /** A JSON answer of the stand-in server, with its Date header. */
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', date: new Date(serverNow()).toUTCString() } });
  const invalid = (path: string, message: string) =>
    answer(400, { error: { code: 'INVALID_INPUT', message: 'Some fields are missing or invalid: see details.', details: [{ path, message }] } });

  /** The server's check of `consent.at` (store/leads.ts checkEvent). */
  function takeLead(lead: LeadInput): Response {
    const now = serverNow();
    const at = Date.parse(lead.consent.at);
    let refusal: string | undefined;
    if (!(at >= now - 7 * 24 * 60 * MINUTE)) refusal = "must not be more than 7 days before the server's time";
    else if (!(at <= now + 5 * MINUTE)) refusal = "must not be later than the server's time (plus 5 minutes)";
    if (mode === 'invalid') refusal = 'is not a provider of this event';
    if (refusal) {
      refused.push({ lead, path: mode === 'invalid' ? 'providerId' : 'consent.at' });
      return invalid(mode === 'invalid' ? 'providerId' : 'consent.at', refusal);
    }
    taken.push({ lead, serverAt: now });
    return answer(201, { id: `lead-${taken.length}`, seq: taken.length });
  }

  beforeEach(() => {
    localStorage.clear();
    serverClock.forget();
    realFetch = window.fetch;
    serverOffset = -10 * MINUTE;
    mode = 'rule';
    taken = [];
    refused = [];
    release = undefined;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/api/events/pankow-2026/public')) return answer(200, fixtureData());
      if (url.endsWith('/api/kiosk/leads')) {
        if (mode === 'offline') throw new TypeError('Failed to fetch');
        const lead = JSON.parse(String(init?.body)) as LeadInput;
        if (mode === 'hold') await new Promise<void>((resolve) => (release = resolve));
        return takeLead(lead);
      }
      // Sessions and the anonymous statistics are taken: not what these tests are about.
      if (url.includes('/api/kiosk/')) return answer(201, {});
      return realFetch(input, init);
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
    serverClock.forget();
  });

  /** A paired kiosk as /kiosk starts it: its fair's data comes from the server. */
  async function pairedKiosk(): Promise<MarktKiosk> {
    const el = await fixture<MarktKiosk>(html`<markt-kiosk .deviceToken=${'kiosk-token-1'} api-base="/__test__/api" event-id="pankow-2026"></markt-kiosk>`);
    await until(() => el.data !== undefined);
    return el;
  }

  it('gets its contact request through: consent.at is stamped in the server time, not the kiosk clock', async () => {
    const el = await pairedKiosk();
    const before = serverNow();
    await askForContact(el, 'de');
    await until(() => taken.length + refused.length > 0);
    expect(refused.map((r) => r.path), 'refused').to.deep.equal([]);
    const [{ lead, serverAt }] = taken as [Taken];
    const stampedAt = Date.parse(lead.consent.at);
    // Made between `before` and its arrival, in the server's time; the Date header costs at most 0.5 s + half a round trip.
    expect(stampedAt).to.be.within(before - 1000, serverAt + 1000);
    expect(heading(el)).to.equal(SENT_DE);
  });

  it('a request made while the network is down keeps the (server) time it was made, not the time it was sent', async () => {
    const el = await pairedKiosk();
    mode = 'offline';
    const madeAt = serverNow();
    await askForContact(el, 'de');
    expect(heading(el), 'queued: the kiosk sends it by itself').to.equal(SENT_DE);
    await wait(2500);
    mode = 'rule';
    window.dispatchEvent(new Event('online'));
    await until(() => taken.length + refused.length > 0);
    expect(refused, 'refused').to.deep.equal([]);
    const [{ lead, serverAt }] = taken as [Taken];
    const stampedAt = Date.parse(lead.consent.at);
    expect(Math.abs(stampedAt - madeAt), 'ms between the stamp and the server time of the request').to.be.at.most(1500);
    expect(serverAt - stampedAt, 'sent later than it was made').to.be.at.least(2000);
  });

  it('a refused request (400) is not left as "sent": the heading says it could not be sent and takes the focus', async () => {
    mode = 'invalid';
    const el = await pairedKiosk();
    await askForContact(el, 'de');
    await until(() => refused.length === 1);
    await until(() => heading(el) !== SENT_DE);
    expect(heading(el)).to.equal(FAILED_DE);
    expect(el.shadowRoot!.activeElement, 'the new heading has the focus (read out)').to.equal($(el, '[data-screen-heading]'));
    expect(el.eventClosed, 'a 400 is not "the fair is over"').to.equal(false);
    expect(localStorage.getItem('markt.outbox.kiosk-leads'), 'dropped, not tried again').to.equal('[]');
    await expectAccessible(el);
  });

  it('says it in the visitor\'s language, also when the refusal comes after the visitor left the contact screen', async () => {
    mode = 'hold';
    const el = await pairedKiosk();
    await askForContact(el, 'en');
    await until(() => release !== undefined);
    el.go('results'); // the visitor reads on
    await el.updateComplete;
    mode = 'invalid';
    release!();
    await until(() => refused.length === 1);
    await until(() => el.shadowRoot!.querySelector('.notice') !== null);
    // Wherever the visitor is, an alert says so (read out by a screen reader without moving the focus).
    const notice = $(el, '.notice[role="alert"]');
    expect(notice.querySelector('p')!.textContent).to.equal('Your request to Schuldnerberatung Pankow could not be sent. Please speak to the staff at the stand.');
    expect(heading(el), 'the visitor stays where they are').to.equal(kioskCatalog.t('en', 'results.title'));
    await expectAccessible(el);
    // Back at the same offer's contact screen: it says so too, and the notice has done its job.
    el.go('contact');
    await el.updateComplete;
    expect(heading(el)).to.equal(FAILED_EN);
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
  });

  it('the notice goes when the visitor dismisses it, and the focus returns to the heading', async () => {
    mode = 'hold';
    const el = await pairedKiosk();
    await askForContact(el, 'de');
    await until(() => release !== undefined);
    el.go('map');
    await el.updateComplete;
    mode = 'invalid';
    release!();
    await until(() => el.shadowRoot!.querySelector('.notice') !== null);
    await tap(el, '[data-dismiss-notice]');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-screen-heading]'));
    expect(el.screen).to.equal('map');
  });

  it('a refusal that comes after the idle wipe shows the next visitor nothing, and is counted for the operator (markt-kiosk-unsent)', async () => {
    mode = 'hold';
    const el = await pairedKiosk();
    const unsent: KioskUnsentDetail[] = [];
    el.addEventListener('markt-kiosk-unsent', (e) => unsent.push(e.detail));
    await askForContact(el, 'de');
    await until(() => release !== undefined);
    el.wipe('idle');
    await el.updateComplete;
    mode = 'invalid';
    release!();
    await until(() => refused.length === 1);
    await until(() => unsent.length > 0);
    expect(unsent).to.deep.equal([{ kind: 'leads', total: 1 }]);
    expect(el.screen).to.equal('attract');
    expect(el.shadowRoot!.textContent).not.to.contain('nicht gesendet');
  });
});
