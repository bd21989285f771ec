import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Locale } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { directionOf, langTagOf } from '../../i18n/catalog.js';
import { $, click, text, until } from '../../shared/test-input.js';
import { standData } from '../test-data.js';
import type { ContactForm } from '../contact-form/contact-form.component.js';
import { phoneCatalog } from '../phone-catalog.js';
import type { StandPage } from './stand-page.js';
import './stand-page.js';

const LOCALES: Locale[] = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'];

/** A stand whose provider has a German and English description (no other language). */
function data() {
  const d = standData();
  d.event.languages = LOCALES;
  return d;
}

async function page(locale: Locale): Promise<StandPage> {
  await phoneCatalog.load(locale);
  const el = await fixture<StandPage>(html`<markt-stand-page .data=${data()} locale=${locale} token="tok-12"></markt-stand-page>`);
  await until(() => el.getAttribute('lang') === langTagOf(locale) && text(el.shadowRoot!).includes(phoneCatalog.t(locale, 'stand.offers')));
  return el;
}

describe('markt-stand-page: texts that are not in the visitor language', () => {
  it('tags every title, summary and description shown in English with "(English)" in the visitor language, in all 7 languages', async () => {
    for (const locale of LOCALES) {
      const el = await page(locale);
      const marks = [...el.shadowRoot!.querySelectorAll('[data-fallback]')];
      // German and English are in every text here; Arabic has o1's title.
      const expected = { de: 0, en: 0, 'de-x-ls': 0, ar: 4, tr: 5, uk: 5, ru: 5 }[locale];
      expect(marks.length, locale).to.equal(expected);
      for (const mark of marks) {
        expect(text(mark), locale).to.equal(phoneCatalog.t(locale, 'text.in.en'));
        expect(mark.getAttribute('lang'), locale).to.equal(langTagOf(locale));
        expect(mark.getAttribute('dir'), locale).to.equal(directionOf(locale));
      }
      if (expected > 0) expect(text(marks[0]!)).to.not.equal('text.in.en');
      el.remove();
    }
  });

  it('on an Arabic page: English titles isolated left to right with the tag after them, summaries as left-to-right paragraphs, no tag on the Arabic title', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await page('ar');
      expect(el.getAttribute('dir')).to.equal('rtl');
      const [o1, o2] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('ul[part="offers"] > li')];
      // o1's title is Arabic: in the page's direction, untagged.
      const arabic = $(o1!, 'h3 bdi');
      expect([arabic.getAttribute('lang'), arabic.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
      expect(o1!.querySelector('h3 [data-fallback]')).to.equal(null);
      // o2's English title: its own lang and direction, the tag after it, i.e. to its left in a right-to-left line.
      const title = $(o2!, 'h3 bdi');
      expect([title.getAttribute('lang'), title.getAttribute('dir'), title.textContent]).to.deep.equal(['en', 'ltr', 'German course B1']);
      const tag = $(o2!, 'h3 [data-fallback]');
      expect(text(tag)).to.equal('(بالإنجليزية)');
      expect(tag.getBoundingClientRect().right).to.be.at.most(title.getBoundingClientRect().left + 1);
      // The summary is an English paragraph: lang en, left to right, the tag at its end (to the right).
      const summary = $(o2!, 'p[lang="en"]');
      expect(summary.getAttribute('dir')).to.equal('ltr');
      const range = document.createRange();
      range.selectNodeContents(summary.firstChild!);
      expect($(summary, '[data-fallback]').getBoundingClientRect().left).to.be.at.least(range.getBoundingClientRect().right - 1);
      // The provider's description (German and English only) is shown in English, tagged too.
      const description = $(el, 'header p[lang="en"]');
      expect([description.getAttribute('dir'), text(description)]).to.deep.equal(['ltr', 'Further training in Pankow. (بالإنجليزية)']);
      await expectAccessible(el);

      // Saved: the saved list shows the title the same way.
      await click($(o2!, 'button[aria-pressed]'));
      await el.updateComplete;
      const saved = $(el, '[part="saved"] h3');
      expect($(saved, 'bdi').getAttribute('lang')).to.equal('en');
      expect(text($(saved, '[data-fallback]'))).to.equal('(بالإنجليزية)');

      // The contact form says what the request is about, the English title isolated and tagged.
      await click([...o2!.querySelectorAll('button')].find((b) => !b.hasAttribute('aria-pressed'))!);
      await el.updateComplete;
      const form = $<ContactForm>(el, 'markt-contact-form');
      await form.updateComplete;
      await until(() => text(form.shadowRoot!).includes('German course B1'));
      const about = [...form.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent?.includes('German course B1'))!;
      expect(text(about)).to.equal('الموضوع: German course B1 (بالإنجليزية)');
      expect($(about, 'bdi').getAttribute('dir')).to.equal('ltr');
      await expectAccessible(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
