import type { Locale, LocalizedText } from '@markt/sdk';
import { langTagOf } from '../../i18n/catalog.js';

/**
 * A provider's text in the visitor's language, and the language it really is in: it falls back to English,
 * then German (Leichte Sprache to German), and the `lang` attribute must then say so for screen readers.
 * @param text the localized text
 * @param locale the visitor's language
 * @returns the string and its BCP 47 tag
 * @example localText({ de: 'Pflege' }, 'en') // { text: 'Pflege', lang: 'de' }
 */
export function localText(text: LocalizedText, locale: Locale): { text: string; lang: string } {
  const own = text[locale];
  if (own) return { text: own, lang: langTagOf(locale) };
  if (locale !== 'de-x-ls' && text.en) return { text: text.en, lang: 'en' };
  return { text: text.de, lang: 'de' };
}
