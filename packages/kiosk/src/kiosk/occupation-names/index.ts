import type { Locale } from '@markt/sdk';

/** Occupation group names in one language, by KldB 2010 code (two-digit Berufshauptgruppe or three-digit Berufsgruppe). */
export type OccupationNames = Readonly<Record<string, string>>;

/** The visitor languages the SDK cannot name occupations in (it has German and English only). */
export type OccupationLocale = 'tr' | 'ar' | 'ru' | 'uk';

/** One dynamic `import()` per language, so a kiosk fetches only the names of the language chosen. */
const loaders: Readonly<Record<OccupationLocale, () => Promise<OccupationNames>>> = {
  tr: () => import('./tr.js').then((m) => m.default),
  ar: () => import('./ar.js').then((m) => m.default),
  ru: () => import('./ru.js').then((m) => m.default),
  uk: () => import('./uk.js').then((m) => m.default),
};

const NONE: OccupationNames = Object.freeze({});
const loaded = new Map<Locale, OccupationNames>();
const loading = new Map<Locale, Promise<OccupationNames>>();

/**
 * Whether the kiosk keeps its own occupation names for a language (the SDK names them in German and English).
 * @param locale a visitor language
 * @returns true for Turkish, Arabic, Russian and Ukrainian
 * @example hasOwnOccupationNames('ar') // true; hasOwnOccupationNames('de') // false
 */
export function hasOwnOccupationNames(locale: Locale): locale is Locale & OccupationLocale {
  return Object.hasOwn(loaders, locale);
}

/**
 * Fetches the occupation names of a language once (later calls share the first fetch) and keeps them for
 * `occupationName`.
 * @param locale the visitor's language
 * @returns the names by KldB code; an empty table for German, English and Leichte Sprache, which the SDK names
 * @example
 * const names = await loadOccupationNames('tr');
 * names['821'] // 'Yaşlı bakımı'
 */
export function loadOccupationNames(locale: Locale): Promise<OccupationNames> {
  const known = loaded.get(locale);
  if (known) return Promise.resolve(known);
  let pending = loading.get(locale);
  if (!pending) {
    const load = hasOwnOccupationNames(locale) ? loaders[locale]() : Promise.resolve(NONE);
    pending = load.then(
      (names) => {
        loaded.set(locale, names);
        return names;
      },
      (error: unknown) => {
        // A failed fetch (the network dropped) may be tried again on the next load.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The name of an occupation group in a language whose names are loaded (see `loadOccupationNames`).
 * @param code a two-digit Berufshauptgruppe or three-digit Berufsgruppe of KldB 2010, e.g. `occupationOf(kldb).named.code`
 * @param locale the visitor's language
 * @returns the name, or `undefined` when the language is not loaded, is named by the SDK, or lacks the code
 * @example occupationName('43', 'uk') // 'Інформатика та ІТ' (after `await loadOccupationNames('uk')`)
 */
export function occupationName(code: string, locale: Locale): string | undefined {
  const names = loaded.get(locale);
  return names && Object.hasOwn(names, code) ? names[code] : undefined;
}
