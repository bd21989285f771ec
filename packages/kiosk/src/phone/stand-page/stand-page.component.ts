import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Event as MarktEvent, Locale, Offer, Provider, Stand } from '@markt/sdk';
import { LocaleController, type Catalog } from '../../i18n/catalog.js';
import { listHref } from '../../list/fragment.js';
import { blockText, inlineText } from '../../shared/offer-text.js';
import { pageLoading } from '../../shared/page-loading.js';
import type { SavedOffer } from '../../shared/saved-list.js';
import { localeBar, phonePageStyles } from '../../shared/phone-page.js';
import '../contact-form/contact-form.js';
import '../../shared/privacy-notice/privacy-notice.js';
import type { ContactRequestDetail } from '../contact-form/contact-form.component.js';
import { phoneCatalog, type PhoneKey } from '../phone-catalog.js';
import { canReach, offerReach, providerWebsite, reachStyles } from '../reach/reach.js';
import { standPageStyles } from './stand-page.styles.js';
import { PageLanguage } from '../show-locale.js';

/** `GET /api/stand/:token` → what a stand's phone page shows. */
export interface StandPageData {
  event: MarktEvent;
  stand: Stand;
  provider: Provider;
  offers: Offer[];
}

/** Detail of `markt-save-change`. */
export interface SaveChangeDetail {
  entry: SavedOffer;
  saved: boolean;
}

/**
 * Where the contact request stands, as the page shows it: `failed` when the server refused it (not because the fair
 * is over) while the visitor waited, `closed` when it refused it because the fair is over; `unsent` and `refused`
 * when a request saved to be sent later met either refusal (see `unsentTo`).
 */
export type ContactStatus = 'none' | 'sending' | 'sent' | 'queued' | 'failed' | 'closed' | 'unsent' | 'refused';

/** Where deleting the visitor's details ("Meine Angaben löschen") stands: asked, done, or failed. */
export type EraseStatus = 'none' | 'busy' | 'done' | 'failed';

/**
 * @summary A stand's page on the visitor's phone: the provider (with its website), its offers (with their web page and
 *   contact: e-mail addresses and phone numbers as links), "save to my list", "contact me", the saved list, and the
 *   privacy notice (the event's controller, what the phone stores, retention, rights). For a fair that is over
 *   (`closedEvents`) it says so instead of offering "contact me", and points at the provider's own ways.
 * @event markt-save-change - {SaveChangeDetail} an offer was saved to or removed from the list
 * @event markt-contact-submit - {ContactRequestDetail} (from the contact form) the visitor asked to be contacted
 * @event markt-locale-change - {LocaleChangeDetail} (from the language menu) the visitor chose another language; also
 *   fired by the page with the language it went back to when the chosen one could not be loaded
 * @event markt-retry - the visitor asked to try loading the stand again after "No connection"
 * @event markt-erase-request - the visitor asked to delete their details ("Meine Angaben löschen": withdrawn consent)
 * @csspart offers - the list of offers
 * @csspart saved - the saved list
 * @cssproperty --markt-accent - colour of buttons and links
 * @cssproperty --markt-text - text colour
 * @cssproperty --markt-muted - colour of secondary text
 * @cssproperty --markt-surface - page background
 * @cssproperty --markt-card - background of offer cards
 */
export class StandPage extends LitElement {
  static override styles = [phonePageStyles, standPageStyles, reachStyles];

  /** The stand's data; all provider and offer text is shown as text, never as markup. */
  @property({ attribute: false }) data: StandPageData | undefined;
  /** The visitor's language. */
  @property() locale: Locale = 'de';
  /** The saved list across stands (from this phone's storage). */
  @property({ attribute: false }) saved: SavedOffer[] = [];
  /** The stand's QR token (kept with saved offers to link back here). */
  @property() token = '';
  /**
   * Shown after a contact request: `sending` (set by the page itself when the form is sent, until the app answers),
   * sent, kept to send later, or refused by the server.
   */
  @property() contactStatus: ContactStatus = 'none';
  /** The provider of a saved request that the server refused (status `unsent` or `refused`); '' when unknown. */
  @property() unsentTo = '';
  /** Fairs that take no more contact requests (the server answered 410 EVENT_CLOSED): this page's may be one. */
  @property({ attribute: false }) closedEvents: readonly string[] = [];
  /** This phone sent a contact request the server took: "Meine Angaben löschen" is offered (withdrawing consent). */
  @property({ type: Boolean }) canErase = false;
  /** Where deleting the details stands (after "Meine Angaben löschen"). */
  @property() eraseStatus: EraseStatus = 'none';
  /** A message instead of the data (not found, offline). */
  @property() problem: '' | 'notFound' | 'offline' = '';

