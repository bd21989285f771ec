import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Event } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { click } from '../test-helpers.js';
import type { CloneForm } from './clone-form.js';
import './clone-form.js';

const template = {
  id: 'markt-pankow',
  title: { de: 'Markt Pankow' },
  startsAt: '2026-03-12T10:00:00+01:00',
  endsAt: '2026-03-12T15:00:00+01:00',
  venue: { name: 'Rathaus Pankow' },
} as unknown as Event;

describe('markt-clone-form', () => {
  it('keeps "no offers" when the providers are taken off and on again', async () => {
    const el = await fixture<CloneForm>(html`<markt-clone-form .template=${template}></markt-clone-form>`);
    const root = el.shadowRoot!;
    await expectAccessible(el);
    const providers = root.querySelector<HTMLInputElement>('input[name="includeProviders"]')!;
    const offers = root.querySelector<HTMLInputElement>('input[name="includeOffers"]')!;
    await click(offers);
    expect(offers.checked).to.equal(false);
    await click(providers);
    await el.updateComplete;
    expect(offers.disabled).to.equal(true);
    await click(providers);
    await el.updateComplete;
    expect(offers.disabled).to.equal(false);
    expect(offers.checked).to.equal(false);

    root.querySelector<HTMLInputElement>('#cloneStartsAt')!.value = '2027-10-05T10:00';
    root.querySelector<HTMLInputElement>('#cloneEndsAt')!.value = '2027-10-05T15:00';
    const sent = oneEvent(el, 'markt-clone');
    await click(root.querySelector('button[type="submit"]')!);
    const { request } = (await sent).detail;
    expect(request.includeProviders).to.equal(true);
    expect(request.includeOffers).to.equal(false);
  });
});
