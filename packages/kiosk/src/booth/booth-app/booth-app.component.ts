import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, type Locale, type Offer } from '@markt/sdk';
import { LocaleController } from '../../i18n/catalog.js';
import { ApiClient, ApiError } from '../../net/api-client.js';
import type { KeyValueStorage } from '../../net/device-id.js';
import { LiveFeed, type ConnectionState, type FeedVisit, type LiveFeedOptions } from '../../net/live-feed.js';
import { Outbox } from '../../net/outbox.js';
import { beep } from '../beep.js';
import { boothCatalog, type BoothKey } from '../booth-catalog.js';
import { boothLocale } from '../booth-locale.js';
import '../dashboard/dashboard.js';
import '../duty-panel/duty-panel.js';
import type { LeadChangeDetail } from '../lead-card/lead-card.component.js';
import '../pairing/pairing.js';
import type { BoothLead, BoothMe, BoothRota, LeadPatch, Pairing } from '../types.js';
import { boothAppStyles } from './booth-app.styles.js';

const TOKEN = 'markt.booth.token';
const ME = 'markt.booth.me';
/** How often the tablet asks again who is on duty. */
const ROTA_REFRESH_MS = 5 * 60_000;

const ERROR_KEYS: Readonly<Record<string, BoothKey>> = {
  PAIRING_CODE_INVALID: 'pair.invalid',
  PAIRING_CODE_USED: 'pair.used',
  PAIRING_CODE_EXPIRED: 'pair.expired',
  network: 'error.network',
};

/**
 * The catalog key that says what went wrong, in the tablet's language (the server's message is English).
 * @param error what a call to the API threw
 * @returns a booth message key
 * @example errorKey(new ApiError(409, 'PAIRING_CODE_USED', 'This code was already used.')) // 'pair.used'
 */
export function errorKey(error: unknown): BoothKey {
  return (error instanceof ApiError && ERROR_KEYS[error.code]) || 'error.server';
}

/**
 * Reads a pairing code from a `/booth#pair=<code>` fragment (the pairing QR code's URL).
 * @param hash `location.hash`
 * @returns the code, or undefined
 * @example pairCodeFromHash('#pair=K7Q2-M9XD') // 'K7Q2-M9XD'
 */
export function pairCodeFromHash(hash: string): string | undefined {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get('pair')?.trim();
  return code || undefined;
}

/**
 * @summary The booth tablet: pairs (QR code or typed code), then shows the live feed of visits and contact requests.
 * Survives reloads and network drops (LiveFeed replays from its last sequence number; lead changes wait in an outbox);
 * logs out at once when the organizer revokes the tablet.
 * @event markt-paired - {Pairing} the tablet was paired
 * @event markt-logged-out - {{ revoked: boolean }} the tablet was logged out (by staff, or revoked)
 * @cssproperty --markt-accent - colour of buttons (passed to the inner components)
 */
export class BoothApp extends LitElement {
  static override styles = boothAppStyles;

  /** Prefix of API paths; default same origin. */
  @property() apiBase = '';
  /** socket.io path; default `/socket.io`. */
  @property() socketPath: string | undefined;
  /** Where token, lead data and pending changes live; default `localStorage`. */
  @property({ attribute: false }) storage: KeyValueStorage = localStorage;
  /** Opens the live socket; default socket.io-client's `io` (another transport, or a scripted one in tests). */
  @property({ attribute: false }) connect: LiveFeedOptions['connect'] | undefined;
  @property() locale: Locale = boothLocale();

  @state() private token: string | null = null;
  @state() private me: BoothMe | undefined;
  @state() private leads: BoothLead[] = [];
  @state() private visits: readonly FeedVisit[] = [];
  @state() private connection: ConnectionState = 'connecting';
  @state() private newLeadIds: ReadonlySet<string> = new Set();
  @state() private offerTitles: Record<string, string> = {};
  @state() private errors: Record<string, string> = {};
  @state() private announcement = '';
  @state() private sound = false;
  @state() private pairError = '';
  @state() private pairBusy = false;
  @state() private notice = '';
  @state() private rota: BoothRota | undefined;

