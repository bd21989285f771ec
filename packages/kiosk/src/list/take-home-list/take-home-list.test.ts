import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import { ApiClient } from '../../net/api-client.js';
import { memoryStorage } from '../../net/test-helpers.js';
import { HOSTILE_NAME, HOSTILE_OFFER, standData } from '../../phone/test-data.js';
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

function publicData(): PublicEventData {
  const { event, stand, provider, offers } = standData();
  return {
    event: { ...event, floorPlan: { width: 400, height: 200 } },
    providers: [provider, { id: 'p2', name: 'Jobcenter Pankow', kind: 'jobcenter', certifications: [], place: { remote: false } }],
    offers: [...offers, { ...offers[1]!, id: 'o3', providerId: 'p2', title: { de: 'Beratung', en: 'Counselling' } }],
    stands: [
      { ...stand, position: { x: 50, y: 50 } },
      { id: 's2', eventId: event.id, providerId: 'p2', number: 'B4', position: { x: 200, y: 100 } },
    ],
  };
}

describe('markt-take-home-list', () => {
  it('is accessible and shows the listed offers with stand numbers, hostile text as text, and a contact link where the stand is known', async () => {
    const saved = [{ eventId: 'pankow-2026', offerId: 'o1', providerName: HOSTILE_NAME, standNumber: '12', standToken: 'tok-12345', title: { de: HOSTILE_OFFER }, savedAt: '2026-03-12T10:00:00Z' }];
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData()} .offerIds=${['o3', 'o1']} .saved=${saved}></markt-take-home-list>`);
    await until(() => text(el.shadowRoot!).includes('Your suggestions'));
    await expectAccessible(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part="offers"] > li')].map((li) => text(li));
    expect(items[0]).to.contain('Counselling').and.contain('Jobcenter Pankow · Stand B4').and.contain('Ask at stand B4');
    expect(items[1]).to.contain(HOSTILE_NAME).and.contain('Stand 12');
    expect(el.shadowRoot!.querySelectorAll('script, img').length).to.equal(0);
    expect($(el, '[part="offers"] > li:nth-child(2) a').getAttribute('href')).to.equal('/s/tok-12345');
    expect(el.shadowRoot!.querySelectorAll('[part="map"] rect.listed').length).to.equal(2);
    expect(text($(el, '[part="saved"]'))).to.contain(HOSTILE_OFFER.replace(/\s+/g, ' '));
  });

  it('fetches the event for the fragment (the /__test__/ stand-in API) and switches language in the link', async () => {
    const api = new ApiClient({ baseUrl: '/__test__' });
    await api.post('/api/reset', {});
    await api.post('/api/fixture', { path: '/events/pankow-2026/public', body: publicData() });
    const root = document.createElement('main');
    document.body.append(root);
    const before = location.href;
    const list = startList(root, { hash: '#v=1&e=pankow-2026&l=ar&o=o2', api, storage: memoryStorage() });
    await until(() => Boolean(list.data) && text(list.shadowRoot!).includes('اقتراحات لك'));
    expect(list.getAttribute('dir')).to.equal('rtl');
    const select = $<HTMLSelectElement>($(list, 'markt-locale-select'), 'select');
    select.value = 'uk';
    select.dispatchEvent(new Event('change'));
    await until(() => text(list.shadowRoot!).includes('Пропозиції для вас'));
    expect(location.hash).to.equal('#v=1&e=pankow-2026&l=uk&o=o2');
    history.replaceState(null, '', before);
    root.remove();
  });

  it('puts the menu back to the language shown when Russian fails to load, and loads it when chosen again', async () => {
    flaky.failures = 1;
    const rejections = unhandledRejections();
    try {
      const el = await fixture<FlakyTakeHomeList>(html`<markt-flaky-take-home-list locale="en" .data=${publicData()} .offerIds=${['o1']}></markt-flaky-take-home-list>`);
      await until(() => text(el.shadowRoot!).includes('Your suggestions'));
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
      expect(text(el.shadowRoot!)).to.contain(ru['list.suggested']);
      expect(menu().value).to.equal('ru');
      expect(rejections.seen).to.deep.equal([]);
    } finally {
      rejections.stop();
    }
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
