import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale } from '@markt/sdk';
import { LocaleController } from '../../i18n/catalog.js';
import type { ConnectionState, FeedVisit } from '../../net/live-feed.js';
import { boothCatalog, type BoothKey } from '../booth-catalog.js';
import '../lead-card/lead-card.js';
import type { BoothLead, BoothMe } from '../types.js';
import { bucketVisits } from '../visit-buckets.js';
import { dashboardStyles } from './dashboard.styles.js';

/** Detail of `markt-sound-change`. */
export interface SoundChangeDetail {
  on: boolean;
}

/**
 * @summary The booth tablet's live view: connection state, visits per 15 minutes, contact requests to rate, note, tag and export.
 * @event markt-lead-change - {LeadChangeDetail} (from a lead card) staff changed a lead
 * @event markt-lead-delete - {LeadDeleteDetail} (from a lead card) staff confirmed deleting a lead
 * @event markt-lead-seen - {LeadSeenDetail} (from a lead card) staff opened an unread request
 * @event markt-export - staff asked for the CSV export
 * @event markt-logout - staff asked to log the tablet out (the app asks first while changes are unsent)
 * @event markt-sound-change - {SoundChangeDetail} the beep for new requests was switched on or off
 * @csspart leads - the list of contact requests
 * @csspart visits - the visits table
 * @cssproperty --markt-accent - colour of buttons
 * @cssproperty --markt-new - colour that marks new requests
 */
export class BoothDashboard extends LitElement {
  static override styles = dashboardStyles;

  @property() locale: Locale = 'de';
  @property({ attribute: false }) me: BoothMe | undefined;
  @property({ attribute: false }) leads: BoothLead[] = [];
  @property({ attribute: false }) visits: readonly FeedVisit[] = [];
  @property() connection: ConnectionState = 'connecting';
  /** Ids of leads that arrived since the tablet was opened (marked "new"). */
  @property({ attribute: false }) newLeadIds: ReadonlySet<string> = new Set();
  /** Offer titles by id, to say what a request is about. */
  @property({ attribute: false }) offerTitles: Readonly<Record<string, string>> = {};
  /** Save errors by lead id (already in words). */
  @property({ attribute: false }) errors: Readonly<Record<string, string>> = {};
  /** Why deleting a lead failed, by lead id (already in words). */
  @property({ attribute: false }) deleteErrors: Readonly<Record<string, string>> = {};
  /** Spoken by screen readers when it changes (new requests). */
  @property() announcement = '';
  @property({ type: Boolean }) sound = false;

  readonly #i18n = new LocaleController<BoothKey>(this, boothCatalog);

  protected override willUpdate(): void {
    if (this.locale !== this.#i18n.locale) void this.#i18n.setLocale(this.locale);
  }

  #emit(type: 'markt-export' | 'markt-logout'): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }

  #sound(event: Event): void {
    this.sound = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new CustomEvent<SoundChangeDetail>('markt-sound-change', { detail: { on: this.sound }, bubbles: true, composed: true }));
  }

  #visits() {
    const t = this.#i18n.t;
    const locale = this.#i18n.locale;
    const buckets = bucketVisits(this.visits).slice(-12).reverse();
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const hhmm = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
    return html`<section aria-labelledby="visits-title">
      <h2 id="visits-title">${t('visits.title')}</h2>
      <p>${t('visits.total', { count: this.visits.length })}</p>
      ${buckets.length === 0
        ? html`<p>${t('visits.none')}</p>`
        : html`<table part="visits">
            <thead>
              <tr>
                <th scope="col">${t('visits.time')}</th>
                <th scope="col">${t('visits.count')}</th>
              </tr>
            </thead>
            <tbody>
              ${buckets.map(
                (b) => html`<tr>
                  <th scope="row">${t('visits.slot', { from: hhmm(b.from), to: hhmm(b.to) })}</th>
                  <td><meter min="0" max=${max} value=${b.count} aria-hidden="true"></meter> ${b.count}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`;
  }

  override render() {
    const t = this.#i18n.t;
    const provider = this.me?.provider;
    const stands = this.me?.stands ?? (this.me?.stand ? [this.me.stand] : []);
    const standNumbers = new Map(stands.map((s) => [s.id, s.number]));
    return html`<header>
        <h1 tabindex="-1">${provider?.name ?? t('app.title')}${stands.length > 0 ? ` · ${stands.map((s) => s.number).join(', ')}` : ''}</h1>
        <p class="state" role="status" data-state=${this.connection}>${t(`state.${this.connection}`)}</p>
        <div class="tools">
          <label><input type="checkbox" .checked=${this.sound} @change=${this.#sound} />${t('sound')}</label>
          <button @click=${() => this.#emit('markt-export')}>${t('export')}</button>
          <button @click=${() => this.#emit('markt-logout')}>${t('logout')}</button>
        </div>
      </header>
      <p class="visually-hidden" aria-live="assertive">${this.announcement}</p>
      <div class="layout">
        ${this.#visits()}
        <section aria-labelledby="leads-title">
          <h2 id="leads-title" tabindex="-1">${t('leads.title')} (${this.leads.length})</h2>
          ${this.leads.length === 0
            ? html`<p>${t('leads.none')}</p>`
            : html`<ul part="leads">
                ${repeat(
                  this.leads,
                  // Keyed by id: a card (and the notes typed in it) stays with its lead when one arrives above or is erased.
                  (lead) => lead.id,
                  (lead) => html`<li>
                    <markt-lead-card
                      .lead=${lead}
                      .tags=${this.me?.tags ?? []}
                      .offerTitle=${lead.offerId ? this.offerTitles[lead.offerId] : undefined}
                      .standNumber=${lead.standId ? standNumbers.get(lead.standId) : undefined}
                      .isNew=${this.newLeadIds.has(lead.id) && lead.status === 'new'}
                      .error=${this.errors[lead.id] ?? ''}
                      .deleteError=${this.deleteErrors[lead.id] ?? ''}
                      .locale=${this.#i18n.locale}
                    ></markt-lead-card>
                  </li>`,
                )}
              </ul>`}
        </section>
      </div>
      ${nothing}`;
  }
}
