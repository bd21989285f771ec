import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '@markt/sdk';
import { LocaleController } from '../../i18n/catalog.js';
import { boothCatalog, type BoothKey } from '../booth-catalog.js';
import { pairingStyles } from './pairing.styles.js';

/** Detail of `markt-pair`. */
export interface PairDetail {
  code: string;
}

/**
 * @summary Pairs a booth tablet: type the short code (scanning a `/booth#pair=<code>` QR code fills it in by itself).
 * @event markt-pair - {PairDetail} the code to send to `POST /api/pair`
 * @csspart form - the form
 * @cssproperty --markt-accent - colour of the button
 * @cssproperty --markt-error - colour of the error message
 */
export class BoothPairing extends LitElement {
  static override styles = pairingStyles;

  @property() locale: Locale = 'de';
  /** An error to show (already in words), e.g. an unknown code. */
  @property() error = '';
  /** While the code is being checked. */
  @property({ type: Boolean }) busy = false;
  /** A notice above the form, e.g. "the organizer logged this tablet out". */
  @property() notice = '';

  readonly #i18n = new LocaleController<BoothKey>(this, boothCatalog);

  protected override willUpdate(): void {
    if (this.locale !== this.#i18n.locale) void this.#i18n.setLocale(this.locale);
  }

  /** A new error (e.g. a wrong code): the focus goes back to the code field, which keeps the code to correct. */
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('error') && this.error) this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const code = this.renderRoot.querySelector<HTMLInputElement>('#code')?.value.trim() ?? '';
    if (!code || this.busy) return;
    this.dispatchEvent(new CustomEvent<PairDetail>('markt-pair', { detail: { code }, bubbles: true, composed: true }));
  }

  override render() {
    const t = this.#i18n.t;
    return html`<form part="form" aria-labelledby="title" @submit=${this.#submit}>
      <h1 id="title">${t('pair.title')}</h1>
      ${this.notice ? html`<p role="alert">${this.notice}</p>` : ''}
      <p>${t('pair.intro')}</p>
      <label for="code">${t('pair.code')}</label>
      <input id="code" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required maxlength="40" />
      <p class="error" role="alert">${this.error}</p>
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t('pair.busy') : t('pair.submit')}</button>
    </form>`;
  }
}
