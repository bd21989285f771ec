import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type Locale, type LocalizedText } from '@markt/sdk';
import { directionOf, langTagOf } from '../i18n/catalog.js';
import { textLang } from './locale.js';

/** A localized text as a phone page shows it: the words, their language and direction, and the fallback language if any. */
export interface ShownText {
  text: string;
  /** BCP 47 tag of the words shown (`ar`, `en`, `de` …). */
  lang: string;
  /** Direction of the words shown (an English fallback inside an Arabic page is `ltr`). */
  dir: 'ltr' | 'rtl';
  /** `en` or `de` when the visitor's language is missing and this one is shown instead; else undefined. */
  fallback: 'en' | 'de' | undefined;
}

/** Says which language a fallback text is in, in the visitor's language: `(English)`, `(بالإنجليزية)`. */
export type FallbackLabel = (shown: 'en' | 'de') => string;

/**
 * What `pickText` shows for a visitor, with the language and direction it is in.
 * @param text an offer's title, summary, a provider's description …
 * @param locale the visitor's language
 * @returns the words, their `lang` and `dir`, and the fallback language (undefined when the text is in the visitor's language)
 * @example shownText({ de: 'Pflege', en: 'Care' }, 'ar') // { text: 'Care', lang: 'en', dir: 'ltr', fallback: 'en' }
 */
export function shownText(text: LocalizedText, locale: Locale): ShownText {
  const lang = textLang(text, locale);
  const own = lang === langTagOf(locale);
  return {
    text: pickText(text, locale),
    lang,
    dir: own ? directionOf(locale) : 'ltr',
    fallback: own ? undefined : lang === 'en' ? 'en' : 'de',
  };
}

/**
 * The small tag after a text shown in another language ("(English)" on an Arabic page), itself in the visitor's
 * language and direction, so the visitor knows why they cannot read the text (the organizer gave no translation).
 * @param shown from {@link shownText}
 * @param locale the visitor's language
 * @param label the tag's words
 * @returns the tag, or nothing when the text is in the visitor's language
 * @example fallbackMark(shownText(offer.title, 'ar'), 'ar', (l) => t(l === 'en' ? 'text.in.en' : 'text.in.de'))
 */
export function fallbackMark(shown: ShownText, locale: Locale, label: FallbackLabel): TemplateResult | typeof nothing {
  if (!shown.fallback) return nothing;
  return html` <small class="fallback" data-fallback lang=${langTagOf(locale)} dir=${directionOf(locale)}>${label(shown.fallback)}</small>`;
}

/**
 * A localized text inline (a title in a heading, a name in a sentence): isolated in its own direction (`<bdi>`
 * with `lang` and `dir`, so an English title keeps its punctuation inside an Arabic line), with the fallback tag after it.
 * @param text the localized text
 * @param locale the visitor's language
 * @param label the fallback tag's words
 * @returns the template
 * @example html`<h3>${inlineText(offer.title, locale, label)}</h3>`
 */
export function inlineText(text: LocalizedText, locale: Locale, label: FallbackLabel): TemplateResult {
  const shown = shownText(text, locale);
  return html`<bdi lang=${shown.lang} dir=${shown.dir}>${shown.text}</bdi>${fallbackMark(shown, locale, label)}`;
}

/**
 * A localized text as a paragraph (a summary, a description): the paragraph in the text's own language and
 * direction (an English summary reads left to right on an Arabic page), with the fallback tag at its end.
 * @param text the localized text
 * @param locale the visitor's language
 * @param label the fallback tag's words
 * @param className a class for the paragraph (default none)
 * @returns the `<p>`
 * @example blockText(offer.summary, 'ar', label) // <p lang="en" dir="ltr">Mornings. <small lang="ar" dir="rtl">(بالإنجليزية)</small></p>
 */
export function blockText(text: LocalizedText, locale: Locale, label: FallbackLabel, className = ''): TemplateResult {
  const shown = shownText(text, locale);
  return html`<p class=${className} lang=${shown.lang} dir=${shown.dir}>${shown.text}${fallbackMark(shown, locale, label)}</p>`;
}
