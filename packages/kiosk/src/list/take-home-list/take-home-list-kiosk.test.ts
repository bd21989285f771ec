import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Offer } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { ApiClient } from '../../net/api-client.js';
import { memoryStorage } from '../../net/test-helpers.js';
import { standData } from '../../phone/test-data.js';
import { $, click, text, until } from '../../shared/test-input.js';
import type { SavedOffer } from '../../shared/saved-list.js';
import { startList } from '../list-app.js';
import type { PublicEventData } from './take-home-list.component.js';
import type { TakeHomeList } from './take-home-list.js';
import './take-home-list.js';

/** The stand's fair with a second provider (Jobcenter, stand B4 in the middle of a 400 × 200 hall) and its counselling o3. */
function publicData(): PublicEventData {
  const { event, stand, provider, offers } = standData();
  const counselling: Offer = { ...offers[1]!, id: 'o3', providerId: 'p2', title: { de: 'Beratung', en: 'Counselling', ar: 'استشارة' }, summary: { de: 'Jeden Tag.', en: 'Every day.' } };
  return {
    event: { ...event, floorPlan: { width: 400, height: 200 } },
    providers: [provider, { id: 'p2', name: 'Jobcenter Pankow', kind: 'jobcenter', certifications: [], place: { remote: false } }],
    offers: [...offers, counselling],
    stands: [
      { ...stand, position: { x: 50, y: 50 } },
      { id: 's2', eventId: event.id, providerId: 'p2', number: 'B4', position: { x: 300, y: 150 } },
    ],
  };
}

const savedEntry = (offerId: string, title: SavedOffer['title']): SavedOffer => ({
  eventId: 'pankow-2026',
  offerId,
  providerName: 'P',
  standNumber: '12',
  standToken: 'tok-12345',
  title,
  savedAt: '2026-03-12T10:00:00Z',
});

const headings = (el: Element): string[] => [...el.shadowRoot!.querySelectorAll('h2')].map((h) => text(h));

