import { LOCALES, type Locale } from '@markt/sdk';
import type { KeyValueStorage } from '../net/device-id.js';

/** Each language's name in itself, for a language menu. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  uk: 'Українська',
  ru: 'Русский',
  'de-x-ls': 'Leichte Sprache',
};

/**
 * Whether a string is one of the visitor languages.
 * @param value any string (a URL parameter, a stored choice)
 * @returns true for `de`, `en`, `tr`, `ar`, `uk`, `ru`, `de-x-ls`
 * @example isLocale('tr') // true
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the phone's languages (`navigator.languages`) that markt speaks, by primary subtag.
 * @param languages BCP 47 tags in the phone's order of preference
 * @param fallback when none fits, default `de`
 * @returns a visitor locale
 * @example preferredLocale(['ar-EG', 'en-US']) // 'ar'
 */
export function preferredLocale(languages: readonly string[], fallback: Locale = 'de'): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (isLocale(lower)) return lower;
    const primary = lower.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return fallback;
}

const CHOSEN = 'markt.locale';

/**
 * The language the visitor chose before on this phone, else the phone's own preference.
 * @param storage default `localStorage`
 * @param languages default `navigator.languages`
 * @returns a visitor locale
 * @example const locale = startLocale();
 */
export function startLocale(storage: KeyValueStorage = localStorage, languages: readonly string[] = navigator.languages): Locale {
  const chosen = storage.getItem(CHOSEN);
  return isLocale(chosen) ? chosen : preferredLocale(languages);
}

/**
 * Remembers the visitor's language choice on this phone.
 * @param locale the chosen locale
 * @param storage default `localStorage`
 * @example rememberLocale('uk');
 */
export function rememberLocale(locale: Locale, storage: KeyValueStorage = localStorage): void {
  try {
    storage.setItem(CHOSEN, locale);
  } catch {
    // Not kept (storage refused): the choice holds for this page.
  }
}

/**
 * The BCP 47 tag of the language `pickText` falls back to for a localized text, so a screen reader reads
 * a German fallback with a German voice inside an Arabic page.
 * @param text the localized text (German always present)
 * @param locale the visitor's language
 * @returns `ar`, `en`, `de` …
 * @example textLang({ de: 'Pflege', en: 'Care' }, 'tr') // 'en'
 */
export function textLang(text: Partial<Record<Locale, string | undefined>>, locale: Locale): string {
  if (text[locale]) return locale === 'de-x-ls' ? 'de' : locale;
  if (locale === 'de-x-ls') return 'de';
  return text.en ? 'en' : 'de';
}
