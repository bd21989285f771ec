import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Locale, Offer } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { click } from '../test-helpers.js';
import { hasLanguage, translationCoverage, type TranslationCoverage } from './translation-coverage.js';
import './translation-coverage.js';

const offer = (title: Offer['title'], summary: Offer['summary']) => ({ title, summary }) as Offer;
const offers = [
  offer({ de: 'Pflegehilfe', en: 'Care assistant', ar: 'مساعد تمريض' }, { de: 'Kurs', en: 'Course', ar: 'دورة' }),
  offer({ de: 'Lager', en: 'Warehouse', tr: 'Depo' }, { de: 'Stelle', en: 'Job', tr: '   ' }),
];

describe('translation coverage', () => {
  it('counts an offer for a language only with a title and a summary that are not blank', () => {
    expect(hasLanguage(offers[1]!, 'en')).to.equal(true);
    expect(hasLanguage(offers[1]!, 'tr')).to.equal(false);
    expect(translationCoverage(offers, ['en', 'tr', 'ar'])).to.deep.equal([
      { language: 'en', done: 2, total: 2 },
      { language: 'tr', done: 0, total: 2 },
      { language: 'ar', done: 1, total: 2 },
    ]);
  });

  it('is an accessible table with a caption, one row per event language but German, in the organizer language', async () => {
    const languages: Locale[] = ['de', 'en', 'ar'];
    const el = await fixture<TranslationCoverage>(html`<markt-translation-coverage locale="en" .offers=${offers} .languages=${languages}></markt-translation-coverage>`);
    await expectAccessible(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('table caption')?.textContent).to.equal('Translations: offers with a title and summary per visitor language');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()));
    expect(rows).to.deep.equal([
      ['English', '2 of 2', '0', 'complete'],
      ['Arabic', '1 of 2', '1', 'without Arabic'],
    ]);
  });

  it('a filter button says whether it is on, and a click asks for the offers missing its language, a second click for all', async () => {
    const languages: Locale[] = ['ar'];
    const el = await fixture<TranslationCoverage>(html`<markt-translation-coverage .offers=${offers} .languages=${languages}></markt-translation-coverage>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-language="ar"] button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => void click(button));
    expect((await oneEvent(el, 'markt-coverage-filter')).detail).to.deep.equal({ language: 'ar' });
    el.filter = 'ar';
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => void click(button));
    expect((await oneEvent(el, 'markt-coverage-filter')).detail).to.deep.equal({ language: null });
  });

  it('shows nothing when the event has no visitor language besides German', async () => {
    const languages: Locale[] = ['de'];
    const el = await fixture<TranslationCoverage>(html`<markt-translation-coverage .offers=${offers} .languages=${languages}></markt-translation-coverage>`);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });
});
