import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Offer, Provider } from '@markt/sdk';
import type { CommonKey } from '../messages/common/en.js';
import { contactLink, contactParts, type ContactPart } from '../../shared/contact.js';
import { localText } from './text.js';

/** An element's bound translation of the common keys. */
type Translate = (key: CommonKey, params?: Readonly<Record<string, string | number>>) => string;

/** Stands for the contact in a translated line, so that the line's words stay around the links. */
const SLOT = '\u0000';

/**
 * A contact line ("Contact: …") with the e-mail addresses and phone numbers in it as `mailto:`/`tel:` links
 * (part `contact`), the rest as text. Lit bindings only: the provider's text never becomes markup. The provider's
 * text is isolated (`<bdi>`: its own direction, as on the phone pages), so in Arabic a German "Tel. 030 … / 0171 …."
 * keeps its links in order and its full stop at its end; the links are `dir="ltr"` so a number keeps its groups' order.
 */
function contactLine(parts: readonly ContactPart[], t: Translate): TemplateResult {
  const [before = '', after = ''] = t('offer.contact', { contact: SLOT }).split(SLOT);
  return html`<p>${before}<bdi>${parts.map((p) => (p.href ? html`<a part="contact" dir="ltr" href=${p.href}>${p.text}</a>` : p.text))}</bdi>${after}</p>`;
}

/**
 * An offer's details as "Details" opens them in a card or a quiz result: its description, place (the provider's
 * when the offer names none), "online" and contact, or where to ask when it has none of them. E-mail addresses and
 * phone numbers in the contact (and an offer `url` that is `mailto:` or `tel:`) are links (part `contact`).
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
  t: Translate,
  locale: Locale,
  id: string,
): TemplateResult {
  const description = offer.description ? localText(offer.description, locale) : undefined;
  const place = offer.place?.address || offer.place?.district ? offer.place : provider?.place;
  const where = [place?.address, place?.district].filter(Boolean).join(', ');
  const remote = offer.place?.remote ?? false;
  // An offer whose address is an e-mail or phone (`mailto:`/`tel:`) shows it here: its card links only web pages.
  const reach = contactLink(offer.url);
  const contact = offer.contact ? contactParts(offer.contact) : [];
  const reachShown = reach && !contact.some((p) => p.href === reach.href);
  const any = description || where || remote || offer.contact || reachShown;
  return html`<div part="details" id=${id}>
    ${description ? html`<p lang=${description.lang}>${description.text}</p>` : nothing}
    ${where ? html`<p>${t('offer.where', { place: where })}</p>` : nothing}
    ${remote ? html`<p>${t('offer.online')}</p>` : nothing}
    ${offer.contact ? contactLine(contact, t) : nothing}
    ${reachShown ? contactLine([reach], t) : nothing}
    ${any ? nothing : html`<p>${t('offer.noDetails')}</p>`}
  </div>`;
}
