import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, text, type, until } from '../../shared/test-input.js';
import { flakyPhoneCatalog, unhandledRejections } from '../flaky-catalog.js';
import { de } from '../messages/de.js';
import { uk } from '../messages/uk.js';
import { ContactForm } from './contact-form.js';

/** Ukrainian whose loading fails while `flaky.failures` is above 0 (patchy mobile data), then works. */
const flaky = flakyPhoneCatalog('uk', async () => (await import('../messages/uk.js')).uk);
class FlakyContactForm extends ContactForm {
  static override catalog = flaky.catalog;
}
customElements.define('markt-flaky-contact-form', FlakyContactForm);

async function form(locale = 'en') {
  const el = await fixture<ContactForm>(
    html`<markt-contact-form locale=${locale} .providerName=${'Pflegeschule <b>Nord</b>'} .offerId=${'o1'} .offerTitle=${'Care course'} retentionDays="14"></markt-contact-form>`,
  );
  await until(() => locale === 'de' || text(el.shadowRoot!).includes('Your consent') || text(el.shadowRoot!).includes('موافقتك'));
  return el;
}

describe('markt-contact-form', () => {
  it('is accessible with every field open, and links the confirm button to the consent text', async () => {
    const el = await form();
    for (const id of ['#share-name', '#share-phone', '#share-email']) await click($(el, id));
    await el.updateComplete;
    await expectAccessible(el);
    expect($(el, 'button[type="submit"]').getAttribute('aria-describedby')).to.equal('consent-text');
    expect($(el, '#consent-text').textContent).to.contain('Pflegeschule <b>Nord</b>').and.contain('14 days');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('refuses a wrong e-mail address with a message and focus on the field, then sends e-mail and message only', async () => {
    const el = await form();
    await click($(el, '#share-email'));
    await el.updateComplete;
    await type($(el, '#email'), 'not-an-address');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal('Please check the e-mail address.');
    await until(() => el.shadowRoot!.activeElement?.id === 'email');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: 'ok@example.org' });
    await type($(el, '#message'), 'Mornings are best');
    const heard = oneEvent(el, 'markt-contact-submit');
    await click($(el, 'button[type="submit"]'));
    const { detail } = await heard;
    expect(detail.contact).to.deep.equal({ email: 'ok@example.org' });
    expect(detail.message).to.equal('Mornings are best');
    expect(detail.offerId).to.equal('o1');
  });

  it('gives the consent in the visitor language, right to left in Arabic', async () => {
    const el = await form('ar');
    await click($(el, '#share-phone'));
    await el.updateComplete;
    await type($(el, '#phone'), '0301234567');
    const heard = oneEvent(el, 'markt-contact-submit');
    await click($(el, 'button[type="submit"]'));
    const { detail } = await heard;
    expect(detail.consent.locale).to.equal('ar');
    expect(detail.consent.text).to.contain('يجوز').and.contain('14');
    const cancel = oneEvent(el, 'markt-contact-cancel');
    await click([...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('إلغاء'))!);
    await cancel;
  });

  it('stays in the language shown when Ukrainian fails to load (no unhandled rejection), and shows it when asked again', async () => {
    flaky.failures = 1;
    const rejections = unhandledRejections();
    try {
      const el = await fixture<FlakyContactForm>(html`<markt-flaky-contact-form locale="en" .providerName=${'Pflegeschule Nord'}></markt-flaky-contact-form>`);
      let announced = 0;
      el.addEventListener('markt-locale-change', () => (announced += 1));
      el.locale = 'uk';
      await until(() => flaky.failures === 0 && el.locale === 'en');
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections.seen).to.deep.equal([]);
      expect(announced).to.equal(0); // a part inside a page: the page decides, nothing bubbles to the app
      expect(text(el.shadowRoot!)).to.contain('Your consent');
      el.locale = 'uk';
      await until(() => text(el.shadowRoot!).includes(uk['contact.consentTitle']));
      expect(uk['contact.consentTitle']).to.not.equal('Your consent');
      expect(rejections.seen).to.deep.equal([]);
    } finally {
      rejections.stop();
    }
  });

  it('shows its error in the new language after a change of language', async () => {
    const el = await form();
    await click($(el, 'button[type="submit"]'));
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal('Please share a phone number or an e-mail address.');
    el.locale = 'de';
    await until(() => text(el.shadowRoot!).includes('Ihre Einwilligung'));
    expect(text($(el, '[role="alert"]'))).to.equal(de['contact.needOne']);
    el.locale = 'uk';
    await until(() => text(el.shadowRoot!).includes(uk['contact.consentTitle']));
    expect(text($(el, '[role="alert"]'))).to.equal(uk['contact.needOne']);
  });
});
