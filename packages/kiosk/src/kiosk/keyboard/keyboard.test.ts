import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import type { MarktKeyboard } from './keyboard.component.js';
import './keyboard.js';

const keyNamed = (el: MarktKeyboard, name: string): HTMLButtonElement => {
  const key = [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  if (!key) throw new Error(`no key ${name}`);
  return key;
};

describe('<markt-keyboard>', () => {
  it('is accessible and names its group and its keys', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard label="Bildschirmtastatur"></markt-keyboard>`);
    await expectAccessible(el);
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Bildschirmtastatur');
    for (const letter of ['ä', 'ö', 'ü', 'ß']) expect(keyNamed(el, letter)).to.be.instanceOf(HTMLButtonElement);
  });

  it('types German letters, capitals after shift (ß stays), deletes, and reports each change', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard value="Stra"></markt-keyboard>`);
    const values: string[] = [];
    el.addEventListener('markt-keyboard-input', (e) => values.push(e.detail.value));
    keyNamed(el, 'ß').click();
    keyNamed(el, 'e').click();
    await el.updateComplete;
    keyNamed(el, '⇧ Capital letters').click();
    await el.updateComplete;
    expect(keyNamed(el, 'Ü').getAttribute('aria-label')).to.equal('Ü');
    keyNamed(el, 'Ü').click();
    await el.updateComplete;
    keyNamed(el, 'ü').click();
    keyNamed(el, '⌫ Delete').click();
    expect(values).to.deep.equal(['Straß', 'Straße', 'StraßeÜ', 'StraßeÜü', 'StraßeÜ']);
  });

  it('works from the keyboard too: Tab to a key and press Enter', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard></markt-keyboard>`);
    keyNamed(el, '1').focus();
    const typed = oneEvent(el, 'markt-keyboard-input');
    await sendKeys({ press: 'Enter' });
    expect((await typed).detail.value).to.equal('1');
    const done = oneEvent(el, 'markt-keyboard-done');
    keyNamed(el, 'Done').click();
    const event = await done;
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows digits and + only for phone numbers, @ for e-mail', async () => {
    const tel = await fixture<MarktKeyboard>(html`<markt-keyboard layout="tel"></markt-keyboard>`);
    const labels = [...tel.shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(labels).to.include('+');
    expect(labels).not.to.include('a');
    const email = await fixture<MarktKeyboard>(html`<markt-keyboard layout="email"></markt-keyboard>`);
    expect(keyNamed(email, '@')).to.be.instanceOf(HTMLButtonElement);
  });
});
