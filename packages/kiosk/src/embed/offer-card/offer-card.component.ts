import { html, nothing, type PropertyValues } from 'lit';
import type { Offer, Provider, Stand } from '@markt/sdk';
import { embedTexts, type EmbedKey } from '../shared/catalog.js';
import { MarktEmbedElement } from '../shared/embed-element.js';
import { offerDetails } from '../shared/details.js';
import { webLink } from '../../shared/link.js';
import { localText } from '../shared/text.js';
import { offerCardStyles } from './offer-card.styles.js';

/** Detail of `markt-offer-select`: the offer the visitor wants to know more about. */
export interface OfferSelectDetail {
  offerId: string;
  providerId: string;
}

/**
 * @tagname markt-offer-card
 * @summary One offer as a card: its kind, title, summary, provider and stand, part time and funding,
 * a "Details" button (opens the description, place and contact, unless the page handles `markt-offer-select`)
 * and a link to the offer's own page.
 *
 * @event {CustomEvent<OfferSelectDetail>} markt-offer-select - The visitor pressed "Details" (cancelable: `preventDefault()` shows the offer the page's own way instead of opening the card's details).
 *
 * @slot actions - More buttons or links after the card's own (e.g. "Apply").
 *
 * @csspart base - The wrapper that carries `lang` and `dir`.
 * @csspart card - The `<article>`.
 * @csspart kind - The offer's kind ("Training course").
 * @csspart title - The offer's title.
 * @csspart summary - The offer's summary.
 * @csspart details - The details "Details" opens: description, place, contact.
 * @csspart contact - Each e-mail address (`mailto:`) and phone number (`tel:`) in the details' contact, as a link.
 * @csspart facts - The list of provider, stand, part time and funding.
 * @csspart actions - The row of button and link.
 * @csspart button - The "Details" button.
 * @csspart link - The link to the offer's page (only when the offer has an `http(s)` URL).
 * @csspart status - The loading or error line (when fetching by `offer-id`).
 * @csspart retry - The "try again" button after the error line (the element also tries again when the browser goes back online).
 *
 * @cssproperty --markt-accent - Colour of buttons and links. Default `#0b4f9c`.
 * @cssproperty --markt-accent-text - Text on the accent colour. Default `#ffffff`.
 * @cssproperty --markt-text - Text colour. Default `#1a1a1a`.
 * @cssproperty --markt-muted - Secondary text. Default `#4d4d4d`.
 * @cssproperty --markt-surface - Background of buttons. Default `#ffffff`.
 * @cssproperty --markt-border - Border colour. Default `#c8c8c8`.
 * @cssproperty --markt-radius - Corner radius. Default `8px`.
 * @cssproperty --markt-font - Font family. Default: the page's.
 * @cssproperty --markt-card-background - Background of the card. Default `var(--markt-surface)`.
 * @cssproperty --markt-card-border - Border of the card. Default `1px solid var(--markt-border)`.
 * @cssproperty --markt-card-padding - Padding of the card. Default `1rem`.
 * @cssproperty --markt-background - A surface behind all the component shows (the wrapper `base`). Default `transparent`: the card and its loading or error line have their own surface already.
 * @cssproperty --markt-padding - Space between that surface's edge and the content. Default `0`.
 */
export class MarktOfferCard extends MarktEmbedElement<EmbedKey> {
  static override styles = offerCardStyles;
  /** @internal Its messages, one chunk per language. */
  static override texts = embedTexts;
  static override properties = {
    offer: { attribute: false },
    provider: { attribute: false },
    stand: { attribute: false },
    offerId: { attribute: 'offer-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { state: true, attribute: false },
  };

  /** The offer to show. */
  offer: Offer | undefined;
  /** Its provider (for the name); looked up in the event's data when not set. */
  provider: Provider | undefined;
  /** Its stand (for the number); looked up in the event's data when not set. */
  stand: Stand | undefined;
  /** Instead of `offer`: the id of an offer of `event-id`, fetched from `api-base`. */
  offerId = '';
  /** Level of the title heading (1–6) in the page's outline. */
  headingLevel = 3;

  /** The offer-id last warned about, so that the console is told once, not on every render. */
  #missing = '';
  /** The card's details are open ("Details" pressed and the page did not handle it itself). */
  private expanded = false;

  /**
   * "Details": tells the page (`markt-offer-select`, cancelable); unless the page calls `preventDefault()` to
   * show the offer its own way, the card opens its details, so the button does something on a page without script.
   */
  #select(offer: Offer): void {
    const detail: OfferSelectDetail = { offerId: offer.id, providerId: offer.providerId };
    const event = new CustomEvent<OfferSelectDetail>('markt-offer-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) this.expanded = !this.expanded;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another offer: its details start closed.
    if (changed.has('offer') || changed.has('offerId')) this.expanded = false;
  }

  override render() {
    const data = this.eventData;
    const offer = this.offer ?? data?.offers.find((o) => o.id === this.offerId);
    if (!offer) {
      if (data && this.offerId && this.#missing !== this.offerId) {
        // Visitors see no card; the page's author gets told why in the console.
        this.#missing = this.offerId;
        console.warn(`markt: <markt-offer-card> found no offer "${this.offerId}" in event "${this.eventId || data.event.id}"; check offer-id (ids: ${data.offers.slice(0, 5).map((o) => o.id).join(', ')}${data.offers.length > 5 ? ', …' : ''}).`);
      }
      return this.frame(this.status() ?? nothing);
    }
    const locale = this.i18n.locale;
    const t = this.i18n.t;
    const provider = this.provider ?? data?.providers.find((p) => p.id === offer.providerId);
    const stand = this.stand ?? data?.stands.find((s) => s.providerId === offer.providerId);
    const title = localText(offer.title, locale);
    const summary = localText(offer.summary, locale);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const link = webLink(offer.url);
    return this.frame(html`<article part="card" aria-labelledby="title">
      <p part="kind">${t(`kind.${offer.kind}` as EmbedKey)}</p>
      <div part="title" id="title" role="heading" aria-level=${level} lang=${title.lang}>${title.text}</div>
      <p part="summary" lang=${summary.lang}>${summary.text}</p>
      ${this.expanded ? offerDetails(offer, provider, t, locale, 'details') : nothing}
      <ul part="facts">
        ${provider ? html`<li>${t('offer.provider', { name: provider.name })}</li>` : nothing}
        ${stand ? html`<li>${t('offer.stand', { number: stand.number })}</li>` : nothing}
        ${offer.schedule?.partTime ? html`<li>${t('offer.partTime')}</li>` : nothing}
        ${(offer.funding ?? []).map((f) => html`<li>${t(`funding.${f}` as EmbedKey)}</li>`)}
      </ul>
      <div part="actions">
        <button part="button" type="button" aria-describedby="title" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="details" @click=${() => this.#select(offer)}>
          ${t('offer.select')}
        </button>
        ${link ? html`<a part="link" href=${link} aria-describedby="title">${t('offer.more')}</a>` : nothing}
        <slot name="actions"></slot>
      </div>
    </article>`);
  }
}
