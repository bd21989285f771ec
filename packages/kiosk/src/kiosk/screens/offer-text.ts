import type { nothing, TemplateResult } from 'lit';
import type { LocalizedText } from '@markt/sdk';
import { fallbackMark as markOf, inlineText, shownText, type FallbackLabel } from '../../shared/offer-text.js';
import type { KioskView } from './view.js';

/** The fallback tag's words in the kiosk's catalog: "(English)", "(بالإنجليزية)". */
const labelOf =
  (v: KioskView): FallbackLabel =>
  (shown) =>
    v.t(shown === 'en' ? 'text.in.en' : 'text.in.de');

/**
 * A small tag, in the visitor's language, saying that a text is shown in another language ("(English)" on an Arabic
 * screen): the organizer gave no translation, and the visitor should know why they cannot read it. (The phone pages'
 * `fallbackMark` of shared/offer-text.ts with the kiosk's words; it starts with a space.)
 * @param v the kiosk view
 * @param text an offer's title or summary
 * @returns the tag, or nothing when the text is in the visitor's language
 * @example fallbackMark(view, { de: 'Pflege', en: 'Care' }) // on an Arabic screen: <small data-fallback>(بالإنجليزية)</small>
 */
export function fallbackMark(v: KioskView, text: LocalizedText): TemplateResult | typeof nothing {
  return markOf(shownText(text, v.locale), v.locale, labelOf(v));
}

/**
 * An offer's text inline, in the visitor's language or its fallback: isolated in its own direction (`<bdi>`, so an
 * English title keeps its punctuation inside an Arabic line) with its `lang`, and the fallback tag after it.
 * @param v the kiosk view
 * @param text an offer's title or summary
 * @returns the text's template
 * @example html`<h2>${offerText(view, offer.title)}</h2>`
 */
export function offerText(v: KioskView, text: LocalizedText): TemplateResult {
  return inlineText(text, v.locale, labelOf(v));
}
