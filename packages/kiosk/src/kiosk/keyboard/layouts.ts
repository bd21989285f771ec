// The key rows of the on-screen keyboard for each kiosk language, as short strings: one key per character,
// in the order of the keys on the physical keyboard, left to right (also for Arabic: ض is the top-left key).

/** Which keys to show: letters for search and names, `email` adds @ and dot, `tel` shows digits and + only. */
export type KeyboardLayout = 'text' | 'email' | 'tel';

/** The letters a keyboard can show: a language's own, or Latin (for e-mail addresses and German words). */
export type KeyboardScript = 'native' | 'latin';

/** The layouts by the primary language subtag; a language missing here gets German QWERTZ (the fairs are in Germany). */
type LayoutName = 'de' | 'en' | 'tr' | 'ar' | 'ru' | 'uk';

const DIGITS = '1234567890';
const EMAIL = '@._+';
const TEL: readonly string[] = ['123', '456', '789', '+0 '];

/**
 * Letter rows. `en` is QWERTY with the German letters at the row ends (so "Küche" can be typed), and it is the
 * Latin side of the Arabic and Cyrillic keyboards: their visitors' own keyboards pair with QWERTY.
 * Arabic is the standard Arabic (101) layout with ذ before ض, and أ إ آ after ظ (on a hardware keyboard they need shift);
 * ﻻ types لا. Russian and Ukrainian are ЙЦУКЕН with ё, ґ and the apostrophe (п'ять) on the third row.
 */
const LETTERS: Readonly<Record<LayoutName, readonly string[]>> = {
  de: ['qwertzuiopü', 'asdfghjklöä', 'yxcvbnmß-'],
  en: ['qwertyuiopü', 'asdfghjklöä', 'zxcvbnmß-'],
  tr: ['qwertyuıopğü', 'asdfghjklşi', 'zxcvbnmöç-'],
  ar: ['ذضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرﻻىةوزظأإآ'],
  ru: ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбюё-'],
  uk: ['йцукенгшщзхї', 'фівапролджє', "ґячсмитьбю'-"],
};

/**
 * The toggle key between a non-Latin script and Latin: its visible text and its name for screen readers,
 * both for the script it switches to.
 */
const TOGGLE: Readonly<Partial<Record<LayoutName, { latin: readonly [string, string]; native: readonly [string, string] }>>> = {
  ar: { latin: ['ABC', 'أحرف لاتينية'], native: ['عربي', 'أحرف عربية'] },
  ru: { latin: ['ABC', 'Латинские буквы'], native: ['АБВ', 'Русские буквы'] },
  uk: { latin: ['ABC', 'Латинські літери'], native: ['АБВ', 'Українські літери'] },
};

/** What a keyboard shows for one language, layout and script. */
export interface KeyRows {
  /** The rows of character keys, top to bottom. */
  readonly rows: readonly string[];
  /** The script shown (always `latin` where the language is written in Latin letters). */
  readonly script: KeyboardScript;
  /** Whether the letters have capitals, i.e. whether a shift key makes sense. */
  readonly cased: boolean;
  /** The key that switches script, when there is one: its visible text and its accessible name. */
  readonly toggle?: { readonly text: string; readonly name: string };
  /** The direction of the language: the keyboard's own `dir` (its key order stays that of the physical keyboard). */
  readonly dir: 'ltr' | 'rtl';
}

/** The layout for a BCP 47 tag or markt locale: its primary subtag (`de-x-ls` → `de`), German for anything else. */
function layoutName(lang: string): LayoutName {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return primary in LETTERS ? (primary as LayoutName) : 'de';
}

/**
 * The keys of the on-screen keyboard for a language.
 * @param lang a markt locale or BCP 47 tag (`de`, `de-x-ls`, `en`, `tr`, `ar`, `ru`, `uk`; anything else: German)
 * @param layout `text` (default), `email` (always Latin letters, plus `@._+`) or `tel` (digits and +)
 * @param script `native` (default) for the language's own letters, `latin` for Latin ones (Arabic, Russian, Ukrainian)
 * @returns the rows, the script shown, whether shift applies, the script toggle and the direction
 * @example
 * keyRows('ar').rows[1]; // 'ذضصثقفغعهخحجد'
 * keyRows('ar', 'text', 'latin').toggle; // { text: 'عربي', name: 'أحرف عربية' }
 */
export function keyRows(lang: string, layout: KeyboardLayout = 'text', script: KeyboardScript = 'native'): KeyRows {
  const name = layoutName(lang);
  const dir = name === 'ar' ? 'rtl' : 'ltr';
  if (layout === 'tel') return { rows: TEL, script: 'latin', cased: false, dir };
  const toggle = TOGGLE[name];
  // E-mail addresses are written in Latin letters: no script toggle there.
  const latin = toggle !== undefined && (layout === 'email' || script === 'latin');
  const letters = latin ? LETTERS.en : LETTERS[name];
  const rows = [DIGITS, ...letters, ...(layout === 'email' ? [EMAIL] : [])];
  const other = toggle && layout !== 'email' ? (latin ? toggle.native : toggle.latin) : undefined;
  return {
    rows,
    script: toggle === undefined || latin ? 'latin' : 'native',
    cased: letters.some((row) => row.toLocaleUpperCase(name) !== row),
    dir,
    ...(other ? { toggle: { text: other[0], name: other[1] } } : {}),
  };
}
