import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Event as MarktEvent, Locale, Offer, Provider, Stand } from '@markt/sdk';
import '../../shared/privacy-notice/privacy-notice.js';
import { LocaleController, type Catalog } from '../../i18n/catalog.js';
import { phoneCatalog, type PhoneKey } from '../../phone/phone-catalog.js';
import { blockText, inlineText } from '../../shared/offer-text.js';
import { pageLoading } from '../../shared/page-loading.js';
import { localeBar, phonePageStyles } from '../../shared/phone-page.js';
import type { SavedOffer } from '../../shared/saved-list.js';
import { webLink } from '../../shared/link.js';
import { offerReach, providerWebsite, reachStyles } from '../../phone/reach/reach.js';
import { takeHomeListStyles } from './take-home-list.styles.js';
import { PageLanguage } from '../../phone/show-locale.js';

/** `GET /api/events/:eventId/public` (the parts the list uses). */
export interface PublicEventData {
  event: MarktEvent;
  providers: Provider[];
  offers: Offer[];
  stands: Stand[];
}

/** Stand labels on the larger map are drawn this many CSS pixels high (readable on a 360 px phone). */
const LABEL_PX = 14;

/**
 * @summary The take-home list on the visitor's phone: first the visitor's list from the link ("Your list from the kiosk",
 *   or "My list" when the phone made the link), then the offers saved on this phone that are not on it, then the
 *   suggestions of the link, each with its stands, web pages and contacts (the provider's website when an offer has no
 *   web page), and a map of the hall, drawn large enough to read (stand labels 14 px, scrolled sideways to the first
 *   stand of the list) or, on request, the whole hall at the page's width. Offer texts that are not in the visitor's
 *   language are shown in their own language and direction and tagged "(English)".
 * @event markt-locale-change - {LocaleChangeDetail} (from the language menu) the visitor chose another language; also
 *   fired by the list with the language it went back to when the chosen one could not be loaded
 * @event markt-retry - the visitor asked to try loading the event again after "No connection"
 * @csspart offers - the listed offers
 * @csspart suggestions - the suggested offers
 * @csspart map - the hall map
 * @csspart saved - the offers saved on this phone
 * @cssproperty --markt-accent - colour of links
 * @cssproperty --markt-card - background of list items
 * @cssproperty --markt-highlight - colour of listed stands on the map
 */
export class TakeHomeList extends LitElement {
  static override styles = [phonePageStyles, takeHomeListStyles, reachStyles];

  /** The event's public data; all provider and offer text is shown as text. */
  @property({ attribute: false }) data: PublicEventData | undefined;
  /** The offers of the visitor's list in the link, in its order. */
  @property({ attribute: false }) offerIds: string[] = [];
  /** The offers the link suggests besides the list, in its order (shown after the list). */
  @property({ attribute: false }) suggestedIds: string[] = [];
  /** Who made the link's list: the kiosk ("Your list from the kiosk") or this phone's saved list ("My list"). */
  @property() source: 'kiosk' | 'phone' = 'kiosk';
  @property() locale: Locale = 'de';
  /** The phone's saved list. */
  @property({ attribute: false }) saved: SavedOffer[] = [];
  /**
   * A message instead of the data: `notFound`, the event is not (or no longer) part of a current fair (404);
   * `badLink`, the link has no usable fragment; `offline`, no connection (with "Try again").
   */
  @property() problem: '' | 'notFound' | 'offline' | 'badLink' = '';

  /** The map drawn large enough to read its stand labels (scrolls sideways), or the whole hall at the page's width. */
  @state() private mapLarge = true;

  /** The messages of the page (a subclass may give its own, e.g. a test whose language fails to load). */
  static catalog: Catalog<PhoneKey> = phoneCatalog;

  readonly #i18n = new LocaleController<PhoneKey>(this, (this.constructor as typeof TakeHomeList).catalog);

