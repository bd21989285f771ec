// A paired kiosk still running after the fair's retention period: the server refuses its contact requests with
// 410 `{ error: { code: 'EVENT_CLOSED' } }` (packages/server/src/store/retention.ts). A fetch stand-in gives that
// answer (the /__test__/ stand-in API has no /api/kiosk routes); everything else is the real kiosk in Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../../test/axe.js';
import { kioskCatalog } from './i18n.js';
import type { MarktKiosk } from './kiosk.component.js';
import { fixtureData } from './test-fixture.js';
import { $, askForContact, heading, tap, until, wait } from './test-visitor.js';
import './kiosk.js';

describe('<markt-kiosk> when the fair is over (fetch stand-in answers /api/kiosk/leads with 410 EVENT_CLOSED)', () => {
  let realFetch: typeof window.fetch;
  let leadPosts: number;
  let answer: 'closed' | 'invalid';

  beforeEach(() => {
    localStorage.clear();
    realFetch = window.fetch;
    leadPosts = 0;
    answer = 'closed';
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/api/kiosk/leads')) {
        leadPosts += 1;
        const body =
          answer === 'closed'
            ? { status: 410, error: { code: 'EVENT_CLOSED', message: 'Event "pankow-2026" has ended and its retention period is over: it takes no more visits or contact requests; drop this item.' } }
            : { status: 400, error: { code: 'INVALID_INPUT', message: 'Some fields are missing or invalid: see details.' } };
        return Promise.resolve(new Response(JSON.stringify({ error: body.error }), { status: body.status, headers: { 'content-type': 'application/json' } }));
      }
      // The anonymous statistics and session reports are accepted: they are not what this test is about.
      if (url.includes('/api/kiosk/')) return Promise.resolve(new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } }));
      return realFetch(input, init);
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
  });

  const paired = () => fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()} .deviceToken=${'kiosk-token-1'} api-base="/__test__/api"></markt-kiosk>`);

  it('says the fair is over instead of "sent", drops the request and never sends it again; the next visitor gets no form', async () => {
    const el = await paired();
    await askForContact(el, 'de');
    await until(() => heading(el) === kioskCatalog.t('de', 'contact.closed'));
    expect(heading(el)).to.equal('Dieser Markt ist vorbei. Anfragen werden nicht mehr angenommen. Bitte wenden Sie sich direkt an den Anbieter.');
    expect(el.shadowRoot!.activeElement, 'the new heading has the focus (read out)').to.equal($(el, '[data-screen-heading]'));
    expect(el.shadowRoot!.textContent).not.to.contain('meldet sich bei Ihnen');
    expect(localStorage.getItem('markt.outbox.kiosk-leads')).to.equal('[]');
    window.dispatchEvent(new Event('online'));
    await wait(100);
    expect(leadPosts, 'sent once, never again').to.equal(1);
    await expectAccessible(el);

    el.wipe('finished'); // the next visitor
    await el.updateComplete;
    await tap(el, '.attract');
    await tap(el, '[data-locale="en"]');
    await until(() => el.locale === 'en');
    el.go('results');
    await el.updateComplete;
    $(el, '[data-offer="kita-helfer"] [data-details]').click();
    await el.updateComplete;
    await tap(el, '[data-contact]');
    expect(heading(el)).to.equal('This fair is over. Requests are no longer accepted. Please contact the provider directly.');
    expect(el.shadowRoot!.querySelector('#contact-phone'), 'no form that cannot be sent').to.equal(null);
    expect(leadPosts).to.equal(1);
  });

  it('says it in Arabic, right to left (lang="ar" dir="rtl")', async () => {
    const el = await paired();
    await askForContact(el, 'ar');
    await until(() => heading(el) === kioskCatalog.t('ar', 'contact.closed'));
    expect(heading(el)).to.equal('انتهى هذا المعرض. لم تعد الطلبات مقبولة. يُرجى التواصل مع مقدّم الخدمة مباشرةً.');
    const app = $(el, '[part="app"]');
    expect([app.getAttribute('lang'), app.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    await expectAccessible(el);
  });

  it('says "could not be sent", not "the fair is over", for a refusal of another kind (400); the next visitor gets the form', async () => {
    answer = 'invalid';
    const el = await paired();
    await askForContact(el, 'en');
    await until(() => leadPosts === 1 && localStorage.getItem('markt.outbox.kiosk-leads') === '[]');
    await until(() => heading(el) === kioskCatalog.t('en', 'contact.failed'));
    expect(el.eventClosed).to.equal(false);
    el.wipe('finished');
    await el.updateComplete;
    await tap(el, '.attract');
    await tap(el, '[data-locale="en"]');
    await until(() => el.locale === 'en');
    el.go('results');
    await el.updateComplete;
    $(el, '[data-offer="schulden-beratung"] [data-details]').click();
    await el.updateComplete;
    await tap(el, '[data-contact]');
    expect(el.shadowRoot!.querySelector('#contact-phone'), 'the form again').not.to.equal(null);
  });
});
