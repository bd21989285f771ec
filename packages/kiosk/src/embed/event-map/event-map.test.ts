import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, until } from '../../shared/test-input.js';
import { eventData, nextEvent, realData, realServer } from '../test-data.js';
import type { StandSelectDetail } from './event-map.js';
import './event-map.js';

type EventMap = HTMLElementTagNameMap['markt-event-map'];
const plan = (el: EventMap) => $(el, 'markt-floor-map');
const highlightedOnPlan = (el: EventMap) => [...plan(el).shadowRoot!.querySelectorAll('.stand.highlighted')].map((g) => g.getAttribute('data-stand'));
const standButtons = (el: EventMap) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="stand"]')];

describe('<markt-event-map>', () => {
  it('is accessible', async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData} provider-id="p-care"></markt-event-map>`);
    await expectAccessible(el);
  });

  it("names the plan after the event, and lists the stands by number with their provider's name", async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData}></markt-event-map>`);
    await until(() => plan(el).shadowRoot?.querySelector('svg') != null);
    expect(plan(el).shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal('Hallenplan: Markt der Möglichkeiten Test');
    expect(standButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Stand 3: Logistik Süd', 'Stand 12: Pflegeschule Nord']);
  });

  it("highlights the provider-id's stands and those named in highlight", async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData} provider-id="p-care"></markt-event-map>`);
    await until(() => highlightedOnPlan(el).length === 1);
    expect(highlightedOnPlan(el)).to.deep.equal(['st-care']);
    expect(standButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    el.setAttribute('highlight', 'st-drive');
    await until(() => highlightedOnPlan(el).length === 2);
  });

  it('puts the heading above the stands at the heading-level the page asks for', async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData} heading-level="4"></markt-event-map>`);
    expect($(el, 'h2').getAttribute('aria-level')).to.equal('4');
    await expectAccessible(el);
  });

  it('lists only the highlighted stands with only-highlighted', async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData} provider-id="p-drive" only-highlighted></markt-event-map>`);
    expect(standButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Stand 3: Logistik Süd']);
  });

  it('a real click on a stand highlights it and fires markt-stand-select; a second click lets go', async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData}></markt-event-map>`);
    const event = nextEvent<StandSelectDetail>(document, 'markt-stand-select');
    await click(standButtons(el)[0]!);
    expect((await event).detail).to.deep.equal({ standId: 'st-drive', providerId: 'p-drive', number: '3' });
    await until(() => highlightedOnPlan(el).join() === 'st-drive');
    await click(standButtons(el)[0]!);
    await until(() => highlightedOnPlan(el).length === 0);
  });

  it("selects the provider's own (always highlighted) stand on every press, instead of every other press", async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData} provider-id="p-care" only-highlighted></markt-event-map>`);
    const seen: string[] = [];
    el.addEventListener('markt-stand-select', (e) => seen.push(e.detail.standId));
    const button = standButtons(el)[0]!;
    for (let i = 0; i < 3; i += 1) {
      await click(button);
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
    }
    expect(seen).to.deep.equal(['st-care', 'st-care', 'st-care']);
    expect(highlightedOnPlan(el)).to.deep.equal(['st-care']);
  });

  it('picks a stand with the keyboard (Space)', async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData}></markt-event-map>`);
    const event = nextEvent<StandSelectDetail>(el, 'markt-stand-select');
    standButtons(el)[1]!.focus();
    await sendKeys({ press: 'Space' });
    expect((await event).detail.standId).to.equal('st-care');
  });

  it('takes the stand colours from --markt-map-* set on the page', async () => {
    const el = await fixture<EventMap>(html`<markt-event-map .data=${eventData} provider-id="p-care" style="--markt-map-highlight: rgb(9, 8, 7)"></markt-event-map>`);
    await until(() => highlightedOnPlan(el).length === 1);
    const rect = plan(el).shadowRoot!.querySelector('.stand.highlighted rect')!;
    expect(getComputedStyle(rect).fill).to.equal('rgb(9, 8, 7)');
  });

  it("loads an uploaded plan image from the markt server (api-base), not from the provider's own site", async () => {
    const { url } = await realServer();
    const withImage = { ...eventData, event: { ...eventData.event, floorPlan: { ...eventData.event.floorPlan!, imageUrl: '/api/events/ev-test/floor-plan-image' } } };
    const el = await fixture<EventMap>(html`<markt-event-map api-base=${`${url}/`} .data=${withImage}></markt-event-map>`);
    await until(() => plan(el).shadowRoot?.querySelector('image') != null);
    expect(plan(el).shadowRoot!.querySelector('image')!.getAttribute('href')).to.equal(`${url}/api/events/ev-test/floor-plan-image`);
    // Without api-base (the page's own markt server) the path stays as it is.
    const own = await fixture<EventMap>(html`<markt-event-map .data=${withImage}></markt-event-map>`);
    await until(() => plan(own).shadowRoot?.querySelector('image') != null);
    expect(plan(own).shadowRoot!.querySelector('image')!.getAttribute('href')).to.equal('/api/events/ev-test/floor-plan-image');
  });

  it('loads the plan image from an api-base with a path prefix, absolute or relative, as the data is loaded', async () => {
    // The test server's stand-in answers under /__test__/api: a markt server behind the prefix /__test__/api.
    const imageUrl = '/api/events/ev-prefix/floor-plan-image';
    const withImage = { ...eventData, event: { ...eventData.event, id: 'ev-prefix', floorPlan: { ...eventData.event.floorPlan!, imageUrl } } };
    const put = (body: unknown) => fetch('/__test__/api/fixture', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await put({ path: '/api/events/ev-prefix/public', body: withImage });
    await put({ path: imageUrl, type: 'image/svg+xml', text: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2"/></svg>' });
    const expected = `${location.origin}/__test__/api${imageUrl}`;
    for (const base of [`${location.origin}/__test__/api/`, '/__test__/api']) {
      const el = await fixture<EventMap>(html`<markt-event-map api-base=${base} event-id="ev-prefix"></markt-event-map>`);
      await until(() => el.shadowRoot?.querySelector('markt-floor-map')?.shadowRoot?.querySelector('image') != null, 5000);
      const href = plan(el).shadowRoot!.querySelector('image')!.getAttribute('href')!;
      expect(href, `api-base ${base}`).to.equal(expected);
      const res = await fetch(href);
      expect([res.status, res.headers.get('content-type')]).to.deep.equal([200, 'image/svg+xml']);
    }
  });

  it("shows the demo fair's floor plan from the real server, with the provider's stand", async () => {
    const { url, eventId } = await realServer();
    const demo = await realData();
    const el = await fixture<EventMap>(html`<markt-event-map api-base=${url} event-id=${eventId} provider-id="pflegeschule-panke" locale="en"></markt-event-map>`);
    await until(() => standButtons(el).length === demo.stands.length);
    await until(() => highlightedOnPlan(el).join() === 'st-pflegeschule-panke');
    await expectAccessible(el);
  });
});
