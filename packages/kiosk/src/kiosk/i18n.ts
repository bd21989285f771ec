import type { Locale } from '@markt/sdk';
import { quizItems } from '@markt/sdk/quiz-texts';
import { Catalog, type Messages } from '../i18n/catalog.js';
import de from './messages/de.js';
import en, { type KioskKey } from './messages/en.js';
import { loadOccupationNames } from './occupation-names/index.js';

export type { KioskKey };

/**
 * The kiosk's messages in all seven visitor languages: English and German bundled, the others
 * fetched on demand (a dynamic `import()` each, so only the chosen language is loaded). Turkish, Arabic,
 * Ukrainian and Russian bring their occupation names along, which the SDK has in German and English only.
 */
export const kioskCatalog = new Catalog<KioskKey>(en, de, {
  tr: () => Promise.all([import('./messages/tr.js'), loadOccupationNames('tr')]).then(([m]) => m.default),
  ar: () => Promise.all([import('./messages/ar.js'), loadOccupationNames('ar')]).then(([m]) => m.default),
  uk: () => Promise.all([import('./messages/uk.js'), loadOccupationNames('uk')]).then(([m]) => m.default),
  ru: () => Promise.all([import('./messages/ru.js'), loadOccupationNames('ru')]).then(([m]) => m.default),
  'de-x-ls': () => import('./messages/de-x-ls.js').then((m) => m.default),
});

/** The languages on the language screen, each named in itself (no flags: a language is not a country). */
export const LANGUAGE_CHOICES: readonly { locale: Locale; label: string }[] = [
  { locale: 'de', label: 'Deutsch' },
  { locale: 'en', label: 'English' },
  { locale: 'tr', label: 'Türkçe' },
  { locale: 'ar', label: 'العربية' },
  { locale: 'uk', label: 'Українська' },
  { locale: 'ru', label: 'Русский' },
  { locale: 'de-x-ls', label: 'Leichte Sprache' },
];

/**
 * "Language" in each language of the language screen (Leichte Sprache is German), for its heading: a visitor who
 * reads no German must find the word they know before choosing (the catalogue speaks one language at a time).
 */
export const LANGUAGE_WORDS: readonly { locale: Locale; word: string }[] = [
  { locale: 'de', word: 'Sprache' },
  { locale: 'en', word: 'Language' },
  { locale: 'tr', word: 'Dil' },
  { locale: 'ar', word: 'اللغة' },
  { locale: 'uk', word: 'Мова' },
  { locale: 'ru', word: 'Язык' },
];

/** Locales whose quiz items and reasons the SDK words itself; the catalogue words them for the rest. */
export const SDK_WORDED: ReadonlySet<Locale> = new Set<Locale>(['de', 'en', 'de-x-ls']);

/**
 * The keys a visitor can meet in `locale`: every key, less the quiz items and reasons that the SDK
 * words itself in German, English and Leichte Sprache.
 * @param locale the visitor's language
 * @returns the keys the catalogue must translate for that language
 * @example visitorKeys('tr').includes('quiz.help-people') // true
 */
export function visitorKeys(locale: Locale): KioskKey[] {
  const all = Object.keys(en) as KioskKey[];
  if (!SDK_WORDED.has(locale)) return all;
  const itemKeys = new Set(quizItems.map((item) => `quiz.${item.id}`));
  return all.filter((key) => !itemKeys.has(key) && !key.startsWith('reason.'));
}

/** A typed table of the kiosk's messages in one language (translations must cover every key). */
export type KioskMessages = Messages<KioskKey>;
