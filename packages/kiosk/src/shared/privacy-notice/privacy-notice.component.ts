import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { until } from 'lit/directives/until.js';
import type { EventPrivacy, Locale } from '@markt/sdk';
import { LocaleController, type Catalog, directionOf, langTagOf } from '../../i18n/catalog.js';
import { showLocale } from '../../phone/show-locale.js';
import { privacyCatalog, type PrivacyKey } from './privacy-catalog.js';
import { privacyNoticeStyles } from './privacy-notice.styles.js';

/** Which visitor page shows the notice: it says what that page stores. */
export type PrivacyPlace = 'phone' | 'kiosk' | 'list';

/** Only web addresses become links (cached or old data never gives a `javascript:` link). */
const WEB = /^https?:\/\//i;

/**
 * The QR code of the privacy page on the kiosk, drawn by the kiosk's own encoder (the take-home list's), which is
 * loaded only where a kiosk shows the notice: phone and list pages never fetch it.
 */
function qrOf(url: string): Promise<string> {
  return import('../../kiosk/take-home.js').then(({ qrSvg }) => qrSvg(url));
}

/**
 * @summary The privacy notice (Art. 13 DSGVO) of a visitor page, in the visitor's language: who is responsible
 *   (the event's `privacy.controller`), what this page stores, why, for how long, the visitor's rights (information,
 *   deletion, withdrawal, complaint to the data protection authority) and the contact, the data protection officer
 *   and the privacy page when the event gives them (a link on phone and list pages; on the kiosk its address as text and a QR code, never a link that would leave the kiosk). Inline as a section (phone pages), or behind a "Privacy" button
 *   in a modal dialog (`dialog`, the kiosk) that Escape or "Close" closes, giving the focus back to the button.
 * @csspart open - the button that opens the dialog
 * @csspart dialog - the dialog
 * @cssproperty --markt-accent - links and buttons
 * @cssproperty --markt-text - text colour
 * @cssproperty --markt-surface - background of the dialog and buttons
 */
export class PrivacyNotice extends LitElement {
  static override styles = privacyNoticeStyles;

  /** The visitor's language. */
  @property() locale: Locale = 'de';
  /** The event's privacy block; without it the notice names the fair's organizer. */
  @property({ attribute: false }) privacy: EventPrivacy | undefined;
  /** The event's `retentionDays`: how long after the fair visits and requests are kept. */
  @property({ type: Number, attribute: 'retention-days' }) retentionDays = 30;
  /** Which page shows it. */
  @property() place: PrivacyPlace = 'phone';
  /** Behind a button, in a modal dialog (the kiosk), instead of inline. */
  @property({ type: Boolean, reflect: true }) dialog = false;

  @query('dialog') private dialogEl: HTMLDialogElement | null | undefined;
  @query('button[part="open"]') private openButton: HTMLButtonElement | null | undefined;

  /** The messages (a subclass may give its own). */
  static catalog: Catalog<PrivacyKey> = privacyCatalog;

  readonly #i18n = new LocaleController<PrivacyKey>(this, (this.constructor as typeof PrivacyNotice).catalog);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.locale !== this.#i18n.locale) void showLocale(this, this.#i18n, this.locale);
  }

  protected override updated(): void {
    this.setAttribute('lang', langTagOf(this.#i18n.locale));
    this.setAttribute('dir', directionOf(this.#i18n.locale));
  }

  /** Whether the dialog is open (dialog mode). */
  get open(): boolean {
    return this.dialogEl?.open ?? false;
  }

  /** Opens the dialog (dialog mode); the focus goes into it. */
  show(): void {
    if (this.dialogEl && !this.dialogEl.open) this.dialogEl.showModal();
  }

  /** Closes the dialog and gives the focus back to its button. */
  close(): void {
    this.dialogEl?.close();
  }

  #body() {
    const t = this.#i18n.t;
    const privacy = this.privacy;
    const url = privacy?.url && WEB.test(privacy.url) ? privacy.url : undefined;
    return html`<p class="controller">
        ${privacy ? t('privacy.controller', { controller: '\u2068' + privacy.controller + '\u2069' }) : t('privacy.controllerUnknown')}
      </p>
      ${privacy ? html`<p class="contact">${t('privacy.contact', { contact: '\u2068' + privacy.contact + '\u2069' })}</p>` : nothing}
      ${privacy?.dpo ? html`<p class="dpo">${t('privacy.dpo', { dpo: '\u2068' + privacy.dpo + '\u2069' })}</p>` : nothing}
      <p>${t(`privacy.stored.${this.place}`)}</p>
      <p>${t('privacy.purpose')}</p>
      <p>${t('privacy.kept', { days: this.retentionDays })}</p>
      <p>${t('privacy.rights')}</p>
      ${url ? this.#more(url) : nothing}`;
  }

  /**
   * Where to read more. On the kiosk no link: a new window would leave the kiosk app (in Chromium's kiosk mode with no
   * way back, and past the idle wipe), so the address is text to type and a QR code for the visitor's phone.
   */
  #more(url: string) {
    const t = this.#i18n.t;
    if (this.place !== 'kiosk') return html`<p><a href=${url} target="_blank" rel="noopener noreferrer">${t('privacy.more')}</a></p>`;
    return html`<div class="more-kiosk">
      <p>${t('privacy.moreKiosk')} <bdi class="url" dir="ltr">${url}</bdi></p>
      <!-- The SVG is generated here from the address by the QR encoder, never taken from data. -->
      <div class="qr" role="img" aria-label=${t('privacy.qr')}>${until(qrOf(url).then(unsafeSVG, () => nothing), nothing)}</div>
    </div>`;
  }

  override render() {
    const t = this.#i18n.t;
    if (!this.dialog) {
      return html`<section aria-labelledby="privacy-title">
        <h2 id="privacy-title">${t('privacy.title')}</h2>
        ${this.#body()}
      </section>`;
    }
    return html`<button part="open" type="button" aria-haspopup="dialog" @click=${() => this.show()}>${t('privacy.title')}</button>
      <dialog part="dialog" aria-labelledby="privacy-title" @close=${() => this.openButton?.focus()}>
        <h2 id="privacy-title">${t('privacy.title')}</h2>
        ${this.#body()}
        <div class="actions"><button type="button" class="close" @click=${() => this.close()}>${t('privacy.close')}</button></div>
      </dialog>`;
  }
}
