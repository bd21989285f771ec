import type { LocalizedText } from './common.js';
import type { Locale } from './vocabulary.js';

/**
 * The text of a localized value in the wanted language, falling back to English, then German.
 * Leichte Sprache falls back to German first.
 * @param text the localized text
 * @param locale the visitor's language
 * @returns the best available string
 * @example pickText({ de: 'Pflege', en: 'Care' }, 'tr') // 'Care'
 */
export function pickText(text: LocalizedText, locale: Locale): string {
  const direct = text[locale];
  if (direct) return direct;
  if (locale === 'de-x-ls') return text.de;
  return text.en || text.de;
}

/** Orders two strings by code unit, as `<` does (internal: not exported from the package). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