describe('markt-take-home-list: the list from the kiosk (review M10)', () => {
  it('says it is the visitor\'s list from the kiosk, first, with the suggestions after it, and no "nothing saved" under it', async () => {
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData()} .offerIds=${['o1']} .suggestedIds=${['o3']}></markt-take-home-list>`);
    await until(() => text(el.shadowRoot!).includes('Your list from the kiosk'));
    expect(headings(el)).to.deep.equal(['Your list from the kiosk', 'Also suggested for you', 'Map of the fair']);
    expect(text(el.shadowRoot!)).to.contain('These offers come from your list at the kiosk.').and.contain('The kiosk found these offers for you as well.');
    expect(text(el.shadowRoot!)).to.not.contain('Nothing saved yet');
    expect(el.shadowRoot!.querySelector('[part="saved"]')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('[part="offers"] h3')].map((h) => h.id)).to.deep.equal(['o-o1']);
    expect([...el.shadowRoot!.querySelectorAll('[part="suggestions"] h3')].map((h) => h.id)).to.deep.equal(['o-o3']);
    await expectAccessible(el);
  });

  it('shows offers saved on this phone after the kiosk list (those not on it), and calls a list the phone made "My list"', async () => {
    const saved = [savedEntry('o1', { de: 'Pflege' }), savedEntry('o2', { de: 'Deutschkurs B1', en: 'German course B1' })];
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData()} .offerIds=${['o1']} .suggestedIds=${['o3']} .saved=${saved}></markt-take-home-list>`);
    await until(() => text(el.shadowRoot!).includes('Saved on this phone'));
    expect(headings(el)).to.deep.equal(['Your list from the kiosk', 'Saved on this phone', 'Also suggested for you', 'Map of the fair']);
    expect([...el.shadowRoot!.querySelectorAll('[part="saved"] h3')].map((h) => text(h))).to.deep.equal(['German course B1']);
    // Both the kiosk list's and the phone's stands are highlighted on the map, not the suggestion's.
    expect(el.shadowRoot!.querySelectorAll('[part="map"] rect.listed').length).to.equal(1);
    await expectAccessible(el);

    el.source = 'phone';
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('My list');
    expect(text(el.shadowRoot!)).to.not.contain('from your list at the kiosk');
  });

  it('says "nothing saved yet" only when the page has nothing else to show', async () => {
    const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData()} .offerIds=${[]}></markt-take-home-list>`);
    await until(() => text(el.shadowRoot!).includes('Nothing saved yet'));
    expect(headings(el)).to.deep.equal(['My list', 'Map of the fair']);
  });

  it('in Arabic: right to left, the kiosk list named in Arabic, English texts in their own direction tagged "(بالإنجليزية)"', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="ar" .data=${publicData()} .offerIds=${['o2']} .suggestedIds=${['o3']}></markt-take-home-list>`);
      await until(() => text(el.shadowRoot!).includes('قائمتك من جهاز المعرض'));
      expect([el.getAttribute('lang'), el.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
      expect(headings(el)).to.deep.equal(['قائمتك من جهاز المعرض', 'اقتراحات أخرى لك', 'خريطة المعرض']);
      const item = $(el, '[part="offers"] > li');
      const title = $(item, 'h3 bdi');
      expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      const tag = $(item, 'h3 [data-fallback]');
      expect([text(tag), tag.getAttribute('lang'), tag.getAttribute('dir')]).to.deep.equal(['(بالإنجليزية)', 'ar', 'rtl']);
      expect(tag.getBoundingClientRect().right).to.be.at.most(title.getBoundingClientRect().left + 1);
      const summary = $(item, 'p[lang="en"]');
      expect([summary.getAttribute('dir'), text(summary)]).to.deep.equal(['ltr', 'Mornings. (بالإنجليزية)']);
      // The suggestion's Arabic title: no tag; its English summary tagged.
      const suggestion = $(el, '[part="suggestions"] > li');
      expect($(suggestion, 'h3 bdi').getAttribute('lang')).to.equal('ar');
      expect(suggestion.querySelectorAll('[data-fallback]').length).to.equal(1);
      // The fair's title has German only: shown in German, tagged "(بالألمانية)".
      expect(text($(el, 'h1'))).to.equal('Markt der Möglichkeiten Pankow (بالألمانية)');
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expectAccessible(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reads the suggestions from the link (r=) and keeps them when the language changes', async () => {
    const api = new ApiClient({ baseUrl: '/__test__' });
    await api.post('/api/reset', {});
    await api.post('/api/fixture', { path: '/events/pankow-2026/public', body: publicData() });
    const root = document.createElement('main');
    document.body.append(root);
    const before = location.href;
    try {
      const list = startList(root, { hash: '#v=1&e=pankow-2026&l=en&o=o2&r=o3', api, storage: memoryStorage() });
      await until(() => Boolean(list.data) && text(list.shadowRoot!).includes('Also suggested for you'));
      // The page gives the phone's whole width to the list (no browser margin around it): the map runs edge to edge.
      expect(getComputedStyle(document.body).marginLeft).to.equal('0px');
      expect(text($(list, '[part="suggestions"]'))).to.contain('Counselling');
      const select = $<HTMLSelectElement>($(list, 'markt-locale-select'), 'select');
      select.value = 'tr';
      select.dispatchEvent(new Event('change'));
      await until(() => text(list.shadowRoot!).includes('Terminaldeki listeniz'));
      expect(location.hash).to.equal('#v=1&e=pankow-2026&l=tr&o=o2&r=o3');
    } finally {
      history.replaceState(null, '', before);
      root.remove();
    }
  });
});

describe('markt-take-home-list: the map on a 360 px phone (review M10)', () => {
  it('runs the full width, draws stand labels at least 12 px high, scrolls to the list\'s stand, and shows the whole hall on request', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<TakeHomeList>(html`<markt-take-home-list locale="en" .data=${publicData()} .offerIds=${['o3']}></markt-take-home-list>`);
      await until(() => Boolean(el.shadowRoot!.querySelector('.map svg')));
      const frame = $(el, '.map');
      const map = $<SVGSVGElement>(el, '.map svg');
      const labelPx = (): number[] =>
        [...map.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * map.getScreenCTM()!.a);
      // The frame spans the page's column from edge to edge, over its side padding.
      expect(frame.getBoundingClientRect().width).to.be.at.least(el.getBoundingClientRect().width - 1);
      for (const px of labelPx()) expect(px).to.be.at.least(12);
      // Larger than the phone: it scrolls sideways inside its frame, never the page.
      expect(frame.scrollWidth).to.be.above(frame.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      // The listed stand (B4, right half of the hall) is scrolled into view.
      const listed = $(el, 'rect.listed').getBoundingClientRect();
      const view = frame.getBoundingClientRect();
      expect(listed.left).to.be.at.least(view.left);
      expect(listed.right).to.be.at.most(view.right);
      const zoom = $(el, 'button.zoom');
      expect(zoom.getAttribute('aria-pressed')).to.equal('true');
      expect(zoom.getBoundingClientRect().height).to.be.at.least(44);
      await expectAccessible(el);

      await click(zoom);
      await el.updateComplete;
      expect(zoom.getAttribute('aria-pressed')).to.equal('false');
      const whole = $<SVGSVGElement>(el, '.map svg');
      expect(whole.getBoundingClientRect().width).to.be.at.most(frame.clientWidth);
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      await click(zoom);
      await el.updateComplete;
      for (const px of labelPx()) expect(px).to.be.at.least(12);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
