import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../test/axe.js';
import type { PrivacyNotice } from '../shared/privacy-notice/privacy-notice.js';
import { SESSION_KEY, type MarktKiosk } from './kiosk.component.js';
import { fixtureData } from './test-fixture.js';
import './kiosk.js';

// The kiosk's privacy notice (Art. 13 DSGVO): a "Datenschutz" button on the attract screen and in the top bar of
// every later screen (so on the contact screen), opening a dialog with the event's controller.

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function kiosk(): Promise<MarktKiosk> {
  localStorage.removeItem(SESSION_KEY);
  const data = fixtureData();
  data.event = { ...data.event, retentionDays: 21, privacy: { controller: 'Jobcenter Berlin Pankow', contact: 'Storkower Straße 133, 10407 Berlin', url: 'https://jobcenter.example/datenschutz' } };
  const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${data} list-origin="https://markt.example"></markt-kiosk>`);
  await el.updateComplete;
  return el;
}

const notice = (el: MarktKiosk): PrivacyNotice => {
  const found = el.shadowRoot!.querySelector<PrivacyNotice>('markt-privacy-notice');
  if (!found) throw new Error(`no markt-privacy-notice on screen ${el.screen}`);
  return found;
};

/** Tabs (or Shift+Tabs) until the notice's "Datenschutz" button has the focus (at most `max` presses). */
async function tabToNotice(el: MarktKiosk, press: 'Tab' | 'Shift+Tab' = 'Tab', max = 40): Promise<HTMLButtonElement> {
  for (let i = 0; i < max; i += 1) {
    await sendKeys({ press });
    const n = el.shadowRoot!.activeElement;
    if (n?.localName === 'markt-privacy-notice' && n.shadowRoot!.activeElement?.getAttribute('part') === 'open') return n.shadowRoot!.activeElement as HTMLButtonElement;
  }
  throw new Error('the privacy button was not reached with Tab');
}

describe('<markt-kiosk> privacy notice', () => {
  afterEach(() => localStorage.removeItem(SESSION_KEY));

  it('opens from the attract screen with the keyboard, names the controller, closes with Escape, and starts no session', async () => {
    const el = await kiosk();
    await expectAccessible(el);
    const n = notice(el);
    expect(n.dialog).to.equal(true);
    expect(n.place).to.equal('kiosk');
    const button = await tabToNotice(el);
    expect(button.textContent?.trim()).to.equal('Datenschutz');
    const box = button.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    await sendKeys({ press: 'Enter' });
    await wait(20);
    expect(n.open).to.equal(true);
    const dialog = n.shadowRoot!.querySelector('dialog')!;
    expect(dialog.textContent).to.contain('Jobcenter Berlin Pankow').and.to.contain('spätestens 21 Tage').and.to.contain('speichert nichts');
    expect(el.screen, 'reading the notice starts no visitor session').to.equal('attract');
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await wait(20);
    expect(n.open).to.equal(false);
    expect(n.shadowRoot!.activeElement).to.equal(button);
  });

  it('is in the top bar of the contact screen, in the visitor language (Arabic: right to left), and closes with its button', async () => {
    const el = await kiosk();
    el.shadowRoot!.querySelector<HTMLElement>('.attract')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-locale="ar"]')!.click();
    for (let i = 0; i < 100 && el.locale !== 'ar'; i += 1) await wait(20);
    el.go('results');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-offer="schulden-beratung"] [data-details]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-contact]')!.click();
    await el.updateComplete;
    expect(el.screen).to.equal('contact');
    const n = notice(el);
    expect(n.closest('header.bar')).to.not.equal(null);
    for (let i = 0; i < 100 && n.getAttribute('lang') !== 'ar'; i += 1) await wait(20);
    expect(n.getAttribute('dir')).to.equal('rtl');
    // The screen's heading has the focus; the top bar comes before it.
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-screen-heading')).to.equal(true);
    const button = await tabToNotice(el, 'Shift+Tab', 3);
    await sendKeys({ press: 'Space' });
    await wait(20);
    expect(n.open).to.equal(true);
    expect(n.shadowRoot!.querySelector('dialog')!.textContent).to.contain('المسؤول عن بياناتك');
    await expectAccessible(el);
    n.shadowRoot!.querySelector<HTMLButtonElement>('dialog button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await wait(20);
    expect(n.open).to.equal(false);
    expect(n.shadowRoot!.activeElement).to.equal(button);
    expect(el.screen, 'the visitor is still on the contact screen').to.equal('contact');
  });

  it('closes an open notice when the kiosk wipes the session, so the next visitor starts on the attract screen', async () => {
    const el = await kiosk();
    el.shadowRoot!.querySelector<HTMLElement>('.attract')!.click();
    await el.updateComplete;
    notice(el).show();
    expect(notice(el).open).to.equal(true);
    el.wipe('idle');
    await el.updateComplete;
    expect(el.screen).to.equal('attract');
    expect(notice(el).open).to.equal(false);
  });
});
