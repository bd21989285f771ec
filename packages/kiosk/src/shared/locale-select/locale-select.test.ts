import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import './locale-select.js';
import { preferredLocale } from '../locale.js';

describe('markt-locale-select', () => {
  it('is accessible, names each language in itself and reports a choice made with the keyboard', async () => {
    const el = await fixture(html`<markt-locale-select locale="de" label="Sprache"></markt-locale-select>`);
    await expectAccessible(el);
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent?.trim())).to.include.members(['Türkçe', 'العربية', 'Українська']);
    select.focus();
    const heard = oneEvent(el, 'markt-locale-change');
    await sendKeys({ press: 'ArrowDown' });
    const event = await heard;
    expect(event.detail.locale).to.equal('en');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('picks the first phone language markt speaks', () => {
    expect(preferredLocale(['fr-FR', 'ar-EG', 'en'])).to.equal('ar');
    expect(preferredLocale(['uk-UA'])).to.equal('uk');
    expect(preferredLocale(['fr'], 'en')).to.equal('en');
  });
});
