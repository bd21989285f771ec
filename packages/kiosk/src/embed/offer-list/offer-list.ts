import '../offer-card/offer-card.js';
import { defineOnce } from '../../shared/define.js';
import { MarktOfferList } from './offer-list.component.js';

export { MarktOfferList };

defineOnce('markt-offer-list', MarktOfferList);

declare global {
  interface HTMLElementTagNameMap {
    'markt-offer-list': MarktOfferList;
  }
}
