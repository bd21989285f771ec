import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale, LocalizedText } from '@markt/sdk';
import { LocaleController, type Catalog } from '../../i18n/catalog.js';
import { phoneCatalog, type PhoneKey } from '../phone-catalog.js';
import { contactFormStyles } from './contact-form.styles.js';
import { showLocale } from '../show-locale.js';
import { inlineText } from '../../shared/offer-text.js';

/** The contact fields a visitor chose to share (only those). */
export interface SharedContact {
  name?: string;
  phone?: string;
  email?: string;
}

/** Detail of `markt-contact-submit`: what goes into `POST /api/stand/:token/leads` (without deviceId and key). */
export interface ContactRequestDetail {
  offerId?: string;
  contact: SharedContact;
  locale: Locale;
  message?: string;
  consent: { text: string; locale: Locale; at: string };
}

type Field = 'name' | 'phone' | 'email';

const PHONE = /^\+?[0-9 ()/-]{5,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * @summary The visitor's contact request: they choose which fields to share, read the consent text and confirm.
 * @event markt-contact-submit - {ContactRequestDetail} the visitor confirmed; carries only the chosen fields
 * @event markt-contact-cancel - the visitor closed the form without sending
 * @csspart form - the form
 * @cssproperty --markt-accent - colour of the frame and the main button
 * @cssproperty --markt-error - colour of error messages
 * @cssproperty --markt-surface - background
 */
export class ContactForm extends LitElement {
  static override styles = contactFormStyles;

  /** Language of the texts and of the consent. */
  @property() locale: Locale = 'de';
  /** The provider's name, shown as text. */
  @property({ attribute: false }) providerName = '';
  /** The offer asked about, if any. */
  @property({ attribute: false }) offerId: string | undefined;
  /**
   * The offer's title, shown as text: its localized texts (shown in the form's language or its fallback, marked
   * "(English)", in the text's own direction), or one string.
   */
  @property({ attribute: false }) offerTitle: LocalizedText | string | undefined;
  /** Days after the fair when leads are deleted (from the event). */
  @property({ type: Number }) retentionDays = 30;

  @state() private share: Record<Field, boolean> = { name: false, phone: false, email: false };
  /** The message key of the error shown (translated when rendered, so it follows a change of language). */
  @state() private error: PhoneKey | undefined;

  /** The messages of the page (a subclass may give its own, e.g. a test whose language fails to load). */
  static catalog: Catalog<PhoneKey> = phoneCatalog;

  readonly #i18n = new LocaleController<PhoneKey>(this, (this.constructor as typeof ContactForm).catalog);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.locale !== this.#i18n.locale) void showLocale(this, this.#i18n, this.locale, false);
  }

  /** The consent text exactly as shown. */
  get consentText(): string {
    return this.#i18n.t('contact.consent', { provider: this.providerName, days: this.retentionDays });
  }

  #value(field: Field): string {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${field}`);
    return input?.value.trim() ?? '';
  }

  #toggle(field: Field, event: Event): void {
    this.share = { ...this.share, [field]: (event.target as HTMLInputElement).checked };
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const contact: SharedContact = {};
    for (const field of ['name', 'phone', 'email'] as const) {
      const value = this.share[field] ? this.#value(field) : '';
      if (value) contact[field] = value;
    }
    if (!contact.phone && !contact.email) return this.#fail('contact.needOne', this.share.phone ? 'phone' : 'share-phone');
    if (contact.phone && !PHONE.test(contact.phone)) return this.#fail('contact.badPhone', 'phone');
    if (contact.email && !EMAIL.test(contact.email)) return this.#fail('contact.badEmail', 'email');
    this.error = undefined;
    const message = this.renderRoot.querySelector<HTMLTextAreaElement>('#message')?.value.trim();
    const detail: ContactRequestDetail = {
      ...(this.offerId ? { offerId: this.offerId } : {}),
      contact,
      locale: this.locale,
      ...(message ? { message } : {}),
      consent: { text: this.consentText, locale: this.locale, at: new Date().toISOString() },
    };
    this.dispatchEvent(new CustomEvent('markt-contact-submit', { detail, bubbles: true, composed: true }));
  }

  #fail(key: PhoneKey, focus: string): void {
    this.error = key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${focus}`)?.focus());
  }

  #cancel(): void {
    this.dispatchEvent(new CustomEvent('markt-contact-cancel', { bubbles: true, composed: true }));
  }

  #field(field: Field, shareKey: PhoneKey, labelKey: PhoneKey, type: string, autocomplete: string) {
    const t = this.#i18n.t;
    return html`<div class="share">
        <input type="checkbox" id="share-${field}" .checked=${this.share[field]} @change=${(e: Event) => this.#toggle(field, e)} />
        <label for="share-${field}">${t(shareKey)}</label>
      </div>
      ${this.share[field]
        ? html`<div class="field">
            <label for=${field}>${t(labelKey)}</label>
            <input id=${field} type=${type} autocomplete=${autocomplete} dir="auto" />
          </div>`
        : nothing}`;
  }

  /** "About: <title>", the title isolated in its own direction inside the sentence. */
  #about() {
    const title = this.offerTitle;
    if (!title) return nothing;
    const t = this.#i18n.t;
    const [before = '', after = ''] = t('contact.about').split('{offer}');
    const shown =
      typeof title === 'string'
        ? html`<bdi>${title}</bdi>`
        : inlineText(title, this.#i18n.locale, (l) => t(l === 'en' ? 'text.in.en' : 'text.in.de'));
    return html`<p>${before}${shown}${after}</p>`;
  }

  override render() {
    const t = this.#i18n.t;
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.#submit}>
      <h2 id="title">${t('contact.title', { provider: this.providerName })}</h2>
      ${this.#about()}
      <p>${t('contact.intro')}</p>
      ${this.#field('name', 'contact.shareName', 'contact.name', 'text', 'name')}
      ${this.#field('phone', 'contact.sharePhone', 'contact.phone', 'tel', 'tel')}
      ${this.#field('email', 'contact.shareEmail', 'contact.email', 'email', 'email')}
      <div class="field">
        <label for="message">${t('contact.message')}</label>
        <textarea id="message" maxlength="500" rows="3" dir="auto"></textarea>
      </div>
      <section class="consent" aria-labelledby="consent-title">
        <h3 id="consent-title">${t('contact.consentTitle')}</h3>
        <p id="consent-text">${this.consentText}</p>
      </section>
      <p class="error" role="alert">${this.error ? t(this.error) : ''}</p>
      <div class="actions">
        <button type="submit" aria-describedby="consent-text">${t('contact.confirm')}</button>
        <button type="button" @click=${this.#cancel}>${t('contact.cancel')}</button>
      </div>
    </form>`;
  }
}
