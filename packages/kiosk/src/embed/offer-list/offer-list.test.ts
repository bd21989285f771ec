import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, until } from '../../shared/test-input.js';
import type { OfferSelectDetail } from '../offer-card/offer-card.js';
import { eventData, nextEvent, offers, realData, realServer } from '../test-data.js';
import './offer-list.js';

type List = HTMLElementTagNameMap['markt-offer-list'];
const cards = (el: List) => [...el.shadowRoot!.querySelectorAll('markt-offer-card')];
const titles = (el: List) => cards(el).map((c) => c.shadowRoot!.querySelector('[part~="title"]')!.textContent);

describe('<markt-offer-list>', () => {
  it('is accessible', async () => {
    const el = await fixture<List>(html`<markt-offer-list .data=${eventData}></markt-offer-list>`);
    await expectAccessible(el);
  });

  it('is a labelled list with one item per offer', async () => {
    const el = await fixture<List>(html`<markt-offer-list .data=${eventData}></markt-offer-list>`);
    const list = $(el, 'ul[part~="list"]');
    expect(list.getAttribute('aria-label')).to.equal('Angebote');
    expect(list.querySelectorAll('li[part~="item"]')).to.have.length(3);
  });

  it('filters by the provider-id, kind and limit attributes', async () => {
    const el = await fixture<List>(html`<markt-offer-list .data=${eventData} provider-id="p-care"></markt-offer-list>`);
    await until(() => cards(el).length === 2);
    expect(titles(el)).to.deep.equal(['Pflegehelfer*in', 'Erzieher*in in Teilzeit']);
    el.setAttribute('kind', 'apprenticeship');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Erzieher*in in Teilzeit']);
    el.removeAttribute('kind');
    el.setAttribute('limit', '1');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Pflegehelfer*in']);
  });

  it('takes offers through the property, without any event data', async () => {
    const el = await fixture<List>(html`<markt-offer-list .offers=${[offers[2]!]} locale="en"></markt-offer-list>`);
    await until(() => cards(el).length === 1 && titles(el)[0] === 'Forklift licence');
  });

  it('shows the empty slot, or its own text, when nothing is left', async () => {
    const el = await fixture<List>(html`<markt-offer-list .data=${eventData} provider-id="nobody"><p slot="empty">Bald mehr!</p></markt-offer-list>`);
    const slot = $(el, 'slot[name="empty"]') as HTMLSlotElement;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Bald mehr!');
    const plain = await fixture<List>(html`<markt-offer-list .offers=${[]}></markt-offer-list>`);
    expect($(plain, '[part~="empty"]').textContent).to.equal('Hier gibt es gerade keine Angebote.');
  });

  it("passes each card's parts on as card-* for the page's ::part rules", async () => {
    const el = await fixture<List>(html`<markt-offer-list .data=${eventData}></markt-offer-list>`);
    const style = document.createElement('style');
    style.textContent = 'markt-offer-list::part(card-title) { color: rgb(200, 0, 0); }';
    document.head.append(style);
    try {
      await until(() => cards(el).length === 3);
      const title = cards(el)[0]!.shadowRoot!.querySelector('[part~="title"]')!;
      expect(getComputedStyle(title).color).to.equal('rgb(200, 0, 0)');
    } finally {
      style.remove();
    }
  });

  it("the page's CSS does not leak in, and --markt-accent does", async () => {
    const style = document.createElement('style');
    style.textContent = 'button { background: rgb(0, 255, 0) !important; } .embed-wrap { --markt-accent: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const wrap = await fixture<HTMLElement>(html`<div class="embed-wrap"><markt-offer-list .data=${eventData}></markt-offer-list></div>`);
      const el = wrap.querySelector('markt-offer-list')!;
      await until(() => cards(el).length === 3);
      const button = cards(el)[0]!.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).backgroundColor).not.to.equal('rgb(0, 255, 0)');
      expect(getComputedStyle(button).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('lets markt-offer-select of a card bubble out of the list from a real click', async () => {
    const el = await fixture<List>(html`<markt-offer-list .data=${eventData}></markt-offer-list>`);
    await until(() => cards(el).length === 3);
    const event = nextEvent<OfferSelectDetail>(document, 'markt-offer-select');
    await click(cards(el)[2]!.shadowRoot!.querySelector('button')!);
    expect((await event).detail).to.deep.equal({ offerId: 'o-forklift', providerId: 'p-drive' });
  });

  it("fetches a provider's offers from the real server", async () => {
    const { url, eventId } = await realServer();
    const demo = await realData();
    const expected = demo.offers.filter((o) => o.providerId === 'pflegeschule-panke').map((o) => o.title.de);
    const el = await fixture<List>(html`<markt-offer-list api-base=${url} event-id=${eventId} provider-id="pflegeschule-panke"></markt-offer-list>`);
    await until(() => cards(el).length === expected.length && titles(el).every(Boolean));
    expect(titles(el)).to.deep.equal(expected);
    await expectAccessible(el);
  });

  it("shows an error when the server refuses this page's origin (another tenant's event)", async () => {
    const { url, otherEventId } = await realServer();
    const el = await fixture<List>(html`<markt-offer-list api-base=${url} event-id=${otherEventId}></markt-offer-list>`);
    await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
    expect(cards(el)).to.have.length(0);
    // The browser refuses to hand this page the other tenant's data, but not the own tenant's.
    const read = (id: string) => fetch(`${url}/api/events/${id}/public`).then(() => 'read', () => 'refused');
    expect(await read(otherEventId)).to.equal('refused');
    expect(await read((await realServer()).eventId)).to.equal('read');
  });

  describe('when the data cannot be loaded (offline, server down)', () => {
    /** Makes the test server answer GET /__test__/api/events/<id>/public with `status` (and the test data). */
    const serve = (id: string, status: number) =>
      fetch('/__test__/api/fixture', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path: `/events/${id}/public`, status, body: status === 200 ? eventData : { error: { code: 'unavailable' } } }),
      });

    it('shows the error with a "try again" button that loads the offers (real keyboard), accessible', async () => {
      const id = `retry-button-${Date.now()}`;
      await serve(id, 503);
      const el = await fixture<List>(html`<markt-offer-list api-base="/__test__" event-id=${id} locale="en"></markt-offer-list>`);
      await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
      const retry = $(el, 'button[part~="retry"]');
      expect(retry.textContent!.trim()).to.equal('Try again');
      await expectAccessible(el);
      await serve(id, 200);
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => cards(el).length === 3);
      expect(el.shadowRoot!.querySelector('[role="alert"]') === null).to.equal(true);
      // The button is gone: the focus goes to the offers, not to the top of the provider's page.
      expect(el.shadowRoot!.activeElement === $(el, 'ul[part~="list"]'), 'focus on the list').to.equal(true);
      expect(document.activeElement === el).to.equal(true);
    });

    it('does not move the focus when it loads the offers while the visitor is elsewhere on the page', async () => {
      const id = `retry-elsewhere-${Date.now()}`;
      await serve(id, 503);
      const page = await fixture<HTMLDivElement>(html`<div><input aria-label="search" /><markt-offer-list api-base="/__test__" event-id=${id}></markt-offer-list></div>`);
      const el = page.querySelector('markt-offer-list')!;
      await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
      page.querySelector('input')!.focus();
      await serve(id, 200);
      window.dispatchEvent(new Event('online'));
      await until(() => cards(el).length === 3);
      expect(document.activeElement === page.querySelector('input')).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('keeps the keyboard focus on "try again" while it tries and when it fails again', async () => {
      const id = `retry-focus-${Date.now()}`;
      await serve(id, 503);
      const el = await fixture<List>(html`<markt-offer-list api-base="/__test__" event-id=${id} locale="en"></markt-offer-list>`);
      await until(() => el.shadowRoot!.querySelector('button[part~="retry"]') !== null);
      const retry = $(el, 'button[part~="retry"]');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === retry, 'focus while loading').to.equal(true);
      await until(() => $(el, '[role="alert"]').textContent!.trim() !== '');
      expect(el.shadowRoot!.activeElement === retry, 'focus after failing again').to.equal(true);
      expect($(el, '[role="alert"]').textContent!.trim()).to.equal('This could not be loaded. Please try again later.');
      await expectAccessible(el);
    });

    it('tries again by itself when the browser goes back online', async () => {
      const id = `retry-online-${Date.now()}`;
      await serve(id, 503);
      const el = await fixture<List>(html`<markt-offer-list api-base="/__test__" event-id=${id}></markt-offer-list>`);
      await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
      await serve(id, 200);
      window.dispatchEvent(new Event('online'));
      await until(() => cards(el).length === 3);
    });
  });

  it('passes the cards\' contact links on as part card-contact', async () => {
    const withContact = { ...offers[1]!, contact: 'Tel. 030 1234567' };
    const el = await fixture<List>(html`<markt-offer-list .offers=${[withContact]}></markt-offer-list>`);
    const style = document.createElement('style');
    style.textContent = 'markt-offer-list::part(card-contact) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const card = cards(el)[0]!;
      await click(card.shadowRoot!.querySelector('[part~="button"]')!);
      await (card as HTMLElementTagNameMap['markt-offer-card']).updateComplete;
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="contact"]')!;
      expect(link.getAttribute('href')).to.equal('tel:0301234567');
      expect(getComputedStyle(link).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });
});
