import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { ApiClient } from '../../net/api-client.js';
import { memoryStorage } from '../../net/test-helpers.js';
import { HOSTILE_CONTACT, HOSTILE_NAME, HOSTILE_OFFER, reachData, standData } from '../../phone/test-data.js';
import { $, click, text, until } from '../../shared/test-input.js';
import { startList } from '../list-app.js';
import { flakyPhoneCatalog, unhandledRejections } from '../../phone/flaky-catalog.js';
import { ru } from '../../phone/messages/ru.js';
import type { PublicEventData } from './take-home-list.component.js';
import { TakeHomeList } from './take-home-list.js';

/** Russian whose loading fails while `flaky.failures` is above 0 (patchy mobile data), then works. */
const flaky = flakyPhoneCatalog('ru', async () => (await import('../../phone/messages/ru.js')).ru);
class FlakyTakeHomeList extends TakeHomeList {
  static override catalog = flaky.catalog;
}
customElements.define('markt-flaky-take-home-list', FlakyTakeHomeList);

function publicData(data = standData()): PublicEventData {
  const { event, stand, provider, offers } = data;
  // The Jobcenter's counselling: o3, or o4 when the stand has an o3 already (reachData); no url, no contact.
  const { url: _url, contact: _contact, ...plain } = offers[1]!;
  const counselling = offers.some((o) => o.id === 'o3') ? 'o4' : 'o3';
  return {
    event: { ...event, floorPlan: { width: 400, height: 200 } },
    providers: [provider, { id: 'p2', name: 'Jobcenter Pankow', kind: 'jobcenter', certifications: [], place: { remote: false } }],
    offers: [...offers, { ...plain, id: counselling, providerId: 'p2', title: { de: 'Beratung', en: 'Counselling' } }],
    stands: [
      { ...stand, position: { x: 50, y: 50 } },
      { id: 's2', eventId: event.id, providerId: 'p2', number: 'B4', position: { x: 200, y: 100 } },
    ],
  };
}

