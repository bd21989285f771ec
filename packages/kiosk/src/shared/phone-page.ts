import { css, html, type TemplateResult } from 'lit';
import { LOCALES, type Locale } from '@markt/sdk';
import './locale-select/locale-select.js';
import { pageLoadingStyles } from './page-loading.js';

/**
 * The base of the pages a visitor opens on their phone (a stand's page, the take-home list): one
 * readable column, the colours every phone page reads, headings and the language bar.
 * @cssproperty --markt-accent - links and buttons
 * @cssproperty --markt-text - body text
 * @cssproperty --markt-muted - secondary text
 * @cssproperty --markt-surface - page background
 * @cssproperty --markt-card - background of offer cards
 */
export const phonePageStyles = css`
  ${pageLoadingStyles}
  :host {
    display: block;
    --markt-accent: #0b57d0;
    --markt-text: #1b1b1f;
    --markt-muted: #44474f;
    --markt-surface: #fff;
    --markt-card: #f4f6fb;
    color: var(--markt-text);
    background: var(--markt-surface);
    font: 1rem/1.5 system-ui, sans-serif;
    max-width: 40rem;
    margin: 0 auto;
    padding: 0.75rem;
    box-sizing: border-box;
  }
  .bar {
    display: flex;
    justify-content: flex-end;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.2rem;
    margin: 1.25rem 0 0.5rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  /* "(English)" after a text that is not in the visitor's language: its own direction, never torn from its brackets. */
  .fallback {
    unicode-bidi: isolate;
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--markt-muted);
    white-space: nowrap;
  }
`;

/**
 * The language bar at the top of a phone page: every visitor language, each named in itself.
 * @param locale the language shown now
 * @param label the select's label, in that language
 * @param choose called with the language the visitor picked
 * @returns the bar
 * @example localeBar(locale, t('lang.label'), (next) => (this.locale = next))
 */
export function localeBar(locale: Locale, label: string, choose: (locale: Locale) => void): TemplateResult {
  return html`<div class="bar">
    <markt-locale-select
      .locale=${locale}
      .label=${label}
      .locales=${LOCALES}
      @markt-locale-change=${(e: CustomEvent<{ locale: Locale }>) => choose(e.detail.locale)}
    ></markt-locale-select>
  </div>`;
}
