import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { ApiError } from '../api/org-api.js';
import type { ErasureRequest } from '../api/types.js';
import { click, typeInto } from '../test-helpers.js';
import type { ErasureApi, ErasureForm } from './erasure-form.js';
import './erasure-form.js';

/** An in-memory stand-in for the erasure route (the component's API is injectable): records calls, answers `deleted`. */
function erasureStandIn(answer: number | ApiError = 2) {
  const calls: [string | null, ErasureRequest][] = [];
  const api: ErasureApi = {
    erase: async (eventId, request) => {
      calls.push([eventId, request]);
      if (answer instanceof ApiError) throw answer;
      return { deleted: answer };
    },
  };
  return { api, calls };
}

const field = (el: ErasureForm, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const text = (el: ErasureForm, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('markt-erasure-form', () => {
  it('is accessible, empty and while asking for confirmation', async () => {
    const { api } = erasureStandIn();
    const el = await fixture<ErasureForm>(html`<markt-erasure-form event-id="e1" .api=${api}></markt-erasure-form>`);
    await expectAccessible(el);
    expect(text(el, 'h2')).to.equal('Löschanfrage');
    expect(field(el, 'erasure-phone').getAttribute('aria-describedby')).to.equal('erasure-phone-hint');
    await typeInto(field(el, 'erasure-phone'), '030 5557777');
    await click(el.shadowRoot!.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('erases only after confirmation, says how many were deleted, and empties the fields', async () => {
    const { api, calls } = erasureStandIn(2);
    const el = await fixture<ErasureForm>(html`<markt-erasure-form event-id="e1" .api=${api}></markt-erasure-form>`);
    await typeInto(field(el, 'erasure-phone'), '0049 30 555-7777');
    await click(el.shadowRoot!.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(text(el, '.confirm')).to.contain('Wirklich alle Kontaktanfragen mit 0049 30 555-7777 in dieser Veranstaltung löschen?');
    // The safe answer has the focus, and the request cannot be changed under the question.
    expect(el.shadowRoot!.activeElement?.classList.contains('confirm-no')).to.equal(true);
    expect(field(el, 'erasure-phone').readOnly).to.equal(true);
    const done = oneEvent(el, 'markt-erasure-done');
    await click(el.shadowRoot!.querySelector('button.confirm-yes')!);
    expect((await done).detail).to.deep.equal({ deleted: 2 });
    expect(calls).to.deep.equal([['e1', { phone: '0049 30 555-7777' }]]);
    await waitUntil(() => text(el, '[role="status"]') === '2 Kontaktanfragen gelöscht.');
    expect(field(el, 'erasure-phone').value).to.equal('');
    expect(field(el, 'erasure-phone').readOnly).to.equal(false);
    expect(el.shadowRoot!.querySelector('.confirm')).to.equal(null);
  });

  it('cancels with "Abbrechen" without erasing, and Enter on the question cancels too', async () => {
    const { api, calls } = erasureStandIn();
    const el = await fixture<ErasureForm>(html`<markt-erasure-form event-id="e1" .api=${api}></markt-erasure-form>`);
    await typeInto(field(el, 'erasure-email'), 'erika@example.org');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.confirm'));
    await sendKeys({ press: 'Enter' }); // the focus is on "Abbrechen"
    await waitUntil(() => el.shadowRoot!.querySelector('.confirm') === null);
    expect(calls).to.deep.equal([]);
    expect(field(el, 'erasure-email').value).to.equal('erika@example.org');
    expect(text(el, '[role="status"]')).to.equal('');
  });

  it('asks for an e-mail address or a phone number when both are empty, on the field', async () => {
    const { api, calls } = erasureStandIn();
    const el = await fixture<ErasureForm>(html`<markt-erasure-form event-id="e1" .api=${api}></markt-erasure-form>`);
    await click(el.shadowRoot!.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.confirm')).to.equal(null);
    expect(text(el, '#erasure-need-one')).to.equal('Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.');
    expect(field(el, 'erasure-email').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'erasure-email').getAttribute('aria-describedby')).to.equal('erasure-need-one');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'erasure-email');
    await expectAccessible(el);
    await sendKeys({ type: 'a' });
    await el.updateComplete;
    expect(field(el, 'erasure-email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('erases in all events of the organisation when chosen, and says when nothing was found', async () => {
    const { api, calls } = erasureStandIn(0);
    const el = await fixture<ErasureForm>(html`<markt-erasure-form event-id="e1" .api=${api}></markt-erasure-form>`);
    await typeInto(field(el, 'erasure-email'), 'erika@example.org');
    await typeInto(field(el, 'erasure-phone'), '030 5557777');
    await click(el.shadowRoot!.querySelector('input[value="tenant"]')!);
    await click(el.shadowRoot!.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(text(el, '.confirm')).to.contain('mit erika@example.org oder 030 5557777 in allen Veranstaltungen unserer Organisation löschen?');
    await click(el.shadowRoot!.querySelector('button.confirm-yes')!);
    await waitUntil(() => text(el, '[role="status"]') === 'Keine Kontaktanfrage gefunden: nichts gelöscht.');
    expect(calls).to.deep.equal([[null, { email: 'erika@example.org', phone: '030 5557777' }]]);
    // After the erasure the next request starts with "this event only" again.
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="event"]')!.checked).to.equal(true);
  });

  it("shows the server's refusal with the field it names, and speaks English on an English page", async () => {
    const refusal = new ApiError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
      { path: 'phone', message: 'must be a phone number (digits, spaces, + ( ) / -)' },
    ]);
    const { api } = erasureStandIn(refusal);
    const el = await fixture<ErasureForm>(html`<markt-erasure-form event-id="e1" locale="en" .api=${api}></markt-erasure-form>`);
    expect(text(el, 'h2')).to.equal('Erasure request');
    await typeInto(field(el, 'erasure-phone'), '12345');
    await click(el.shadowRoot!.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(text(el, '.confirm')).to.contain('Really delete every contact request with 12345 in this event?');
    await click(el.shadowRoot!.querySelector('button.confirm-yes')!);
    await waitUntil(() => text(el, '#erasure-error'));
    expect(text(el, '#erasure-error')).to.contain('phone: must be a phone number');
    expect(text(el, '[role="status"]')).to.equal('');
    // One deleted, in English.
    const one = erasureStandIn(1);
    el.api = one.api;
    await click(el.shadowRoot!.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    await click(el.shadowRoot!.querySelector('button.confirm-yes')!);
    await waitUntil(() => text(el, '[role="status"]') === '1 contact request deleted.');
  });
});
