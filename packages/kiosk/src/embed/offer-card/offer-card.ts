import { defineOnce } from '../../shared/define.js';
import { MarktOfferCard, type OfferSelectDetail } from './offer-card.component.js';

export { MarktOfferCard };
export type { OfferSelectDetail };

defineOnce('markt-offer-card', MarktOfferCard);

declare global {
  interface HTMLElementTagNameMap {
    'markt-offer-card': MarktOfferCard;
  }
  interface GlobalEventHandlersEventMap {
    'markt-offer-select': CustomEvent<OfferSelectDetail>;
  }
}
