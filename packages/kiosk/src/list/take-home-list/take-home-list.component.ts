import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { pickText, type Event as MarktEvent, type Locale, type Offer, type Provider, type Stand } from '@markt/sdk';
import '../../shared/privacy-notice/privacy-notice.js';
import { LocaleController, type Catalog, directionOf, langTagOf } from '../../i18n/catalog.js';
import { phoneCatalog, type PhoneKey } from '../../phone/phone-catalog.js';
import { textLang } from '../../shared/locale.js';
import { localeBar, phonePageStyles } from '../../shared/phone-page.js';
import type { SavedOffer } from '../../shared/saved-list.js';
import { webLink } from '../../shared/link.js';
import { offerReach, providerWebsite, reachStyles } from '../../phone/reach/reach.js';
import { takeHomeListStyles } from './take-home-list.styles.js';
import { showLocale } from '../../phone/show-locale.js';

/** `GET /api/events/:eventId/public` (the parts the list uses). */
export interface PublicEventData {
  event: MarktEvent;
  providers: Provider[];
  offers: Offer[];
  stands: Stand[];
}

/**
 * @summary The take-home list on the visitor's phone: the offers from the link, with their stands, web pages and contacts
 *   (the provider's website when an offer has no web page), a map of the hall and the phone's saved list.
 * @event markt-locale-change - {LocaleChangeDetail} (from the language menu) the visitor chose another language; also
 *   fired by the list with the language it went back to when the chosen one could not be loaded
 * @event markt-retry - the visitor asked to try loading the event again after "No connection"
 * @csspart offers - the listed offers
 * @csspart map - the hall map
 * @csspart saved - the saved list
 * @cssproperty --markt-accent - colour of links
 * @cssproperty --markt-card - background of list items
 * @cssproperty --markt-highlight - colour of listed stands on the map
 */
export class TakeHomeList extends LitElement {
  static override styles = [phonePageStyles, takeHomeListStyles, reachStyles];

  /** The event's public data; all provider and offer text is shown as text. */
  @property({ attribute: false }) data: PublicEventData | undefined;
  /** The offers of the link, in its order. */
  @property({ attribute: false }) offerIds: string[] = [];
  @property() locale: Locale = 'de';
  /** The phone's saved list. */
  @property({ attribute: false }) saved: SavedOffer[] = [];
  /** A message instead of the data. */
  @property() problem: '' | 'notFound' | 'offline' = '';

  /** The messages of the page (a subclass may give its own, e.g. a test whose language fails to load). */
  static catalog: Catalog<PhoneKey> = phoneCatalog;