  /** Which offer the contact form is open for ('' for the stand in general), or undefined when closed. */
  @state() private contactFor: string | undefined;

  /** The messages of the page (a subclass may give its own, e.g. a test whose language fails to load). */
  static catalog: Catalog<PhoneKey> = phoneCatalog;

  readonly #i18n = new LocaleController<PhoneKey>(this, (this.constructor as typeof StandPage).catalog);

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
  }

  #entry(offer: Offer): SavedOffer {
    const { event, stand, provider } = this.data!;
    return {
      eventId: event.id,
      offerId: offer.id,
      providerName: provider.name,
      standNumber: stand.number,
      ...(this.token ? { standToken: this.token } : {}),
      title: offer.title,
      savedAt: new Date().toISOString(),
    };
  }

  #setSaved(entry: SavedOffer, saved: boolean): void {
    const others = this.saved.filter((e) => e.offerId !== entry.offerId);
    this.saved = saved ? [...others, entry] : others;
    this.dispatchEvent(new CustomEvent<SaveChangeDetail>('markt-save-change', { detail: { entry, saved }, bubbles: true, composed: true }));
  }

  #openContact(offerId: string): void {
    this.contactFor = offerId;
    this.contactStatus = 'none';
    void this.updateComplete.then(() => {
      const form = this.renderRoot.querySelector('markt-contact-form');
      form?.scrollIntoView?.({ block: 'start' });
      void form?.updateComplete.then(() => form.renderRoot.querySelector<HTMLElement>('#share-phone')?.focus());
    });
  }

  /** Set when "Try again" was pressed: if the retry fails too, the button gets the focus back. */
  #retrying = false;

  #retry(): void {
    this.#retrying = true;
    this.dispatchEvent(new CustomEvent('markt-retry', { bubbles: true, composed: true }));
  }

  #onContactRequest(_event: CustomEvent<ContactRequestDetail>): void {
    // The request bubbles on to the page's app, which queues it; the form closes here. The status line says
    // "Sending …" at once and takes the focus (the form's button is gone), so a screen reader hears it; the app's
    // answer (sent, queued, refused) then replaces the text.
    this.contactFor = undefined;
    this.contactStatus = 'sending';
    void this.updateComplete.then(() => {
      const status = this.renderRoot.querySelector<HTMLElement>('p.status');
      status?.focus();
      status?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  #requestErase(): void {
    this.dispatchEvent(new CustomEvent('markt-erase-request', { bubbles: true, composed: true }));
  }

  /** "Meine Angaben löschen": offered once a request was sent; after it, what happened (a live region, also for screen readers). */
  #erase() {
    if (!this.canErase && this.eraseStatus === 'none') return nothing;
    const t = this.#i18n.t;
    const said = this.eraseStatus === 'done' ? t('erase.done') : this.eraseStatus === 'failed' ? t('erase.failed') : '';
    return html`<section class="erase" aria-labelledby="erase-title">
      <h2 id="erase-title">${t('erase.title')}</h2>
      ${this.eraseStatus === 'done' ? nothing : html`<p>${t('erase.intro')}</p>`}
      ${this.canErase && this.eraseStatus !== 'done'
        ? html`<div class="actions general">
            <button ?disabled=${this.eraseStatus === 'busy'} @click=${this.#requestErase}>${t('erase.button')}</button>
          </div>`
        : nothing}
      <p role="status">${said}</p>
    </section>`;
  }

  /** What the status line says about the contact request; on a closed fair's page, that it is over. */
  #contactText(provider: string, closed: boolean): string {
    const t = this.#i18n.t;
    switch (this.contactStatus) {
      case 'sending':
        return t('contact.sending');
      case 'sent':
        return t('contact.sent', { provider });
      case 'queued':
        return t('contact.queued');
      case 'failed':
        return t('contact.failed');
      case 'closed':
        return t('contact.closed');
      case 'unsent':
        return this.unsentTo ? `${t('contact.unsent', { provider: this.unsentTo })} ${t('contact.closed')}` : t('contact.closed');
      case 'refused':
        return this.unsentTo ? `${t('contact.unsent', { provider: this.unsentTo })} ${t('contact.askStand')}` : t('contact.failed');
      default:
        return closed ? t('contact.closed') : '';
    }
  }

  /** On a closed fair's page: where the provider's own ways to reach it are (its website as a link right here). */
  #closedReach(provider: Provider, offers: readonly Offer[]) {
    if (!canReach(provider, offers)) return nothing;
    const t = this.#i18n.t;
    return html`<div class="closed">
      <p>${t('contact.closedReach', { provider: provider.name })}</p>
      ${providerWebsite(provider, t)}
    </div>`;
  }

  #offer(offer: Offer, closed: boolean) {
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const saved = this.saved.some((e) => e.offerId === offer.id);
    const titleId = `offer-${offer.id}`;
    return html`<li>
      <article aria-labelledby=${titleId}>
        <h3 id=${titleId}>${inlineText(offer.title, locale, this.#language.fallbackLabel)}</h3>
        ${blockText(offer.summary, locale, this.#language.fallbackLabel)}
        ${offerReach(offer, t, titleId)}
        <div class="actions">
          <button aria-pressed=${saved ? 'true' : 'false'} aria-describedby=${titleId} @click=${() => this.#setSaved(this.#entry(offer), !saved)}>
            ${saved ? `✓ ${t('offer.saved')}` : t('offer.save')}
          </button>
          ${closed ? nothing : html`<button aria-describedby=${titleId} @click=${() => this.#openContact(offer.id)}>${t('offer.contact')}</button>`}
        </div>
      </article>
    </li>`;
  }

  #savedList() {
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const thisEvent = this.data?.event.id;
    const href = thisEvent
      ? listHref({ eventId: thisEvent, locale, offerIds: this.saved.filter((e) => e.eventId === thisEvent).map((e) => e.offerId), source: 'phone' })
      : undefined;
    return html`<section class="saved" aria-labelledby="saved-title" part="saved">
      <h2 id="saved-title">${t('list.title')}</h2>
      ${this.saved.length === 0
        ? html`<p>${t('list.empty')}</p>`
        : html`<ul>
            ${this.saved.map(
              (entry) => html`<li>
                <h3 id=${`saved-${entry.offerId}`}>${inlineText(entry.title, locale, this.#language.fallbackLabel)}</h3>
                <p><bdi>${entry.providerName}</bdi>${entry.standNumber ? ` · ${t('stand.number', { number: entry.standNumber })}` : ''}</p>
                <button aria-describedby=${`saved-${entry.offerId}`} @click=${() => this.#setSaved(entry, false)}>${t('list.remove')}</button>
              </li>`,
            )}
          </ul>`}
      <div class="links">
        ${href && this.saved.length > 0 ? html`<a class="button" href=${href}>${t('list.open')}</a>` : nothing}
        ${thisEvent ? html`<a class="button" href=${`${listHref({ eventId: thisEvent, locale, offerIds: [], source: 'phone' })}&m=1`}>${t('map.link')}</a>` : nothing}
      </div>
    </section>`;
  }

  override render() {
    if (!this.#language.ready) return pageLoading(this.locale);
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const bar = localeBar(this.locale, t('lang.label'), (next) => (this.locale = next));
    if (!this.data) {
      const text = this.problem === 'notFound' ? t('error.notFound') : this.problem === 'offline' ? t('error.offline') : t('loading');
      return html`${bar}<p role=${this.problem ? 'alert' : 'status'}>${text}</p>
        ${this.problem === 'offline' ? html`<div class="actions general"><button class="primary retry" @click=${this.#retry}>${t('error.retry')}</button></div>` : nothing}
        ${this.saved.length > 0 ? this.#savedList() : nothing}`;
    }
    const { stand, provider, offers, event } = this.data;
    const contactOffer = offers.find((o) => o.id === this.contactFor);
    const closed = this.closedEvents.includes(event.id);
    return html`${bar}
      <header>
        <p class="stand">${t('stand.number', { number: stand.number })}</p>
        <h1><bdi>${provider.name}</bdi></h1>
        ${providerWebsite(provider, t)}
        ${provider.description ? blockText(provider.description, locale, this.#language.fallbackLabel) : nothing}
      </header>
      <section aria-labelledby="offers-title">
        <h2 id="offers-title">${t('stand.offers')}</h2>
        <ul part="offers">
          ${offers.map((offer) => this.#offer(offer, closed))}
        </ul>
      </section>
      ${closed
        ? nothing
        : html`<div class="actions general">
            <button class="primary" @click=${() => this.#openContact('')}>${t('stand.contact')}</button>
          </div>`}
      <p class="status" role="status" tabindex="-1">${this.#contactText(provider.name, closed)}</p>
      ${closed ? this.#closedReach(provider, offers) : nothing}
      ${this.contactFor !== undefined && !closed
        ? html`<markt-contact-form
            .locale=${locale}
            .providerName=${provider.name}
            .offerId=${contactOffer?.id}
            .offerTitle=${contactOffer?.title}
            .retentionDays=${event.retentionDays}
            @markt-contact-submit=${this.#onContactRequest}
            @markt-contact-cancel=${() => (this.contactFor = undefined)}
          ></markt-contact-form>`
        : nothing}
      ${this.#erase()}
      ${this.#savedList()}
      <markt-privacy-notice place="phone" .locale=${locale} .privacy=${event.privacy} .retentionDays=${event.retentionDays}></markt-privacy-notice>`;
  }
}
