import type { Locale, Offer } from '@markt/sdk';

/** How many offers have one language's title and summary. */
export interface LanguageCoverage {
  language: Locale;
  /** Offers with a title and a summary in the language. */
  done: number;
  /** All offers counted. */
  total: number;
}

/**
 * Whether an offer has a title and a summary (neither only blanks) in a language.
 * @param offer the offer
 * @param language the visitor language
 * @returns true when both texts are there
 * @example hasLanguage({ ...offer, title: { de: 'Pflege', ar: 'تمريض' }, summary: { de: 'Kurs' } }, 'ar') // false
 */
export function hasLanguage(offer: Pick<Offer, 'title' | 'summary'>, language: Locale): boolean {
  return Boolean(offer.title[language]?.trim() && offer.summary[language]?.trim());
}

/**
 * Per language, how many offers have a title and a summary in it (the event's visitor languages, in their order).
 * @param offers the event's offers
 * @param languages the languages to count (German may be left out: the schema requires it)
 * @returns one row per language
 * @example translationCoverage(offers, ['en', 'ar']) // [{ language: 'en', done: 161, total: 161 }, { language: 'ar', done: 16, total: 161 }]
 */
export function translationCoverage(offers: readonly Pick<Offer, 'title' | 'summary'>[], languages: readonly Locale[]): LanguageCoverage[] {
  return languages.map((language) => ({ language, done: offers.filter((o) => hasLanguage(o, language)).length, total: offers.length }));
}
