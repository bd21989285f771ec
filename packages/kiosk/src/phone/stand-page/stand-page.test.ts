import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, text, type, until } from '../../shared/test-input.js';
import { HOSTILE_NAME, HOSTILE_OFFER, standData } from '../test-data.js';
import type { ContactForm } from '../contact-form/contact-form.component.js';
import { flakyPhoneCatalog, unhandledRejections } from '../flaky-catalog.js';
import { tr } from '../messages/tr.js';
import { StandPage, type SaveChangeDetail } from './stand-page.js';

/** Turkish whose loading fails while `flaky.failures` is above 0 (patchy mobile data), then works. */
const flaky = flakyPhoneCatalog('tr', async () => (await import('../messages/tr.js')).tr);
class FlakyStandPage extends StandPage {
  static override catalog = flaky.catalog;
}
customElements.define('markt-flaky-stand-page', FlakyStandPage);

async function page(locale = 'en') {
  const el = await fixture<StandPage>(html`<markt-stand-page .data=${standData()} locale=${locale} token="tok-12"></markt-stand-page>`);
  await until(() => text(el.shadowRoot!).includes('What we offer') || locale !== 'en');
  return el;
}

describe('markt-stand-page', () => {
  it('passes axe with the contact form open', async () => {
    const el = await page();
    await expectAccessible(el);
    await click($(el, '.general button'));
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('shows the privacy notice with the controller and the privacy page from the event data, in the page language', async () => {
    const data = standData();
    data.event.privacy = { controller: 'Jobcenter Berlin Pankow', contact: 'datenschutz@jobcenter.example', url: 'https://jobcenter.example/datenschutz' };
    data.event.retentionDays = 14;
    const el = await fixture<StandPage>(html`<markt-stand-page .data=${data} locale="de" token="tok-12"></markt-stand-page>`);
    await until(() => text(el.shadowRoot!).includes('Unsere Angebote'));
    const notice = $(el, 'markt-privacy-notice');
    await until(() => text(notice.shadowRoot!).includes('Datenschutz'));
    expect(text(notice.shadowRoot!)).to.contain('Verantwortlich für Ihre Daten: \u2068Jobcenter Berlin Pankow\u2069');
    expect(text(notice.shadowRoot!)).to.contain('spätestens 14 Tage nach dem Markt');
    expect($<HTMLAnchorElement>(notice, 'a').getAttribute('href')).to.equal('https://jobcenter.example/datenschutz');
    await expectAccessible(el);
    el.locale = 'ar';
    await until(() => text(notice.shadowRoot!).includes('حماية البيانات'));
    expect(notice.getAttribute('dir')).to.equal('rtl');
    await expectAccessible(el);
    // On a 360 px phone: no sideways scrolling, the privacy page link a 44 px target.
    await setViewport({ width: 360, height: 740 });
    try {
      const link = $<HTMLAnchorElement>(notice, 'a').getBoundingClientRect();
      expect(link.height).to.be.at.least(44);
      expect(link.width).to.be.at.least(44);
      expect(link.right).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows a provider name and offer text holding <script> and <img onerror> as plain text', async () => {
    const el = await page();
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img').length).to.equal(0);
    expect($(el, 'h1').textContent).to.equal(HOSTILE_NAME);
    expect($(el, 'h1').getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(root)).to.contain(HOSTILE_OFFER.replace(/\s+/g, ' '));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('saves an offer to the list with a real click and shows it in "My list"', async () => {
    const el = await page();
    const save = $(el, 'ul[part="offers"] li:nth-child(2) button[aria-pressed]');
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    const heard = oneEvent(el, 'markt-save-change');
    await click(save);
    const { detail } = (await heard) as CustomEvent<SaveChangeDetail>;
    expect(detail.saved).to.equal(true);
    expect(detail.entry).to.include({ eventId: 'pankow-2026', offerId: 'o2', standNumber: '12', standToken: 'tok-12' });
    await el.updateComplete;
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '[part="saved"]'))).to.contain('German course B1');
    expect($<HTMLAnchorElement>(el, '[part="saved"] a').getAttribute('href')).to.equal('/list#v=1&e=pankow-2026&l=en&o=o2&s=p');
  });

  it('sends a contact request carrying only the fields the visitor chose, with the consent shown', async () => {
    const el = await page();
    await click($(el, 'ul[part="offers"] li:first-child button:not([aria-pressed])'));
    await el.updateComplete;
    const form = $<ContactForm>(el, 'markt-contact-form');
    await form.updateComplete;
    // Nothing shared yet: refused with a message, no event.
    let sent = 0;
    el.addEventListener('markt-contact-submit', () => (sent += 1));
    await click($(form, 'button[type="submit"]'));
    await form.updateComplete;
    expect(text($(form, '[role="alert"]'))).to.equal('Please share a phone number or an e-mail address.');
    expect(sent).to.equal(0);

    for (const id of ['#share-name', '#share-phone', '#share-email']) await click($(form, id));
    await form.updateComplete;
    await type($(form, '#name'), 'Ayşe <b>Y</b>');
    await type($(form, '#phone'), '+49 30 1234567');
    await type($(form, '#email'), 'ayse@example.org');
    await click($(form, '#share-email')); // changed her mind: no e-mail
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('#email')).to.equal(null);
    const heard = oneEvent(el, 'markt-contact-submit');
    await click($(form, 'button[type="submit"]'));
    const { detail } = await heard;
    expect(detail.contact).to.deep.equal({ name: 'Ayşe <b>Y</b>', phone: '+49 30 1234567' });
    expect(detail.offerId).to.equal('o1');
    expect(detail.locale).to.equal('en');
    expect(detail.consent.locale).to.equal('en');
    expect(detail.consent.text).to.contain(HOSTILE_NAME).and.to.contain('30 days');
    expect(Date.parse(detail.consent.at)).to.be.closeTo(Date.now(), 5000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('markt-contact-form')).to.equal(null);
  });

  it('fits a 360 px wide phone: no sideways scrolling, every touch target at least 44 px', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await page();
      await click($(el, '.general button'));
      await el.updateComplete;
      const form = $<ContactForm>(el, 'markt-contact-form');
      await form.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const targets = [
        ...el.shadowRoot!.querySelectorAll('button, a'),
        ...form.shadowRoot!.querySelectorAll('button, .share, textarea'),
        $($(el, 'markt-locale-select'), 'select'),
      ];
      expect(targets.length).to.be.greaterThan(8);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height, `${target.localName} ${target.textContent?.trim()}`).to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
        expect(box.right).to.be.at.most(360);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('switches to Arabic from the language menu: right to left, Arabic texts and offer titles', async () => {
    const el = await page();
    const select = $<HTMLSelectElement>($(el, 'markt-locale-select'), 'select');
    const heard = oneEvent(el, 'markt-locale-change');
    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await heard).detail.locale).to.equal('ar');
    await until(() => text(el.shadowRoot!).includes('ما نقدّمه'));
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(text(el.shadowRoot!)).to.contain('دورة أساسية في الرعاية');
    // A title without an Arabic text falls back to English, and says so for screen readers.
    const fallback = [...el.shadowRoot!.querySelectorAll('ul[part="offers"] h3 bdi')].find((h) => h.textContent === 'German course B1');
    expect(fallback?.getAttribute('lang')).to.equal('en');
    // An English summary in the Arabic page keeps its full stop at its end (on the right), not before "Mornings".
    const summary = [...el.shadowRoot!.querySelectorAll('ul[part="offers"] p')].find((p) => p.textContent?.trim().startsWith('Mornings.'))!;
    const words = [...summary.querySelectorAll('*'), summary].flatMap((n) => [...n.childNodes]).find((n): n is Text => n instanceof Text && n.data === 'Mornings.')!;
    const leftOf = (from: number, to: number): number => {
      const range = document.createRange();
      range.setStart(words, from);
      range.setEnd(words, to);
      return range.getBoundingClientRect().left;
    };
    expect(leftOf(8, 9)).to.be.above(leftOf(0, 8));
    await expectAccessible(el);
  });

  it('goes back to German in the menu when Turkish fails to load, without an unhandled rejection, and loads it when chosen again', async () => {
    flaky.failures = 1;
    const rejections = unhandledRejections();
    try {
      const el = await fixture<FlakyStandPage>(html`<markt-flaky-stand-page .data=${standData()} locale="de"></markt-flaky-stand-page>`);
      await until(() => text(el.shadowRoot!).includes('Unsere Angebote'));
      const changes: string[] = [];
      el.addEventListener('markt-locale-change', (e) => changes.push(e.detail.locale));
      const choose = async (locale: string): Promise<void> => {
        const select = $<HTMLSelectElement>($(el, 'markt-locale-select'), 'select');
        select.value = locale;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
      };
      await choose('tr');
      await until(() => el.locale === 'de');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50)); // time for an unhandled rejection to be reported
      expect(rejections.seen).to.deep.equal([]);
      expect(flaky.failures).to.equal(0);
      const menu = $($(el, 'markt-locale-select'), 'select') as HTMLSelectElement;
      expect(menu.value).to.equal('de');
      expect(el.getAttribute('lang')).to.equal('de');
      expect(text(el.shadowRoot!)).to.contain('Unsere Angebote');
      // The app that listens hears the language put back, so it remembers German, not Turkish.
      expect(changes).to.deep.equal(['tr', 'de']);

      await choose('tr');
      await until(() => el.getAttribute('lang') === 'tr');
      expect(text(el.shadowRoot!)).to.contain(tr['stand.offers']);
      expect(($($(el, 'markt-locale-select'), 'select') as HTMLSelectElement).value).to.equal('tr');
      expect(rejections.seen).to.deep.equal([]);
    } finally {
      rejections.stop();
    }
  });
});