  readonly #i18n = new LocaleController<PhoneKey>(this, (this.constructor as typeof TakeHomeList).catalog);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.locale !== this.#i18n.locale) void showLocale(this, this.#i18n, this.locale, true);
  }

  protected override updated(): void {
    this.setAttribute('lang', langTagOf(this.#i18n.locale));
    this.setAttribute('dir', directionOf(this.#i18n.locale));
    if (this.#retrying && (this.data || this.problem !== '')) {
      this.#retrying = false;
      this.renderRoot.querySelector<HTMLElement>('button.retry')?.focus();
    }
  }

  /** Set when "Try again" was pressed: if the retry fails too, the button gets the focus back. */
  #retrying = false;

  #retry(): void {
    this.#retrying = true;
    this.dispatchEvent(new CustomEvent('markt-retry', { bubbles: true, composed: true }));
  }

  /** Saved offers link back to their stand page, where the visitor can ask for contact. */
  #standLink(offer: Offer): string | undefined {
    const token = this.saved.find((s) => s.offerId === offer.id && s.standToken)?.standToken;
    return token ? `/s/${encodeURIComponent(token)}` : undefined;
  }

  /** A saved offer of this event: its web page and contact, as the data has them now (saved entries keep neither). */
  #savedReach(entry: SavedOffer) {
    const data = this.data;
    const offer = data && entry.eventId === data.event.id ? data.offers.find((o) => o.id === entry.offerId) : undefined;
    return offer ? offerReach(offer, this.#i18n.t, `s-${entry.offerId}`) : nothing;
  }

  #map(listed: ReadonlySet<string>) {
    const plan = this.data?.event.floorPlan;
    const stands = (this.data?.stands ?? []).filter((s) => s.position);
    if (!plan || stands.length === 0) return nothing;
    return html`<svg part="map" viewBox="0 0 ${plan.width} ${plan.height}" role="img" aria-labelledby="map-title">
      ${stands.map((s) => {
        const w = s.size?.w ?? 40;
        const h = s.size?.h ?? 30;
        const x = s.position!.x - w / 2;
        const y = s.position!.y - h / 2;
        return svg`<rect class="stand ${listed.has(s.id) ? 'listed' : ''}" x=${x} y=${y} width=${w} height=${h} rx="3"></rect>
          <text x=${s.position!.x} y=${s.position!.y + 5} text-anchor="middle">${s.number}</text>`;
      })}
    </svg>`;
  }

  override render() {
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const bar = localeBar(this.locale, t('lang.label'), (next) => (this.locale = next));
    const data = this.data;
    const offers = data ? this.offerIds.map((id) => data.offers.find((o) => o.id === id)).filter((o): o is Offer => Boolean(o)) : [];
    const listedStands = new Set<string>();
    const body = data
      ? html`<h1><bdi>${pickText(data.event.title, locale)}</bdi></h1>
          <p><bdi>${data.event.venue.name}</bdi></p>
          ${offers.length > 0
            ? html`<section aria-labelledby="offers-title">
                <h2 id="offers-title">${t('list.suggested')}</h2>
                <ul part="offers">
                  ${offers.map((offer) => {
                    const provider = data.providers.find((p) => p.id === offer.providerId);
                    const stands = data.stands.filter((s) => s.providerId === offer.providerId);
                    for (const s of stands) listedStands.add(s.id);
                    const link = this.#standLink(offer);
                    return html`<li>
                      <h3 id="o-${offer.id}" lang=${textLang(offer.title, locale)}><bdi>${pickText(offer.title, locale)}</bdi></h3>
                      <p lang=${textLang(offer.summary, locale)}><bdi>${pickText(offer.summary, locale)}</bdi></p>
                      <p class="where">
                        <bdi>${provider?.name ?? ''}</bdi>${stands.length > 0 ? ` · ${stands.map((s) => t('stand.number', { number: s.number })).join(', ')}` : ''}
                      </p>
                      ${offerReach(offer, t, `o-${offer.id}`)}
                      ${provider && !webLink(offer.url) ? providerWebsite(provider, t) : nothing}
                      ${link
                        ? html`<a class="button" href=${link} aria-describedby="o-${offer.id}">${t('stand.contact')}</a>`
                        : stands[0]
                          ? html`<p>${t('list.askAt', { number: stands[0].number })}</p>`
                          : nothing}
                    </li>`;
                  })}
                </ul>
              </section>`
            : nothing}
          <section aria-labelledby="map-title">
            <h2 id="map-title">${t('map.link')}</h2>
            ${this.#map(listedStands)}
          </section>`
      : html`<p role=${this.problem ? 'alert' : 'status'}>
            ${this.problem === 'notFound' ? t('error.notFound') : this.problem === 'offline' ? t('error.offline') : t('loading')}
          </p>
          ${this.problem === 'offline' ? html`<button class="retry" @click=${this.#retry}>${t('error.retry')}</button>` : nothing}`;
    return html`${bar}${body}
      <section aria-labelledby="saved-title" part="saved">
        <h2 id="saved-title">${t('list.title')}</h2>
        ${this.saved.length === 0
          ? html`<p>${t('list.empty')}</p>`
          : html`<ul>
              ${this.saved.map(
                (entry) => html`<li>
                  <h3 id="s-${entry.offerId}" lang=${textLang(entry.title, locale)}><bdi>${pickText(entry.title, locale)}</bdi></h3>
                  <p class="where"><bdi>${entry.providerName}</bdi>${entry.standNumber ? ` · ${t('stand.number', { number: entry.standNumber })}` : ''}</p>
                  ${this.#savedReach(entry)}
                  ${entry.standToken
                    ? html`<a class="button" href="/s/${encodeURIComponent(entry.standToken)}" aria-describedby="s-${entry.offerId}">${t('stand.contact')}</a>`
                    : nothing}
                </li>`,
              )}
            </ul>`}
      </section>
      ${data
        ? html`<markt-privacy-notice place="list" .locale=${locale} .privacy=${data.event.privacy} .retentionDays=${data.event.retentionDays}></markt-privacy-notice>`
        : nothing}`;
  }
}