describe('markt-take-home-list', () => {
  it('shows the privacy notice of the event (controller, privacy page), saying the list is only in the link', async () => {
    const data = publicData();
    data.event.privacy = { controller: 'Jobcenter Berlin Pankow', contact: 'Storkower Straße 133, 10407 Berlin', dpo: 'dsb@jobcenter.example', url: 'https://jobcenter.example/datenschutz' };
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="de" .data=${data} .offerIds=${['o1']}></markt-take-home-list>`);
    const notice = $(el, 'markt-privacy-notice');
    await until(() => text(notice.shadowRoot!).includes('Jobcenter Berlin Pankow'));
    expect(text(notice.shadowRoot!)).to.contain('Ihre Liste steht nur in diesem Link').and.to.contain('dsb@jobcenter.example');
    expect($<HTMLAnchorElement>(notice, 'a').getAttribute('href')).to.equal('https://jobcenter.example/datenschutz');
    await expectAccessible(el);
  });

  it('is accessible and shows the listed offers with stand numbers, hostile text as text, and a contact link where the stand is known', async () => {
    const saved = [{ eventId: 'pankow-2026', offerId: 'o1', providerName: HOSTILE_NAME, standNumber: '12', standToken: 'tok-12345', title: { de: HOSTILE_OFFER }, savedAt: '2026-03-12T10:00:00Z' }];
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData()} .offerIds=${['o3', 'o1']} .saved=${saved}></markt-take-home-list>`);
    await until(() => text(el.shadowRoot!).includes('Your list from the kiosk'));
    await expectAccessible(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part="offers"] > li')].map((li) => text(li));
    expect(items[0]).to.contain('Counselling').and.contain('Jobcenter Pankow · Stand B4').and.contain('Ask at stand B4');
    expect(items[1]).to.contain(HOSTILE_NAME).and.contain('Stand 12');
    expect(el.shadowRoot!.querySelectorAll('script, img').length).to.equal(0);
    expect($(el, '[part="offers"] > li:nth-child(2) a').getAttribute('href')).to.equal('/s/tok-12345');
    expect(el.shadowRoot!.querySelectorAll('[part="map"] rect.listed').length).to.equal(2);
    // The saved o1 is on the kiosk's list already: shown once, not again under "Saved on this phone".
    expect(el.shadowRoot!.querySelector('[part="saved"]')).to.equal(null);
  });

  it('shows each listed offer\'s web page and contact links, the provider\'s website where the offer has no web page, and never a javascript: link', async () => {
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData(reachData())} .offerIds=${['o1', 'o2', 'o3', 'o4']}></markt-take-home-list>`);
    await until(() => text(el.shadowRoot!).includes('Your list from the kiosk'));
    await expectAccessible(el);
    const item = (id: string): HTMLElement => $(el, `[part="offers"] > li:has(#o-${id})`);
    const links = (id: string) =>
      [...item(id).querySelectorAll<HTMLAnchorElement>('a')].map((a) => [a.className, a.getAttribute('href'), a.getAttribute('aria-label') ?? text(a)]);
    expect(links('o1')).to.deep.equal([
      ['button web', 'https://pflege.example/basiskurs?ref=markt', 'Web page about this offer'],
      ['contact', 'tel:0301234567', 'Call 030 1234-567'],
      ['contact', 'mailto:yilmaz@pflege.example', 'Write an e-mail to yilmaz@pflege.example'],
    ]);
    expect($(item('o1'), 'a.web').getAttribute('aria-describedby')).to.equal('o-o1');
    expect(text(item('o1'))).to.contain(`Contact: ${HOSTILE_CONTACT}`);
    // javascript: never becomes a link; the provider's website stands in for the missing web page.
    expect(links('o2')).to.deep.equal([['button website', 'https://bildung.example/pankow', `Website of ${HOSTILE_NAME}`]]);
    expect(text(item('o2'))).to.contain('Contact: Herr Wendt, Stand B9');
    expect(links('o3')).to.deep.equal([
      ['contact', 'tel:+49309876543', 'Call +49 30 9876543'],
      ['button website', 'https://bildung.example/pankow', `Website of ${HOSTILE_NAME}`],
    ]);
    // An offer of a provider without website, url or contact: no link at all.
    expect(links('o4')).to.deep.equal([]);
    for (const a of el.shadowRoot!.querySelectorAll('a')) {
      expect(a.getAttribute('href'), a.outerHTML).to.match(/^(https:|mailto:|tel:|\/)/);
      expect(a.hasAttribute('target')).to.equal(false);
    }
    expect(el.shadowRoot!.querySelectorAll('script, img').length).to.equal(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the web page and contact links of a saved offer of this event, none for another event\'s', async () => {
    const entry = (offerId: string, eventId = 'pankow-2026') => ({ eventId, offerId, providerName: 'P', standNumber: '12', title: { de: offerId }, savedAt: '2026-03-12T10:00:00Z' });
    // o3 of another fair: the same id as this fair's o3 (which has a tel: url), but not this offer.
    const saved = [entry('o1'), entry('o3', 'other-fair')];
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData(reachData())} .offerIds=${[]} .saved=${saved}></markt-take-home-list>`);
    await until(() => text(el.shadowRoot!).includes('Saved on this phone'));
    await expectAccessible(el);
    const [here, elsewhere] = [...el.shadowRoot!.querySelectorAll('[part="saved"] li')];
    expect([...here!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://pflege.example/basiskurs?ref=markt',
      'tel:0301234567',
      'mailto:yilmaz@pflege.example',
    ]);
    expect(here!.querySelector('a.web')!.getAttribute('aria-describedby')).to.equal('s-o1');
    expect(elsewhere!.querySelectorAll('a').length).to.equal(0);
  });

  it('shows the links right to left in Arabic, at least 44 × 44 px on a 360 px phone', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="ar" .data=${publicData(reachData())} .offerIds=${['o1', 'o2']}></markt-take-home-list>`);
      await until(() => text(el.shadowRoot!).includes('قائمتك من جهاز المعرض'));
      expect(el.getAttribute('dir')).to.equal('rtl');
      await expectAccessible(el);
      const web = $(el, '[part="offers"] > li:has(#o-o1) a.web');
      expect(text(web)).to.equal('صفحة هذا العرض على الإنترنت');
      expect($(el, 'a.website').getAttribute('aria-label')).to.equal(`الموقع الإلكتروني لـ ${HOSTILE_NAME}`);
      const card = $(el, '[part="offers"] > li:has(#o-o1)').getBoundingClientRect();
      expect(card.right - web.getBoundingClientRect().right).to.be.below(20);
      // An English summary keeps its full stop at its end (on the right) in the Arabic page.
      const summary = [...el.shadowRoot!.querySelectorAll('[part="offers"] p[lang="en"]')].find((b) => b.textContent?.startsWith('Mornings.'))!;
      const words = [...summary.childNodes].find((n): n is Text => n instanceof Text && n.data === 'Mornings.')!;
      const leftOf = (from: number, to: number): number => {
        const range = document.createRange();
        range.setStart(words, from);
        range.setEnd(words, to);
        return range.getBoundingClientRect().left;
      };
      expect(leftOf(8, 9)).to.be.above(leftOf(0, 8));
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const targets = [...el.shadowRoot!.querySelectorAll('[part="offers"] a')];
      expect(targets.length).to.equal(4);
      for (const a of targets) {
        const box = a.getBoundingClientRect();
        expect(box.height, a.textContent ?? '').to.be.at.least(44);
        expect(box.width, a.textContent ?? '').to.be.at.least(44);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fetches the event for the fragment (the /__test__/ stand-in API) and switches language in the link', async () => {
    const api = new ApiClient({ baseUrl: '/__test__' });
    await api.post('/api/reset', {});
    await api.post('/api/fixture', { path: '/events/pankow-2026/public', body: publicData() });
    const root = document.createElement('main');
    document.body.append(root);
    const before = location.href;
    const list = startList(root, { hash: '#v=1&e=pankow-2026&l=ar&o=o2', api, storage: memoryStorage() });
    await until(() => Boolean(list.data) && text(list.shadowRoot!).includes('قائمتك من جهاز المعرض'));
    expect(list.getAttribute('dir')).to.equal('rtl');
    const select = $<HTMLSelectElement>($(list, 'markt-locale-select'), 'select');
    select.value = 'uk';
    select.dispatchEvent(new Event('change'));
    await until(() => text(list.shadowRoot!).includes('Ваш список із терміналу'));
    expect(location.hash).to.equal('#v=1&e=pankow-2026&l=uk&o=o2');
    history.replaceState(null, '', before);
    root.remove();
  });

  it('puts the menu back to the language shown when Russian fails to load, and loads it when chosen again', async () => {
    flaky.failures = 1;
    const rejections = unhandledRejections();
    try {
      const el = await fixture<FlakyTakeHomeList>(html`<markt-flaky-take-home-list locale="en" .data=${publicData()} .offerIds=${['o1']}></markt-flaky-take-home-list>`);
      await until(() => text(el.shadowRoot!).includes('Your list from the kiosk'));
      const changes: string[] = [];
      el.addEventListener('markt-locale-change', (e) => changes.push(e.detail.locale));
      const menu = (): HTMLSelectElement => $<HTMLSelectElement>($(el, 'markt-locale-select'), 'select');
      menu().value = 'ru';
      menu().dispatchEvent(new Event('change'));
      await until(() => flaky.failures === 0 && el.locale === 'en');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections.seen).to.deep.equal([]);
      expect(menu().value).to.equal('en');
      expect(el.getAttribute('lang')).to.equal('en');
      expect(changes).to.deep.equal(['ru', 'en']);
      menu().value = 'ru';
      menu().dispatchEvent(new Event('change'));
      await until(() => el.getAttribute('lang') === 'ru');
      expect(text(el.shadowRoot!)).to.contain(ru['list.fromKiosk']);
      expect(menu().value).to.equal('ru');
      expect(rejections.seen).to.deep.equal([]);
    } finally {
      rejections.stop();
    }
  });

  it('says "this link is incomplete" in the phone\'s language for /list without a usable fragment, and "not part of a current fair" for a gone event', async () => {
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'tr');
    const root = document.createElement('main');
    document.body.append(root);
    const list = startList(root, { hash: '', api: new ApiClient({ baseUrl: '/__test__' }), storage });
    await until(() => text(list.shadowRoot!).includes('Bu bağlantı eksik'));
    expect(text($(list, '[role="alert"]'))).not.to.contain('stant kodunu');
    expect(list.shadowRoot!.querySelector('[part="saved"]')).to.equal(null);
    root.remove();

    const api = new ApiClient({ baseUrl: '/__test__' });
    await api.post('/api/reset', {});
    await api.post('/api/fixture', { path: '/events/pankow-2026/public', status: 404, body: { error: { code: 'not_found', message: 'gone' } } });
    document.body.append(root);
    root.replaceChildren();
    const gone = startList(root, { hash: '#v=1&e=pankow-2026&l=de&o=o2', api, storage: memoryStorage() });
    await until(() => gone.problem === 'notFound');
    await gone.updateComplete;
    expect(text($(gone, '[role="alert"]'))).to.contain('nicht (mehr) zu einem aktuellen Markt');
    expect(text($(gone, '[role="alert"]'))).to.contain('Infostand');
    await expectAccessible(gone);
    root.remove();
  });

  it('offers "Try again" after a failed first load (a damaged cached copy ignored), and loads on it and when back online', async () => {
    const api = new ApiClient({ baseUrl: '/__test__' });
    await api.post('/api/reset', {});
    const down = { path: '/events/pankow-2026/public', status: 503, body: { error: { code: 'unavailable', message: 'try again' } } };
    await api.post('/api/fixture', down);
    const storage = memoryStorage();
    storage.setItem('markt.event.pankow-2026', 'null');
    const root = document.createElement('main');
    document.body.append(root);
    const list = startList(root, { hash: '#v=1&e=pankow-2026&l=de&o=o2', api, storage });
    await until(() => list.problem === 'offline');
    await list.updateComplete;
    expect(text($(list, '[role="alert"]'))).to.equal('Keine Verbindung. Bitte versuchen Sie es gleich noch einmal.');
    const retry = $(list, 'button.retry');
    expect(text(retry)).to.equal('Erneut versuchen');
    expect(retry.getBoundingClientRect().height).to.be.at.least(44);
    expect(retry.getBoundingClientRect().width).to.be.at.least(44);
    await expectAccessible(list);

    await api.post('/api/fixture', { path: '/events/pankow-2026/public', body: publicData() });
    await click(retry);
    await until(() => Boolean(list.data) && text(list.shadowRoot!).includes('Deutschkurs B1'));
    expect(list.problem).to.equal('');
    root.remove();

    // Back online: the browser's `online` event tries again without a press.
    await api.post('/api/fixture', down);
    root.replaceChildren();
    document.body.append(root);
    const again = startList(root, { hash: '#v=1&e=pankow-2026&l=de&o=o2', api, storage: memoryStorage() });
    await until(() => again.problem === 'offline');
    await api.post('/api/fixture', { path: '/events/pankow-2026/public', body: publicData() });
    window.dispatchEvent(new Event('online'));
    await until(() => Boolean(again.data));
    root.remove();
  });
});
