import { expect } from '@open-wc/testing';
import { LOCALES, REASON_KEYS } from '@markt/sdk';
import { quizItems } from '@markt/sdk/quiz-texts';
import { PICTOGRAM_NAMES } from '../pictograms/index.js';
import { kioskCatalog, visitorKeys, type KioskKey } from './i18n.js';

describe('kiosk messages', () => {
  for (const locale of LOCALES) {
    it(`cover the whole visitor path in ${locale}`, async () => {
      await kioskCatalog.load(locale);
      const missing = kioskCatalog.missing(locale);
      expect(missing.filter((key) => visitorKeys(locale).includes(key))).to.deep.equal([]);
    });
  }

  it('translate every quiz item and every match reason for the languages the SDK does not word', async () => {
    for (const locale of ['tr', 'ar', 'uk', 'ru'] as const) {
      await kioskCatalog.load(locale);
      const keys = visitorKeys(locale);
      for (const item of quizItems) expect(keys).to.include(`quiz.${item.id}`);
      for (const key of REASON_KEYS) expect(keys).to.include(`reason.${key}`);
      // Not the English text under another name.
      expect(kioskCatalog.t(locale, 'quiz.help-people' as KioskKey)).not.to.equal(kioskCatalog.t('en', 'quiz.help-people' as KioskKey));
      expect(kioskCatalog.t(locale, 'reason.fit.partTime' as KioskKey)).not.to.equal(kioskCatalog.t('en', 'reason.fit.partTime' as KioskKey));
    }
  });

  it('keep every placeholder of the English text in each translation', async () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
    for (const locale of LOCALES) {
      await kioskCatalog.load(locale);
      for (const key of visitorKeys(locale)) {
        // Without parameters `t` leaves every placeholder visible, so it shows the template itself.
        if (key.startsWith('reason.') && locale.startsWith('de')) continue; // the SDK's own German texts
        expect(placeholders(kioskCatalog.t(locale, key)), `${locale} ${key}`).to.deep.equal(placeholders(kioskCatalog.t('en', key)));
      }
    }
  });

  it('say in the consent text how to take it back, in every language: at the stand or by telling the provider', async () => {
    for (const locale of LOCALES) {
      await kioskCatalog.load(locale);
      const text = kioskCatalog.t(locale, 'contact.consent' as KioskKey, { provider: 'Lichtblick e. V.', days: 30 });
      // Once as who may contact, and again as where to withdraw (the provider deletes it on its tablet).
      expect(text.split('Lichtblick e. V.').length - 1, locale).to.be.at.least(2);
    }
    expect(kioskCatalog.t('de', 'contact.consent' as KioskKey, { provider: 'P', days: 30 })).to.contain('am Stand');
    expect(kioskCatalog.t('en', 'contact.consent' as KioskKey, { provider: 'P', days: 30 })).to.contain('at the stand');
  });

  it('draw a pictogram for every quiz item', () => {
    for (const item of quizItems) expect(PICTOGRAM_NAMES, item.pictogram).to.include(item.pictogram);
  });
});
