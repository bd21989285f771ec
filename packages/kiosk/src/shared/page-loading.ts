import { css, html, type TemplateResult } from 'lit';
import type { Locale } from '@markt/sdk';
import { directionOf, langTagOf } from '../i18n/catalog.js';

/**
 * "Loading" in every visitor language, built into the page (a few bytes), so the first thing a phone shows while
 * its language's messages are still on the way is in that language, never the German placeholder.
 */
const LOADING: Readonly<Record<Locale, string>> = {
  de: 'Wird geladen …',
  en: 'Loading…',
  tr: 'Yükleniyor…',
  ar: 'جارٍ التحميل…',
  uk: 'Завантаження…',
  ru: 'Загрузка…',
  'de-x-ls': 'Bitte warten.',
};

/**
 * A neutral spinner without words on screen, named for screen readers in the phone's language: what a phone page
 * shows until the messages of the visitor's language are in.
 * @param locale the visitor's language
 * @returns the spinner (a `role="status"` element with its `aria-label`, `lang` and `dir`)
 * @example if (!this.#ready) return pageLoading(this.locale);
 */
export function pageLoading(locale: Locale): TemplateResult {
  return html`<div class="page-loading" role="status" aria-label=${LOADING[locale]} lang=${langTagOf(locale)} dir=${directionOf(locale)}>
    <span class="spinner" aria-hidden="true"></span>
  </div>`;
}

/** The spinner's look (part of `phonePageStyles`); it stands still for visitors who asked for less motion. */
export const pageLoadingStyles = css`
  .page-loading {
    display: flex;
    justify-content: center;
    padding: 3rem 0;
  }
  .spinner {
    width: 2.5rem;
    height: 2.5rem;
    border: 4px solid #c4c7d0;
    border-top-color: var(--markt-accent);
    border-radius: 50%;
    animation: markt-spin 0.9s linear infinite;
  }
  @keyframes markt-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