  readonly #i18n = new LocaleController<BoothKey>(this, boothCatalog);
  #api = new ApiClient();
  #feed: LiveFeed<BoothLead> | undefined;
  #patches: Outbox<{ id: string; patch: LeadPatch }> | undefined;
  #rotaTimer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#i18n.setLocale(this.locale);
    this.#api = new ApiClient({ baseUrl: this.apiBase });
    this.token = this.storage.getItem(TOKEN);
    const code = pairCodeFromHash(location.hash);
    if (code) {
      history.replaceState(null, '', location.pathname + location.search); // the code is single-use: keep it out of history
      void this.pair(code);
    } else if (this.token) void this.#start(this.token);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#feed?.stop();
    this.#patches?.stop();
    clearInterval(this.#rotaTimer);
  }

  /**
   * Pairs this tablet with a code (`POST /api/pair`).
   * @param code the short code, typed or from the QR code
   */
  async pair(code: string): Promise<void> {
    this.pairBusy = true;
    this.pairError = '';
    try {
      const pairing = await this.#api.post<Pairing>('/api/pair', { code });
      if (pairing.role !== 'booth') {
        this.pairError = this.#i18n.t('pair.wrongRole');
        return;
      }
      // A new pairing (maybe another event or provider) starts empty: nothing of the previous one stays on the tablet,
      // and its feed starts from seq 0 instead of the old pairing's lastSeq.
      this.#wipe();
      this.storage.setItem(TOKEN, pairing.token);
      this.token = pairing.token;
      this.notice = '';
      this.dispatchEvent(new CustomEvent('markt-paired', { detail: pairing, bubbles: true, composed: true }));
      await this.#start(pairing.token);
    } catch (error) {
      this.pairError = this.#i18n.t('pair.failed', { message: this.#i18n.t(errorKey(error)) });
    } finally {
      this.pairBusy = false;
    }
  }

