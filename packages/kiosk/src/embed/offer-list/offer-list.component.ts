import { html, nothing } from 'lit';
import type { Offer, OfferKind, Provider, Stand } from '@markt/sdk';
import { embedTexts, type EmbedKey } from '../shared/catalog.js';
import { MarktEmbedElement } from '../shared/embed-element.js';
import { offersOf } from '../shared/public-data.js';
import { offerListStyles } from './offer-list.styles.js';

/** The parts of each `<markt-offer-card>` that the list passes on, prefixed `card-`. */
const CARD_PARTS = ['card', 'kind', 'title', 'summary', 'details', 'facts', 'actions', 'button', 'link', 'contact'];

/**
 * @tagname markt-offer-list
 * @summary A provider's offers (or all offers of an event) as a grid of `<markt-offer-card>`s.
 * Give it `offers` directly, or `api-base` and `event-id` (and `provider-id`) to fetch them.
 *
 * @event {CustomEvent<OfferSelectDetail>} markt-offer-select - The visitor pressed "Details" on a card (bubbles out of the card; cancelable: `preventDefault()` keeps the card's details closed).
 *
 * @slot empty - Shown instead of the default text when there is no offer.
 *
 * @csspart base - The wrapper that carries `lang` and `dir`.
 * @csspart list - The `<ul>` grid.
 * @csspart item - Each `<li>`.
 * @csspart empty - The default "no offers" text.
 * @csspart status - The loading or error line.
 * @csspart retry - The "try again" button after the error line (the element also tries again when the browser goes back online).
 * @csspart card-card - A card's `<article>` (likewise `card-kind`, `card-title`, `card-summary`, `card-details`, `card-facts`, `card-actions`, `card-button`, `card-link`, `card-contact`: an e-mail or phone link in the details).
 *
 * @cssproperty --markt-list-min-width - Narrowest a card gets before the grid uses fewer columns. Default `16rem`.
 * @cssproperty --markt-gap - Space between cards. Default `1rem`.
 * @cssproperty --markt-accent - Colour of buttons and links. Default `#0b4f9c`.
 * @cssproperty --markt-muted - Secondary text. Default `#4d4d4d`.
 * @cssproperty --markt-card-background - Background of each card. Default `var(--markt-surface)`.
 * @cssproperty --markt-background - A surface behind all the component shows (the wrapper `base`). Default `transparent`: each card, the "no offers" line and the loading or error line have their own surface already.
 * @cssproperty --markt-padding - Space between that surface's edge and the content. Default `0`.
 */
export class MarktOfferList extends MarktEmbedElement<EmbedKey> {
  static override styles = offerListStyles;
  /** @internal Its messages, one chunk per language. */
  static override texts = embedTexts;
  static override properties = {
    providerId: { attribute: 'provider-id' },
    kind: {},
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    offers: { attribute: false },
    providers: { attribute: false },
    stands: { attribute: false },
  };

  /** Show only this provider's offers. */
  providerId = '';
  /** Show only offers of this kind (`qualification`, `job`, `apprenticeship`, `counselling`, …). */
  kind: OfferKind | '' = '';
  /** Show at most this many offers (0: all). */
  limit = 0;
  /** Level of each card's title heading (1–6). */
  headingLevel = 3;
  /** The offers to show, instead of the event's; `providers` and `stands` then give names and numbers. */
  offers: Offer[] | undefined;
  providers: Provider[] | undefined;
  stands: Stand[] | undefined;

  /** The offers after the filters, in order. */
  get shownOffers(): Offer[] {
    const data = this.eventData;
    let list = this.offers ?? (data ? offersOf(data, '') : []);
    if (this.providerId) list = list.filter((o) => o.providerId === this.providerId);
    if (this.kind) list = list.filter((o) => o.kind === this.kind);
    return this.limit > 0 ? list.slice(0, this.limit) : list;
  }

  override render() {
    if (!this.offers) {
      const status = this.status();
      if (status || !this.eventData) return this.frame(status ?? nothing);
    }
    const offers = this.shownOffers;
    const providers = this.providers ?? this.eventData?.providers ?? [];
    const stands = this.stands ?? this.eventData?.stands ?? [];
    const exportparts = CARD_PARTS.map((p) => `${p}: card-${p}`).join(', ');
    if (offers.length === 0) return this.frame(html`<slot name="empty"><p part="empty">${this.i18n.t('list.empty')}</p></slot>`);
    return this.frame(html`<ul part="list" aria-label=${this.i18n.t('list.label')}>
      ${offers.map(
        (offer) => html`<li part="item">
          <markt-offer-card
            exportparts=${exportparts}
            .offer=${offer}
            .provider=${providers.find((p) => p.id === offer.providerId)}
            .stand=${stands.find((s) => s.providerId === offer.providerId)}
            locale=${this.i18n.locale}
            heading-level=${this.headingLevel}
          ></markt-offer-card>
        </li>`,
      )}
    </ul>`);
  }
}
