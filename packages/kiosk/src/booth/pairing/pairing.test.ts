import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, type } from '../../shared/test-input.js';
import type { BoothPairing } from './pairing.component.js';
import './pairing.js';

describe('markt-booth-pairing', () => {
  it('is accessible and sends the typed code when Enter is pressed', async () => {
    const el = await fixture<BoothPairing>(html`<markt-booth-pairing locale="en"></markt-booth-pairing>`);
    await expectAccessible(el);
    const heard = oneEvent(el, 'markt-pair');
    await type($(el, '#code'), 'K7Q2-M9XD');
    await sendKeys({ press: 'Enter' });
    expect((await heard).detail).to.deep.equal({ code: 'K7Q2-M9XD' });
  });

  it('shows an error and the revoked notice as alerts, and blocks a second submit while busy', async () => {
    const el = await fixture<BoothPairing>(html`<markt-booth-pairing locale="de" busy error="Code unbekannt" notice="Abgemeldet"></markt-booth-pairing>`);
    const alerts = [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim());
    expect(alerts).to.deep.equal(['Abgemeldet', 'Code unbekannt']);
    expect($<HTMLButtonElement>(el, 'button').disabled).to.equal(true);
    await expectAccessible(el);
  });

  it('gives the focus back to the code field after a wrong code, with the code still in it (review 2, L1)', async () => {
    const el = await fixture<BoothPairing>(html`<markt-booth-pairing locale="en"></markt-booth-pairing>`);
    el.addEventListener('markt-pair', () => (el.busy = true)); // as the tablet does while it asks the server
    await type($(el, '#code'), 'WRONG-123');
    $(el, 'button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    el.busy = false;
    el.error = 'Pairing failed: this code is not valid. Check it and type it again.';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id, 'the focus is on the code field').to.equal('code');
    expect($<HTMLInputElement>(el, '#code').value).to.equal('WRONG-123');
  });
});