  async #start(token: string): Promise<void> {
    this.#api.token = token;
    const cached = this.storage.getItem(ME);
    if (cached) this.me = JSON.parse(cached) as BoothMe;
    const feed = new LiveFeed<BoothLead>({
      token,
      storage: this.storage,
      ...(this.socketPath ? { path: this.socketPath } : {}),
      ...(this.connect ? { connect: this.connect } : {}),
    });
    this.#feed = feed;
    this.leads = feed.leads();
    this.visits = [...feed.visits()];
    feed.addEventListener('state', (e) => (this.connection = e.detail.state));
    feed.addEventListener('revoked', () => this.logout(true));
    feed.addEventListener('items', (e) => {
      this.leads = e.detail.leads;
      this.visits = [...feed.visits()];
      if (e.detail.newLeads.length > 0) {
        this.newLeadIds = new Set([...this.newLeadIds, ...e.detail.newLeads.map((l) => l.id)]);
        const names = e.detail.newLeads.map((l) => l.contact.name || this.#i18n.t('lead.anonymous')).join(', ');
        this.announcement = this.#i18n.t('leads.announce', { name: names });
        if (this.sound) beep();
      }
    });
    this.#patches = new Outbox({
      name: 'booth-patches',
      storage: this.storage,
      send: ({ id, patch }) => this.#api.deliver(`/api/booth/leads/${encodeURIComponent(id)}`, patch, 'PATCH'),
    });
    this.#patches.addEventListener('rejected', (e) => {
      this.errors = { ...this.errors, [e.detail.item.id]: this.#i18n.t('lead.refused') };
    });
    feed.start();
    try {
      const me = await this.#api.get<BoothMe>('/api/booth/me');
      this.me = me;
      this.storage.setItem(ME, JSON.stringify(me));
      if (me.event) void this.#loadOfferTitles(me.event.id);
      void this.#loadRota();
      clearInterval(this.#rotaTimer);
      this.#rotaTimer = setInterval(() => void this.#loadRota(), ROTA_REFRESH_MS);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.logout(/revoked/i.test(error.code));
    }
  }

  async #loadOfferTitles(eventId: string): Promise<void> {
    try {
      const data = await this.#api.get<{ offers: Offer[] }>(`/api/events/${encodeURIComponent(eventId)}/public`);
      const providerId = this.me?.provider?.id;
      this.offerTitles = Object.fromEntries(
        data.offers.filter((o) => !providerId || o.providerId === providerId).map((o) => [o.id, pickText(o.title, this.locale)]),
      );
    } catch {
      // Titles are a nicety: without them a lead shows the offer's id.
    }
  }

  async #loadRota(): Promise<void> {
    try {
      this.rota = await this.#api.get<BoothRota>('/api/booth/rota');
    } catch {
      // The rota is a help for the staff: without it the panel stays hidden (or shows the last one).
    }
  }

  /**
   * Logs the tablet out: forgets the token and every stored lead.
   * @param revoked whether the organizer revoked it (then a notice says so)
   */
  logout(revoked = false): void {
    this.#wipe();
    this.token = null;
    this.notice = revoked ? this.#i18n.t('revoked') : '';
    this.dispatchEvent(new CustomEvent('markt-logged-out', { detail: { revoked }, bubbles: true, composed: true }));
  }

  /** Stops feed and outbox and forgets the token, every stored lead, the profile and the pending changes. */
  #wipe(): void {
    this.#feed?.clear(); // stops it too
    this.#feed = undefined;
    this.#patches?.stop();
    this.#patches = undefined;
    this.storage.removeItem(TOKEN);
    this.storage.removeItem(ME);
    this.storage.removeItem('markt.outbox.booth-patches');
    this.storage.removeItem('markt.booth.feed');
    this.#api.token = undefined;
    this.me = undefined;
    this.leads = [];
    this.visits = [];
    this.newLeadIds = new Set();
    this.errors = {};
    this.offerTitles = {};
    this.announcement = '';
    this.rota = undefined;
    clearInterval(this.#rotaTimer);
  }

  #onLeadChange(event: CustomEvent<LeadChangeDetail>): void {
    const { id, patch } = event.detail;
    this.#feed?.updateLead(id, patch as Partial<BoothLead>);
    this.leads = this.#feed?.leads() ?? this.leads;
    const { [id]: _cleared, ...errors } = this.errors;
    this.errors = errors;
    void this.#patches?.enqueue({ id, patch });
  }

  async #export(): Promise<void> {
    try {
      const blob = await this.#api.blob('/api/booth/leads.csv');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `leads-${this.me?.stand?.number ?? 'stand'}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.announcement = this.#i18n.t('export.failed', { message: this.#i18n.t(errorKey(error)) });
    }
  }

  override render() {
    if (!this.token) {
      return html`<markt-booth-pairing
        .locale=${this.locale}
        .error=${this.pairError}
        .busy=${this.pairBusy}
        .notice=${this.notice}
        @markt-pair=${(e: CustomEvent<{ code: string }>) => void this.pair(e.detail.code)}
      ></markt-booth-pairing>`;
    }
    return html`<markt-booth-dashboard
      .locale=${this.locale}
      .me=${this.me}
      .leads=${this.leads}
      .visits=${this.visits}
      .connection=${this.connection}
      .newLeadIds=${this.newLeadIds}
      .offerTitles=${this.offerTitles}
      .errors=${this.errors}
      .announcement=${this.announcement}
      .sound=${this.sound}
      @markt-lead-change=${this.#onLeadChange}
      @markt-export=${() => void this.#export()}
      @markt-logout=${() => this.logout(false)}
      @markt-sound-change=${(e: CustomEvent<{ on: boolean }>) => {
        this.sound = e.detail.on;
        if (this.sound) beep(); // the switching click allows sound from now on
      }}
    ></markt-booth-dashboard>
      <markt-booth-duty .locale=${this.locale} .rota=${this.rota} event-starts-at=${this.me?.event?.startsAt ?? ''}></markt-booth-duty>`;
  }
}
