import { isKldbCode, occupationOf, type Locale, type Reason } from '@markt/sdk';
import { formatReason } from '@markt/sdk/reasons';
import { langTagOf } from '../i18n/catalog.js';
import { SDK_WORDED, kioskCatalog, type KioskKey } from './i18n.js';
import { occupationName } from './occupation-names/index.js';

/** Reason parameters that hold vocabulary words, and the catalogue prefix that words them. */
const WORD_PARAMS: Readonly<Record<string, string>> = {
  group: 'group.',
  groups: 'group.',
  kind: 'kind.',
  topic: 'topic.',
  strength: 'strength.',
  load: 'load.',
  certificate: 'certificate.',
};

/**
 * A match reason as a sentence in the visitor's language: the SDK's own texts in German, English and
 * Leichte Sprache; the kiosk's catalogue elsewhere, with vocabulary words, language and occupation names translated.
 * @param reason a reason from `match`
 * @param locale the visitor's language (its messages must be loaded)
 * @returns the sentence
 * @example reasonText({ key: 'fit.partTime', params: {} }, 'tr') // 'Yarı zamanlı da olur'
 */
export function reasonText(reason: Reason, locale: Locale): string {
  if (SDK_WORDED.has(locale)) return formatReason(reason, locale);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    const prefix = WORD_PARAMS[name];
    if (prefix && typeof value === 'string') {
      params[name] = value
        .split(',')
        .filter(Boolean)
        .map((word) => kioskCatalog.t(locale, `${prefix}${word.trim()}` as KioskKey))
        .join(', ');
    } else if ((name === 'level' || name === 'yours') && value === 'none') {
      // "No German yet" in the visitor's words, not the SDK's vocabulary word.
      params[name] = kioskCatalog.t(locale, 'german.none');
    } else if (name === 'language' && typeof value === 'string') {
      params[name] = new Intl.DisplayNames([langTagOf(locale)], { type: 'language' }).of(value) ?? value;
    } else params[name] = value;
  }
  // The SDK names occupations in German and English; the kiosk's own names (loaded with the language's
  // messages) say them in the visitor's language, English only if one were missing.
  const kldb = reason.params.kldb;
  if (typeof kldb === 'string' && isKldbCode(kldb)) {
    const { named } = occupationOf(kldb);
    params.occupation = occupationName(named.code, locale) ?? named.name.en;
  }
  return kioskCatalog.t(locale, `reason.${reason.key}` as KioskKey, params);
}
