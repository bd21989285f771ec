import { expect } from '@open-wc/testing';
import type { Locale } from '@markt/sdk';
import { format } from '../../i18n/catalog.js';
import { phoneCatalog } from '../phone-catalog.js';
import { en } from './en.js';

const LOCALES: Locale[] = ['de', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'];

describe('phone messages', () => {
  it('translate every key in all seven languages, with the same placeholders as English', async () => {
    for (const locale of LOCALES) {
      await phoneCatalog.load(locale);
      expect(phoneCatalog.missing(locale), locale).to.deep.equal([]);
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        // Without parameters, placeholders stay visible: compare which ones each language uses.
        const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
        expect(placeholders(phoneCatalog.t(locale, key)), `${locale} ${key}`).to.deep.equal(placeholders(en[key]));
      }
    }
  });

  it('give a consent text long enough for the server (≥ 20 characters) in every language', () => {
    for (const locale of ['en', ...LOCALES] as Locale[]) {
      const text = phoneCatalog.t(locale, 'contact.consent', { provider: 'X', days: 30 });
      expect(text.length, locale).to.be.within(20, 2000);
      expect(text).to.contain('30');
    }
    expect(format(en['stand.number'], { number: '12' })).to.equal('Stand 12');
  });

  it('say in the consent text how to take it back, in every language: the delete button of this page, or the provider', async () => {
    for (const locale of ['en', ...LOCALES] as Locale[]) {
      await phoneCatalog.load(locale);
      const text = phoneCatalog.t(locale, 'contact.consent', { provider: 'Lichtblick e. V.', days: 30 });
      const button = phoneCatalog.t(locale, 'erase.button');
      expect(button, locale).not.to.equal('erase.button');
      expect(text, `${locale}: names the button`).to.contain(button);
      expect(text.split('Lichtblick e. V.').length - 1, `${locale}: names the provider as the other way`).to.be.at.least(2);
    }
    expect(phoneCatalog.t('de', 'erase.button')).to.equal('Meine Angaben löschen');
  });
});