  /** The language shown; until the first one is in, only a spinner (a slow network: no German placeholder texts). */
  readonly #language = new PageLanguage(this, this.#i18n);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#language.follow(changed.has('locale'));
  }

  protected override updated(): void {
    this.#language.mark();
    if (this.#retrying && (this.data || this.problem !== '')) {
      this.#retrying = false;
      this.renderRoot.querySelector<HTMLElement>('button.retry')?.focus();
    }
    this.#scrollMapToList();
  }

  /** Set when "Try again" was pressed: if the retry fails too, the button gets the focus back. */
  #retrying = false;

  #retry(): void {
    this.#retrying = true;
    this.dispatchEvent(new CustomEvent('markt-retry', { bubbles: true, composed: true }));
  }

  /** The larger map shown for the first time (or again): scrolled sideways so the first stand of the list is in view. */
  #mapScrolledFor: SVGSVGElement | undefined;

  #scrollMapToList(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.map');
    const svgEl = frame?.querySelector('svg');
    if (!frame || !svgEl || !this.mapLarge || this.#mapScrolledFor === svgEl) return;
    this.#mapScrolledFor = svgEl;
    const first = svgEl.querySelector<SVGGraphicsElement>('rect.listed');
    if (!first) return;
    const box = first.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    frame.scrollLeft += box.left + box.width / 2 - (view.left + view.width / 2);
    frame.scrollTop += box.top + box.height / 2 - (view.top + view.height / 2);
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

  /** One offer of the link (list or suggestion): title, summary, provider and stands, ways to reach it. */
  #offer(data: PublicEventData, offer: Offer) {
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const provider = data.providers.find((p) => p.id === offer.providerId);
    const stands = data.stands.filter((s) => s.providerId === offer.providerId);
    const link = this.#standLink(offer);
    return html`<li>
      <h3 id="o-${offer.id}">${inlineText(offer.title, locale, this.#language.fallbackLabel)}</h3>
      ${blockText(offer.summary, locale, this.#language.fallbackLabel)}
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
  }

  #map(highlighted: ReadonlySet<string>) {
    const plan = this.data?.event.floorPlan;
    const stands = (this.data?.stands ?? []).filter((s) => s.position);
    if (!plan || stands.length === 0) return nothing;
    const t = this.#i18n.t;
    // Labels fit the smallest stand; the larger map draws them LABEL_PX high, whatever units the plan is in.
    const smallest = Math.min(...stands.map((s) => s.size?.h ?? 30));
    const label = Math.max(1, Math.min(14, smallest * 0.55));
    const scale = LABEL_PX / label;
    const size = this.mapLarge ? { w: Math.round(plan.width * scale), h: Math.round(plan.height * scale) } : undefined;
    return html`<div class="map ${this.mapLarge ? 'large' : ''}" dir="ltr" tabindex="0" role="region" aria-label=${t('map.region')}>
        <svg
          part="map"
          viewBox="0 0 ${plan.width} ${plan.height}"
          width=${size ? size.w : nothing}
          height=${size ? size.h : nothing}
          role="img"
          aria-labelledby="map-title"
        >
          ${stands.map((s) => {
            const w = s.size?.w ?? 40;
            const h = s.size?.h ?? 30;
            const x = s.position!.x - w / 2;
            const y = s.position!.y - h / 2;
            return svg`<rect class="stand ${highlighted.has(s.id) ? 'listed' : ''}" x=${x} y=${y} width=${w} height=${h} rx="3"></rect>
          <text x=${s.position!.x} y=${s.position!.y + label * 0.35} font-size=${label} text-anchor="middle">${s.number}</text>`;
          })}
        </svg>
      </div>
      <button class="zoom" aria-pressed=${this.mapLarge ? 'true' : 'false'} @click=${() => (this.mapLarge = !this.mapLarge)}>${t('map.larger')}</button>`;
  }

  /** The offers saved on this phone that the link does not show already. */
  #savedSection(data: PublicEventData | undefined, shown: ReadonlySet<string>, alone: boolean) {
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const entries = this.saved.filter((e) => !(data && e.eventId === data.event.id && shown.has(e.offerId)));
    // Nothing saved here: said only when the page has nothing else to show (never under the kiosk's list).
    if (entries.length === 0 && !alone) return nothing;
    return html`<section aria-labelledby="saved-title" part="saved">
      <h2 id="saved-title">${entries.length === 0 ? t('list.title') : t('list.phone')}</h2>
      ${entries.length === 0
        ? html`<p>${t('list.empty')}</p>`
        : html`<ul>
            ${entries.map(
              (entry) => html`<li>
                <h3 id="s-${entry.offerId}">${inlineText(entry.title, locale, this.#language.fallbackLabel)}</h3>
                <p class="where"><bdi>${entry.providerName}</bdi>${entry.standNumber ? ` · ${t('stand.number', { number: entry.standNumber })}` : ''}</p>
                ${this.#savedReach(entry)}
                ${entry.standToken
                  ? html`<a class="button" href="/s/${encodeURIComponent(entry.standToken)}" aria-describedby="s-${entry.offerId}">${t('stand.contact')}</a>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  override render() {
    if (!this.#language.ready) return pageLoading(this.locale);
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const bar = localeBar(this.locale, t('lang.label'), (next) => (this.locale = next));
    const data = this.data;
    if (!data) {
      return html`${bar}
        <p role=${this.problem ? 'alert' : 'status'}>
          ${this.problem === 'notFound'
            ? t('error.eventGone')
            : this.problem === 'badLink'
              ? t('error.badLink')
              : this.problem === 'offline'
                ? t('error.offline')
                : t('loading')}
        </p>
        ${this.problem === 'offline' ? html`<button class="retry" @click=${this.#retry}>${t('error.retry')}</button>` : nothing}
        ${this.#savedSection(undefined, new Set(), false)}`;
    }
    const find = (ids: readonly string[]): Offer[] => ids.map((id) => data.offers.find((o) => o.id === id)).filter((o): o is Offer => Boolean(o));
    const offers = find(this.offerIds);
    const shown = new Set(offers.map((o) => o.id));
    const suggested = find(this.suggestedIds).filter((o) => !shown.has(o.id));
    const savedHere = this.saved.filter((e) => e.eventId === data.event.id).map((e) => e.offerId);
    // The map highlights the stands of the list and of this phone's saved offers; the suggestions' only when there is neither.
    const mine = [...offers.map((o) => o.id), ...savedHere];
    const highlightedOffers = mine.length > 0 ? mine : suggested.map((o) => o.id);
    const providers = new Set(highlightedOffers.map((id) => data.offers.find((o) => o.id === id)?.providerId));
    const highlighted = new Set(data.stands.filter((s) => providers.has(s.providerId)).map((s) => s.id));
    const fromKiosk = this.source === 'kiosk';
    return html`${bar}
      <h1>${inlineText(data.event.title, locale, this.#language.fallbackLabel)}</h1>
      <p><bdi>${data.event.venue.name}</bdi></p>
      ${offers.length > 0
        ? html`<section aria-labelledby="offers-title">
            <h2 id="offers-title">${fromKiosk ? t('list.fromKiosk') : t('list.title')}</h2>
            ${fromKiosk ? html`<p>${t('list.fromKioskIntro')}</p>` : nothing}
            <ul part="offers">
              ${offers.map((offer) => this.#offer(data, offer))}
            </ul>
          </section>`
        : nothing}
      ${this.#savedSection(data, shown, offers.length === 0 && suggested.length === 0)}
      ${suggested.length > 0
        ? html`<section class="suggestions" aria-labelledby="suggestions-title">
            <h2 id="suggestions-title">${t('list.suggested')}</h2>
            <p>${t('list.suggestedIntro')}</p>
            <ul part="suggestions">
              ${suggested.map((offer) => this.#offer(data, offer))}
            </ul>
          </section>`
        : nothing}
      <section aria-labelledby="map-title">
        <h2 id="map-title">${t('map.link')}</h2>
        ${this.#map(highlighted)}
      </section>
      <markt-privacy-notice place="list" .locale=${locale} .privacy=${data.event.privacy} .retentionDays=${data.event.retentionDays}></markt-privacy-notice>`;
  }
}
