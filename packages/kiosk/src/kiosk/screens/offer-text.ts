import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type LocalizedText } from '@markt/sdk';
import { directionOf, langTagOf } from '../../i18n/catalog.js';
import { langOf } from '../offers.js';
import type { KioskView } from './view.js';

/**
 * A small tag, in the visitor's language, saying that a text is shown in another language ("(English)" on an Arabic
 * screen): the organizer gave no translation, and the visitor should know why they cannot read it.
 * @param v the kiosk view
 * @param text an offer's title or summary
 * @returns the tag, or nothing when the text is in the visitor's language
 * @example fallbackMark(view, { de: 'Pflege', en: 'Care' }) // on an Arabic screen: <small data-fallback>(بالإنجليزية)</small>
 */
export function fallbackMark(v: KioskView, text: LocalizedText): TemplateResult | typeof nothing {
  const shown = langOf(text, v.locale);
  if (shown === langTagOf(v.locale)) return nothing;
  return html`<small class="fallback" data-fallback lang=${langTagOf(v.locale)} dir=${directionOf(v.locale)}>${v.t(shown === 'en' ? 'text.in.en' : 'text.in.de')}</small>`;
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
  const mark = fallbackMark(v, text);
  return html`<bdi lang=${langOf(text, v.locale)}>${pickText(text, v.locale)}</bdi>${mark === nothing ? nothing : html` ${mark}`}`;
}
