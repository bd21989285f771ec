import { guarded } from './guard.js';
import type { Offer, OfferInput } from './offer.js';
import { offerRule } from './shapes.js';

/** Parsed offers per input object: an offer is checked once, however often it is matched. */
const cache = new WeakMap<object, Offer>();

/**
 * The offer checked on first sight, once per input object for `match` and `createSearchIndex` alike (the engine's
 * check of `OfferSchema`'s shape, see `shapes.ts`), defaults filled in.
 * @param input the offer as given
 * @param index its place in the list (for the field paths of errors)
 * @returns the checked offer
 * @example const offer = parsedOffer(offers[0], 0);
 * @throws {ValidationError} `INVALID_INPUT` naming `offers.<index>.<field>`
 */
export function parsedOffer(input: OfferInput, index: number): Offer {
  let offer = cache.get(input);
  if (!offer) {
    offer = guarded<Offer>(offerRule, input, `offers[${index}]`, `offers.${index}`);
    cache.set(input, offer);
  }
  return offer;
}
