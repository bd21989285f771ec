import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '@markt/sdk';
import { LOCALE_NAMES, isLocale } from '../locale.js';
import { localeSelectStyles } from './locale-select.styles.js';

/** Detail of `markt-locale-change`. */
export interface LocaleChangeDetail {
  locale: Locale;
}

/**
 * @summary A language menu: each language named in itself.
 * @event markt-locale-change - {LocaleChangeDetail} the visitor chose another language
 * @csspart select - the native select
 * @cssproperty --markt-control-height - height of the control, default 44px
 * @cssproperty --markt-border-color - border colour
 * @cssproperty --markt-focus - focus ring colour
 */
export class LocaleSelect extends LitElement {
  static override styles = localeSelectStyles;

  /** The language shown as chosen. */
  @property() locale: Locale = 'de';
  /** The languages offered. */
  @property({ attribute: false }) locales: readonly Locale[] = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'];
  /** The visible label, in the current language. */
  @property() label = 'Sprache / Language';

  #change(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (!isLocale(value)) return;
    this.locale = value;
    this.dispatchEvent(new CustomEvent<LocaleChangeDetail>('markt-locale-change', { detail: { locale: value }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<label
      >${this.label}
      <select part="select" @change=${this.#change}>
        ${this.locales.map(
          (locale) =>
            html`<option value=${locale} lang=${locale === 'de-x-ls' ? 'de' : locale} ?selected=${locale === this.locale}>
              ${LOCALE_NAMES[locale]}
            </option>`,
        )}
      </select></label
    >`;
  }
}
