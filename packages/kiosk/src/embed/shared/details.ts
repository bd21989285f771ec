import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Offer, Provider } from '@markt/sdk';
import type { CommonKey } from '../messages/common/en.js';
import { localText } from './text.js';

/**
 * An offer's details as "Details" opens them in a card or a quiz result: its description, place (the provider's
 * when the offer names none), "online" and contact, or where to ask when it has none of them.
 * @param offer the offer
 * @param provider its provider, for the place
 * @param t the element's bound translation (the common keys)
 * @param locale the language shown, for the description
 * @param id the id of the wrapper, for the button's `aria-controls`
 * @returns the `part="details"` block
 * @example offerDetails(offer, provider, this.i18n.t, this.i18n.locale, 'details')
 */
export function offerDetails(
  offer: Offer,
  provider: Provider | undefined,
  t: (key: CommonKey, params?: Readonly<Record<string, string | number>>) => string,
  locale: Locale,
  id: string,
): TemplateResult {
  const description = offer.description ? localText(offer.description, locale) : undefined;
  const place = offer.place?.address || offer.place?.district ? offer.place : provider?.place;
  const where = [place?.address, place?.district].filter(Boolean).join(', ');
  const remote = offer.place?.remote ?? false;
  const any = description || where || remote || offer.contact;
  return html`<div part="details" id=${id}>
    ${description ? html`<p lang=${description.lang}>${description.text}</p>` : nothing}
    ${where ? html`<p>${t('offer.where', { place: where })}</p>` : nothing}
    ${remote ? html`<p>${t('offer.online')}</p>` : nothing}
    ${offer.contact ? html`<p>${t('offer.contact', { contact: offer.contact })}</p>` : nothing}
    ${any ? nothing : html`<p>${t('offer.noDetails')}</p>`}
  </div>`;
}
