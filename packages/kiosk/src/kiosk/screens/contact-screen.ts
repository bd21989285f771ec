import { html, type TemplateResult } from 'lit';
import type { Offer } from '@markt/sdk';
import { face } from '../../pictograms/index.js';
import type { KioskKey } from '../i18n.js';
import { offerText } from './offer-text.js';
import type { KioskView } from './view.js';

/** What the visitor typed into the contact form. */
export interface ContactFields {
  name: string;
  phone: string;
  email: string;
}

/** The contact form's state and actions, owned by `<markt-kiosk>`. */
export interface ContactState {
  fields: ContactFields;
  consent: boolean;
  error: KioskKey | undefined;
  /** The provider's name once the request was handed on. */
  sentTo: string | undefined;
  /** The server refused the request sent from this screen: it was not sent, and will not be. */
  failed: boolean;
  /** The fair is over (the server refused a record with 410 EVENT_CLOSED): no request can be sent. */
  closed: boolean;
  consentText: string;
  setConsent(on: boolean): void;
  submit(): void;
}

/**
 * "About: <title>", the title isolated in its own direction and language (an English fallback inside an Arabic line).
 * @param v the kiosk view
 * @param offer the offer
 * @returns the line's content
 * @example html`<p>${forOffer(view, offer)}</p>`
 */
function forOffer(v: KioskView, offer: Offer): TemplateResult {
  const marker = '\u0000';
  const [before = '', after = ''] = v.t('contact.for', { offer: marker }).split(marker);
  return html`${before}${offerText(v, offer.title)}${after}`;
}

/**
 * Contact request: only the fields the visitor chooses, the consent text in their language, an explicit "I agree".
 * Once the fair is over (`closed`) it says so instead, also in place of "sent" for a request the server refused;
 * a request refused for another reason (`failed`) says it could not be sent, with whom to ask instead.
 * @param v the kiosk view
 * @param offer the offer the request is about
 * @param c the form's state and actions
 * @returns the screen's template
 * @example contactScreen(view, offer, state)
 */
export function contactScreen(v: KioskView, offer: Offer, c: ContactState): TemplateResult {
  if (c.closed) {
    return html`${v.heading(v.t('contact.closed'))}
      <div class="row"><button type="button" @click=${() => v.go('results')}>${v.t('nav.results')}</button></div>`;
  }
  if (c.failed) {
    return html`${v.heading(v.t('contact.failed'))}
      <div class="row"><button type="button" @click=${() => v.go('results')}>${v.t('nav.results')}</button></div>`;
  }
  if (c.sentTo !== undefined) {
    return html`${v.heading(v.t('contact.sent', { provider: c.sentTo }))}
      <div class="row"><button type="button" @click=${() => v.go('results')}>${v.t('nav.results')}</button></div>`;
  }
  const input = (field: keyof ContactFields, key: KioskKey, type: string, layout: 'text' | 'email' | 'tel') =>
    html`<label for="contact-${field}">${v.t(key)}</label>
      <input
        id="contact-${field}"
        type=${type}
        inputmode="none"
        autocomplete="off"
        .value=${c.fields[field]}
        @focus=${() => v.openField(field)}
        @input=${(e: InputEvent) => v.typed(field, (e.target as HTMLInputElement).value)}
      />
      ${v.keyboard(field, c.fields[field], layout)}`;
  return html`${v.heading(v.t('contact.title'), `${v.t('contact.lead')} ${c.consentText}`)}
    <p>${v.t('contact.lead')}</p>
    <p class="meta" data-contact-for>${forOffer(v, offer)}</p>
    <form
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        c.submit();
      }}
    >
      ${input('name', 'contact.name', 'text', 'text')} ${input('phone', 'contact.phone', 'tel', 'tel')} ${input('email', 'contact.email', 'email', 'email')}
      <div class="consent">
        <p id="consent-text">${c.consentText}</p>
        ${v.speak(c.consentText)}
        <label class="check">
          <input type="checkbox" .checked=${c.consent} aria-describedby="consent-text" @change=${(e: Event) => c.setConsent((e.target as HTMLInputElement).checked)} />
          ${v.t('contact.agree')}
        </label>
      </div>
      <p class="error" role="alert">${c.error ? v.t(c.error) : ''}</p>
      <div class="row">
        <button type="submit" class="primary">${v.t('contact.send')}</button>
        <button type="button" @click=${() => v.go('detail')}>${v.t('nav.back')}</button>
      </div>
    </form>`;
}

/**
 * The end: a 1–5 smiley rating and, optionally, what was missing.
 * @param v the kiosk view
 * @param f the rating, the text typed so far, and what rating and sending do
 * @returns the screen's template
 * @example feedbackScreen(view, { rating: 4, missing: '', rate, send })
 */
export function feedbackScreen(v: KioskView, f: { rating: number | undefined; missing: string; rate(r: number): void; send(): void }): TemplateResult {
  const ratings = [1, 2, 3, 4, 5] as const;
  return html`${v.heading(v.t('feedback.title'))}
    <div class="rating" role="group" aria-label=${v.t('feedback.title')}>
      ${ratings.map(
        (r) =>
          html`<button type="button" data-rating=${r} aria-pressed=${f.rating === r ? 'true' : 'false'} @click=${() => f.rate(r)}>
            ${face(r - 1)}<span>${v.t(`feedback.r${r}`)}</span>
          </button>`,
      )}
    </div>
    <label for="missing">${v.t('feedback.missing')}</label>
    <textarea
      id="missing"
      inputmode="none"
      rows="2"
      .value=${f.missing}
      @focus=${() => v.openField('missing')}
      @input=${(e: InputEvent) => v.typed('missing', (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${v.keyboard('missing', f.missing)}
    <div class="row">
      <button type="button" class="primary" data-send-feedback @click=${f.send}>${v.t('feedback.send')}</button>
    </div>`;
}

/**
 * Thanks, with a button that ends the session at once (it also ends by itself).
 * @param v the kiosk view
 * @param finish ends the session
 * @returns the screen's template
 * @example thanksScreen(view, () => kiosk.wipe())
 */
export function thanksScreen(v: KioskView, finish: () => void): TemplateResult {
  return html`${v.heading(v.t('feedback.thanks'))}
    <div class="row"><button type="button" class="primary" @click=${finish}>${v.t('nav.finish')}</button></div>`;
}
