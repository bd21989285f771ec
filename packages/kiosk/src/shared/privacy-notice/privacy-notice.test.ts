import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventPrivacy, Locale } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { $, text, until } from '../test-input.js';
import { privacyCatalog } from './privacy-catalog.js';
import { en } from './messages/en.js';
import './privacy-notice.js';
import type { PrivacyNotice } from './privacy-notice.js';

const PRIVACY: EventPrivacy = {
  controller: 'Jobcenter Berlin Pankow',
  contact: 'Storkower Straße 133, 10407 Berlin, datenschutz@jobcenter.example',
  dpo: 'dsb@jobcenter.example',
  url: 'https://jobcenter.example/datenschutz',
};

describe('markt-privacy-notice', () => {
  it('passes axe inline and says who is responsible, what is stored, for how long, the rights and where to read more', async () => {
    const el = await fixture<PrivacyNotice>(html`<markt-privacy-notice locale="de" .privacy=${PRIVACY} retention-days="21"></markt-privacy-notice>`);
    await expectAccessible(el);
    const said = text(el.shadowRoot!);
    expect($(el, 'h2').textContent).to.equal('Datenschutz');
    expect(said).to.contain('Jobcenter Berlin Pankow');
    expect(said).to.contain('Storkower Straße 133');
    expect(said).to.contain('dsb@jobcenter.example');
    expect(said).to.contain('spätestens 21 Tage nach dem Markt');
    expect(said).to.contain('Zufallsnummer, die nur für diesen Markt gilt');
    expect(said).to.contain('Einwilligung jederzeit widerrufen');
    expect(said).to.contain('Aufsichtsbehörde');
    expect($<HTMLAnchorElement>(el, 'a').href).to.equal('https://jobcenter.example/datenschutz');
  });

  it('names the organizer when the event has no privacy block, and links no url that is not a web address', async () => {
    const el = await fixture<PrivacyNotice>(html`<markt-privacy-notice locale="en" place="list"></markt-privacy-notice>`);
    expect(text(el.shadowRoot!)).to.contain('the organizer of this fair').and.to.contain('only in this link');
    el.privacy = { controller: 'Jobcenter', contact: 'a@b.de', url: 'javascript:alert(1)' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('has every text in all seven languages with the placeholders of English; the kiosk says it keeps nothing of the person', async () => {
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
    for (const locale of ['de', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'] as Locale[]) {
      await privacyCatalog.load(locale);
      expect(privacyCatalog.missing(locale), locale).to.deep.equal([]);
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(privacyCatalog.t(locale, key)), `${locale} ${key}`).to.deep.equal(placeholders(en[key]));
        if (locale !== 'de' && locale !== 'de-x-ls' && !['privacy.title', 'privacy.close'].includes(key)) {
          expect(privacyCatalog.t(locale, key), `${locale} ${key} is translated`).not.to.equal(en[key]);
        }
      }
    }
    // Leichte Sprache: short sentences (at most 15 words each).
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const sentence of privacyCatalog.t('de-x-ls', key).split(/[.?!:]\s/)) expect(sentence.split(/\s+/).length, sentence).to.be.at.most(15);
    }
    expect(privacyCatalog.t('de', 'privacy.stored.kiosk')).to.contain('nichts, was zeigt, wer Sie sind');
  });

  it('on the kiosk links nowhere (a new window would leave the kiosk): the privacy page is its address as text and a QR code', async () => {
    const el = await fixture<PrivacyNotice>(html`<markt-privacy-notice dialog place="kiosk" locale="ar" .privacy=${PRIVACY}></markt-privacy-notice>`);
    el.show();
    await until(() => el.getAttribute('lang') === 'ar' && el.shadowRoot!.querySelector('.qr svg') !== null);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.querySelector('a')).to.equal(null);
    expect(text(dialog)).to.contain(privacyCatalog.t('ar', 'privacy.moreKiosk'));
    const url = $(el, '.url');
    expect(url.textContent).to.equal('https://jobcenter.example/datenschutz');
    expect(url.getAttribute('dir'), 'the address reads left to right inside Arabic').to.equal('ltr');
    expect($(el, '.qr').getAttribute('aria-label')).to.equal(privacyCatalog.t('ar', 'privacy.qr'));
    await expectAccessible(el);
    // The phone page keeps its link.
    const phone = await fixture<PrivacyNotice>(html`<markt-privacy-notice place="phone" locale="de" .privacy=${PRIVACY}></markt-privacy-notice>`);
    expect($<HTMLAnchorElement>(phone, 'a').href).to.equal('https://jobcenter.example/datenschutz');
    expect(phone.shadowRoot!.querySelector('.qr')).to.equal(null);
  });

  it('reads right to left in Arabic, with the controller name isolated, and passes axe', async () => {
    const el = await fixture<PrivacyNotice>(html`<markt-privacy-notice locale="ar" .privacy=${PRIVACY}></markt-privacy-notice>`);
    await until(() => el.getAttribute('lang') === 'ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, 'p')).direction).to.equal('rtl');
    expect(text(el.shadowRoot!)).to.contain('المسؤول عن بياناتك').and.to.contain('\u2068Jobcenter Berlin Pankow\u2069');
    await expectAccessible(el);
  });

  it('as a dialog: opens from its button with the keyboard, closes with Escape and with "Schließen", the focus back on the button, 44 px targets', async () => {
    const el = await fixture<PrivacyNotice>(html`<markt-privacy-notice dialog place="kiosk" locale="de" .privacy=${PRIVACY}></markt-privacy-notice>`);
    await expectAccessible(el);
    const open = $<HTMLButtonElement>(el, 'button[part="open"]');
    expect(open.textContent?.trim()).to.equal('Datenschutz');
    expect(open.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(open.getBoundingClientRect().height).to.be.at.least(44);
    expect(el.open).to.equal(false);
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.open);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('privacy-title');
    expect(text(dialog)).to.contain('Jobcenter Berlin Pankow').and.to.contain('speichert nichts');
    await expectAccessible(el);
    for (const target of dialog.querySelectorAll('button, a')) expect(target.getBoundingClientRect().height, target.textContent ?? '').to.be.at.least(44);
    await sendKeys({ press: 'Escape' });
    await until(() => !el.open);
    expect(el.shadowRoot!.activeElement).to.equal(open);

    await sendKeys({ press: 'Space' });
    await until(() => el.open);
    const close = $<HTMLButtonElement>(el, 'dialog button.close');
    close.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !el.open);
    expect(el.shadowRoot!.activeElement).to.equal(open);
  });
});
