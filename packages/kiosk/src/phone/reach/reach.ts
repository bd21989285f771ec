import { css, html, nothing, type TemplateResult } from 'lit';
import { contactLinkBox } from '../../shared/contact-link.styles.js';
import type { Offer, Provider } from '@markt/sdk';
import { webLink } from '../../shared/link.js';
import { contactLink, contactParts, type ContactPart } from '../../shared/contact.js';
import type { PhoneKey } from '../phone-catalog.js';

/** A page's bound translation of the phone keys. */
type Translate = (key: PhoneKey, params?: Readonly<Record<string, string | number>>) => string;

/** Stands for the contact in a translated line, so that the line's words stay around the links. */
const SLOT = '\u0000';

/**
 * The styles of the links below, for the stand page and the take-home list: e-mail and phone links are touch
 * targets of at least 44 × 44 px inside their line, like every other control on the phone pages.
 */
export const reachStyles = css`
  .reach {
    margin: 0 0 0.5rem;
  }
  a.contact {
    ${contactLinkBox}
    color: var(--markt-accent);
  }
`;

/** An e-mail or phone link: its number or address as visible text, what it does as its accessible name. */
function contactAnchor(part: Required<ContactPart>, t: Translate): TemplateResult {
  const label = part.href.startsWith('tel:') ? t('reach.call', { number: part.text }) : t('reach.mail', { address: part.text });
  // Numbers and addresses read left to right in an Arabic page too ("030 1234-567" would otherwise swap its groups).
  return html`<a class="contact" href=${part.href} dir="ltr" aria-label=${label}>${part.text}</a>`;
}

/** "Contact: …" with the provider's text isolated (`<bdi>`: its own direction) and its addresses and numbers as links. */
function contactLine(parts: readonly ContactPart[], t: Translate): TemplateResult {
  const [before = '', after = ''] = t('offer.reach', { contact: SLOT }).split(SLOT);
  return html`<p class="reach">${before}<bdi>${parts.map((p) => (p.href ? contactAnchor({ text: p.text, href: p.href }, t) : p.text))}</bdi>${after}</p>`;
}

/**
 * The ways to reach an offer later, for a visitor at home: its web page (only `http:`/`https:`; never a
 * `javascript:` or other address), its contact text with e-mail addresses and phone numbers as `mailto:`/`tel:`
 * links, and its `url` as a contact link when that is `mailto:`/`tel:` and not in the contact text already.
 * The provider's text stays text: Lit bindings only. Links open in the same tab (no `target`).
 * @param offer the offer
 * @param t the page's bound translation
 * @param titleId the id of the offer's heading, which describes the web page link
 * @returns the links and the contact line, or `nothing` when the offer has neither
 * @example html`<h3 id="offer-o1">…</h3>${offerReach(offer, this.#i18n.t, 'offer-o1')}`
 */
export function offerReach(offer: Offer, t: Translate, titleId: string): TemplateResult | typeof nothing {
  const web = webLink(offer.url);
  const reach = web ? undefined : contactLink(offer.url);
  const parts = offer.contact ? contactParts(offer.contact) : [];
  const reachShown = reach && !parts.some((p) => p.href === reach.href);
  if (!web && parts.length === 0 && !reachShown) return nothing;
  return html`${web ? html`<p class="reach"><a class="button web" href=${web} aria-describedby=${titleId}>${t('offer.web')}</a></p>` : nothing}
  ${parts.length > 0 ? contactLine(parts, t) : nothing}${reachShown ? contactLine([reach], t) : nothing}`;
}

/**
 * The provider's website as a link named "Website of <provider>" (visible: "Website"), or its `mailto:`/`tel:`
 * address as a contact link; `nothing` for a missing or unsafe address.
 * @param provider the provider
 * @param t the page's bound translation
 * @returns the link in its paragraph, or `nothing`
 * @example html`<h1>${provider.name}</h1>${providerWebsite(provider, this.#i18n.t)}`
 */
export function providerWebsite(provider: Provider, t: Translate): TemplateResult | typeof nothing {
  const web = webLink(provider.website);
  if (web) {
    return html`<p class="reach">
      <a class="button website" href=${web} aria-label=${t('provider.website', { provider: provider.name })}>${t('provider.site')}</a>
    </p>`;
  }
  const reach = contactLink(provider.website);
  return reach ? contactLine([reach], t) : nothing;
}

/**
 * Whether a stand's page shows a way to reach its provider without markt: the provider's website (or its
 * `mailto:`/`tel:` address), an offer's web page, contact text or contact address.
 * @param provider the provider
 * @param offers its offers on the page
 * @returns true when {@link providerWebsite} or {@link offerReach} shows something
 * @example canReach(provider, offers) // true for a provider with a website
 */
export function canReach(provider: Provider, offers: readonly Offer[]): boolean {
  const reachable = (url: string | undefined): boolean => Boolean(webLink(url) ?? contactLink(url));
  return reachable(provider.website) || offers.some((o) => reachable(o.url) || (o.contact !== undefined && contactParts(o.contact).length > 0));
}
