import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, type Locale, type Offer } from '@markt/sdk';
import { LocaleController } from '../../i18n/catalog.js';
import { ApiClient, ApiError } from '../../net/api-client.js';
import type { KeyValueStorage } from '../../net/device-id.js';
import { LiveFeed, deleteAfterOf, type ConnectionState, type FeedVisit, type LiveFeedOptions } from '../../net/live-feed.js';
import { Outbox, type SendOutcome } from '../../net/outbox.js';
import { beep } from '../beep.js';
import { boothCatalog, type BoothKey } from '../booth-catalog.js';
import { boothLocale } from '../booth-locale.js';
import { leadsCsv, type ExportLead } from '../leads-csv.js';
import '../dashboard/dashboard.js';
import '../duty-panel/duty-panel.js';
import type { LeadChangeDetail, LeadDeleteDetail, LeadSeenDetail } from '../lead-card/lead-card.component.js';
import '../pairing/pairing.js';
import { isNewer, isRevoked, patchOutcome, refusesKey, withPending, type PendingChange } from '../pending-changes.js';
import type { BoothLead, BoothMe, BoothRota, Pairing } from '../types.js';
import { boothAppStyles } from './booth-app.styles.js';

const TOKEN = 'markt.booth.token';
const ME = 'markt.booth.me';
/** How often the tablet asks again who is on duty. */
const ROTA_REFRESH_MS = 5 * 60_000;
/** How long a new pairing waits for the previous pairing's unsent changes to go out with the old token. */
const SWITCH_SEND_MS = 5000;
const PATCHES = 'markt.outbox.booth-patches';

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
 * Survives reloads and network drops (LiveFeed replays from its last sequence number; lead changes wait in an outbox,
 * each with an idempotency key, and are shown over the server's state until the server took or refused them);
 * logs out at once when the organizer revokes the tablet, and asks first when staff log out with changes unsent.
 * A pairing link that fails keeps the previous pairing and says so, naming the stand it is still paired with;
 * one that works never drops the previous pairing's unsent changes without asking (see `pair`).
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
  /** The leads as shown: the server's state with the pending changes over it (see `withPending`). */
  @state() private leads: BoothLead[] = [];
  /** Lead changes not yet taken or refused by the server. */
  @state() private pending = 0;
  /** Staff asked to log out while changes were pending: the confirmation is open. */
  @state() private confirmingLogout = false;
  /** A pairing link failed while an earlier pairing was kept: what went wrong (already in words). */
  @state() private linkError = '';
  /** A new pairing (another event or provider) waits for staff: this many changes of the old one would be lost. */
  @state() private switchCount = 0;
  /** The new pairing was taken because the old one was revoked: what happened to its unsent changes (in words). */
  @state() private revokedSwitch = '';
  @state() private visits: readonly FeedVisit[] = [];
  @state() private connection: ConnectionState = 'connecting';
  @state() private newLeadIds: ReadonlySet<string> = new Set();
  @state() private offerTitles: Record<string, string> = {};
  @state() private errors: Record<string, string> = {};
  /** Why deleting a lead failed, by lead id (in words). */
  @state() private deleteErrors: Record<string, string> = {};
  @state() private announcement = '';
  @state() private sound = false;
  @state() private pairError = '';
  @state() private pairBusy = false;
  @state() private notice = '';
  @state() private rota: BoothRota | undefined;

  readonly #i18n = new LocaleController<BoothKey>(this, boothCatalog);
  #api = new ApiClient();
  #feed: LiveFeed<BoothLead> | undefined;
  #patches: Outbox<PendingChange> | undefined;
  #rotaTimer: ReturnType<typeof setInterval> | undefined;
  /** The logout confirmation last opened (a closed one is never opened again), and what had the focus before it. */
  #shownDialog: HTMLDialogElement | undefined;
  #logoutOpener: HTMLElement | undefined;
  /** The new pairing held in memory while staff decide whether to discard the old pairing's unsent changes. */
  #newPairing: Pairing | undefined;
  /**
   * The new pairing staff declined to keep the old one's changes: held in memory until the old token is confirmed
   * by `/api/booth/me`, and taken instead of logging out when the old token is refused (see `#takeFallback`).
   */
  #fallbackPairing: Pairing | undefined;
  /** The server refused a change since the logout confirmation opened: staff must see that before logging out. */
  #refusedWhileConfirming = false;

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
   * Pairs this tablet with a code (`POST /api/pair`). When it fails while an earlier pairing is stored but not
   * started (a `#pair=` link opened on a paired tablet), the earlier pairing stays, and a message says that the
   * link failed and which stand the tablet is still paired with: the tablet never shows the previous provider's
   * leads as if the link had worked.
   * When it works, the earlier pairing's unsent lead changes are not dropped silently: for the same event and
   * provider they stay queued and go out with the new token; otherwise they are first sent with the old token
   * (for a few seconds), and if some are still left, staff are asked (keeping the old pairing, or discarding them).
   * When the old token is refused (401: the organizer revoked it), its changes can never be sent: the new pairing
   * is taken at once, saying so and how many changes were lost; the tablet never ends up unpaired.
   * @param code the short code, typed or from the QR code
   * @returns when the pairing is taken, kept or waits for staff
   * @example await app.pair('K7Q2-M9XD')
   */
  async pair(code: string): Promise<void> {
    this.pairBusy = true;
    this.pairError = '';
    this.linkError = '';
    this.revokedSwitch = '';
    let failure: string;
    try {
      const pairing = await this.#api.post<Pairing>('/api/pair', { code });
      if (pairing.role === 'booth') {
        // The same event and provider: the queued changes are for the same leads, and the new token may send them.
        const same = this.#isSamePairing(pairing);
        if (!same && this.token && this.#storedChanges() > 0) {
          const { left, refused } = await this.#sendWithToken(this.token);
          if (left > 0 && refused) {
            this.#takeInstead(pairing, left);
            return;
          }
          if (left > 0) {
            this.#newPairing = pairing; // in memory only, until staff answer
            this.switchCount = left;
            return;
          }
        }
        this.#adopt(pairing, same);
        await this.#start(pairing.token);
        return;
      }
      failure = this.#i18n.t('pair.wrongRole');
    } catch (error) {
      failure = this.#i18n.t('pair.failed', { message: this.#i18n.t(errorKey(error)) });
    } finally {
      this.pairBusy = false;
    }
    if (this.token && !this.#feed) {
      this.linkError = failure;
      await this.#start(this.token);
    } else this.pairError = failure;
  }

  /**
   * Takes a new pairing: nothing of the previous one stays on the tablet (its feed starts from seq 0 instead of
   * the old pairing's lastSeq), except the queued changes when they belong to the same event and provider.
   */
  #adopt(pairing: Pairing, keepQueue: boolean): void {
    this.#wipe(keepQueue);
    this.storage.setItem(TOKEN, pairing.token);
    this.token = pairing.token;
    this.notice = '';
    this.pairBusy = false;
    this.dispatchEvent(new CustomEvent('markt-paired', { detail: pairing, bubbles: true, composed: true }));
  }

  /** Whether the stored profile is of the new pairing's event and provider. */
  #isSamePairing(pairing: Pairing): boolean {
    let stored: BoothMe | undefined;
    try {
      stored = JSON.parse(this.storage.getItem(ME) ?? 'null') as BoothMe | undefined;
    } catch {
      return false;
    }
    return Boolean(stored?.event && stored.provider && stored.event.id === pairing.eventId && stored.provider.id === pairing.providerId);
  }

  /** The lead changes queued in storage (of the stored pairing, started or not). */
  #storedChanges(): number {
    try {
      const entries: unknown = JSON.parse(this.storage.getItem(PATCHES) ?? '[]');
      return Array.isArray(entries) ? entries.length : 0;
    } catch {
      return 0;
    }
  }

  /**
   * Sends the queued changes once with `token`, for at most SWITCH_SEND_MS (less once the token is refused);
   * answers how many are left and whether the server refused the token (401: it can never send them).
   */
  async #sendWithToken(token: string): Promise<{ left: number; refused: boolean }> {
    const controller = new AbortController();
    const api = new ApiClient({ baseUrl: this.apiBase, token });
    let refused = false;
    let onRefused: () => void = () => undefined;
    const wasRefused = new Promise<void>((resolve) => (onRefused = resolve));
    const send = this.#sender(api, undefined, controller.signal, () => {
      refused = true;
      onRefused();
    });
    const outbox = new Outbox<PendingChange>({ name: 'booth-patches', storage: this.storage, autoStart: false, send });
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([outbox.flush(), wasRefused, new Promise((resolve) => (timer = setTimeout(resolve, SWITCH_SEND_MS)))]);
    clearTimeout(timer);
    outbox.stop();
    controller.abort(); // a change still in flight stays queued
    await outbox.flush();
    return { left: outbox.pending, refused };
  }

  /**
   * The old pairing was revoked, so its `lost` unsent changes can never be sent: takes the new pairing instead of
   * asking (or of ending up unpaired), and says so.
   */
  #takeInstead(pairing: Pairing, lost: number): void {
    this.#newPairing = undefined;
    this.#fallbackPairing = undefined;
    this.switchCount = 0;
    this.linkError = '';
    this.#adopt(pairing, false);
    this.revokedSwitch = this.#i18n.t('switch.revoked', { count: lost });
    void this.#start(pairing.token);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.revoked-switch button')?.focus());
  }

  /** The kept old pairing's token was refused: takes the new pairing held for that case; false when there is none. */
  #takeFallback(): boolean {
    const pairing = this.#fallbackPairing;
    if (!pairing) return false;
    this.#takeInstead(pairing, this.#storedChanges());
    return true;
  }

  /**
   * Staff chose the new pairing: the old pairing's unsent changes go. The question closes (not only leaves the
   * page), the focus goes to the dashboard's heading, and the switch is announced.
   */
  async #switchAndDiscard(): Promise<void> {
    const pairing = this.#newPairing;
    if (!pairing) return;
    this.#newPairing = undefined; // first: the dialog's close event then keeps nothing
    this.renderRoot.querySelector<HTMLDialogElement>('#switch-confirm')?.close();
    this.switchCount = 0;
    this.#adopt(pairing, false);
    const started = this.#start(pairing.token);
    await this.updateComplete;
    const dashboard = this.renderRoot.querySelector<LitElement>('markt-booth-dashboard');
    await dashboard?.updateComplete;
    dashboard?.shadowRoot?.querySelector<HTMLElement>('h1')?.focus();
    this.announcement = this.#i18n.t('switch.done');
    await started;
  }

  /**
   * Staff kept the old pairing (button or Escape): it starts with its queue. The new pairing stays in memory until
   * the old token is confirmed, and is taken if the old token is refused.
   */
  async #keepOldPairing(): Promise<void> {
    if (!this.#newPairing || !this.token) return;
    this.#fallbackPairing = this.#newPairing;
    this.#newPairing = undefined;
    this.switchCount = 0;
    this.linkError = this.#i18n.t('switch.kept');
    const started = this.#start(this.token);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.link-error button')?.focus();
    await started;
  }

  /**
   * Sends one queued change with `api` (the outbox's key goes with it, the same on every retry: the server
   * applies it once, so a retry whose first answer was lost cannot undo what a colleague changed in between).
   * With a feed, the server's answer updates the lead held there unless the feed brought a later state.
   */
  #sender(api: ApiClient, feed: LiveFeed<BoothLead> | undefined, signal?: AbortSignal, onUnauthorized?: () => void) {
    return async ({ id, patch }: PendingChange, idempotencyKey: string): Promise<SendOutcome> => {
      const path = `/api/booth/leads/${encodeURIComponent(id)}`;
      const send = (body: unknown) => api.request<unknown>('PATCH', path, body, signal ? { signal } : {});
      try {
        let answer: unknown;
        try {
          answer = await send({ ...patch, idempotencyKey });
        } catch (error) {
          if (!refusesKey(error)) throw error;
          answer = await send(patch); // an older server (rolling upgrade) that does not know the key
        }
        const held = feed?.leads().find((lead) => lead.id === id);
        // The answer is the lead as the server holds it now (with its seq): keep it unless the feed brought a later state.
        if (isNewer(held, answer)) feed?.updateLead(id, answer);
        else if (held && typeof (answer as { seq?: unknown } | null)?.seq !== 'number') feed?.updateLead(id, patch);
        return 'ok';
      } catch (error) {
        if (isRevoked(error)) onUnauthorized?.();
        return patchOutcome(error);
      }
    };
  }

  async #start(token: string): Promise<void> {
    this.#api.token = token;
    const cached = this.storage.getItem(ME);
    if (cached) this.me = JSON.parse(cached) as BoothMe;
    const feed = new LiveFeed<BoothLead>({
      token,
      storage: this.storage,
      // A lead the tablet cannot show (no contact or tags) is left out rather than break the page.
      isLead: (item) => {
        const lead = item as Partial<BoothLead>;
        return typeof lead.contact === 'object' && lead.contact !== null && Array.isArray(lead.tags);
      },
      ...(this.socketPath ? { path: this.socketPath } : {}),
      ...(this.connect ? { connect: this.connect } : {}),
    });
    this.#feed = feed;
    // Before anything is shown, and with no network: leads past the event's end plus its retention go (review M4).
    this.#retain(feed, this.me);
    this.visits = [...feed.visits()];
    // A freshly paired tablet (nothing stored) first loads what the provider already has: that is not news, so
    // it is neither announced nor marked unread. Its first sync ack ends the load (the replay is applied with it).
    let firstLoad = feed.lastSeq === 0;
    feed.addEventListener('state', (e) => {
      this.connection = e.detail.state;
      if (e.detail.state === 'online' && firstLoad) queueMicrotask(() => (firstLoad = false));
    });
    feed.addEventListener('revoked', () => {
      if (!this.#takeFallback()) this.logout(true);
    });
    feed.addEventListener('items', (e) => {
      if (feed.expired) this.#dropExpiredChanges(); // the feed's timer found the retention over
      this.#showLeads();
      this.visits = [...feed.visits()];
      if (e.detail.newLeads.length > 0 && !firstLoad) {
        this.newLeadIds = new Set([...this.newLeadIds, ...e.detail.newLeads.map((l) => l.id)]);
        const names = e.detail.newLeads.map((l) => l.contact.name || this.#i18n.t('lead.anonymous')).join(', ');
        this.announcement = this.#i18n.t('leads.announce', { name: names });
        if (this.sound) beep();
      }
    });
    const send = this.#sender(this.#api, feed);
    const patches = new Outbox<PendingChange>({
      name: 'booth-patches',
      storage: this.storage,
      autoStart: false,
      send: async (change, key) => {
        const outcome = await send(change, key);
        if (outcome === 'reject' && this.confirmingLogout) this.#refusedWhileConfirming = true;
        return outcome;
      },
    });
    this.#patches = patches;
    patches.addEventListener('change', (e) => {
      if (this.#patches !== patches) return; // an answer to a pairing that was logged out meanwhile
      this.pending = e.detail.pending;
      this.#showLeads();
      // Staff asked to log out and waited: everything was sent, so nothing is lost by logging out now, unless the
      // server refused a change meanwhile: then staff see "not saved" first and decide again.
      if (this.confirmingLogout && e.detail.pending === 0) {
        if (this.#refusedWhileConfirming) this.#cancelLogout(this.#i18n.t('logout.refused'));
        else this.logout(false);
      }
    });
    // The refused change has left the queue by now, so the card shows the server's value again, with the reason.
    patches.addEventListener('rejected', (e) => {
      this.errors = { ...this.errors, [e.detail.item.id]: this.#i18n.t('lead.refused') };
    });
    this.pending = patches.pending;
    this.#showLeads();
    patches.start();
    feed.start();
    try {
      const me = await this.#api.get<BoothMe>('/api/booth/me');
      if (this.#feed !== feed) return; // another pairing was taken meanwhile
      this.#fallbackPairing = undefined; // the kept pairing works: the new one is not needed
      this.me = me;
      this.storage.setItem(ME, JSON.stringify(me));
      this.#retain(feed, me);
      if (me.event) void this.#loadOfferTitles(me.event.id);
      void this.#loadRota();
      clearInterval(this.#rotaTimer);
      this.#rotaTimer = setInterval(() => void this.#loadRota(), ROTA_REFRESH_MS);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && this.#feed === feed) {
        if (isRevoked(error) && this.#takeFallback()) return;
        const reason = this.linkError;
        this.logout(/revoked/i.test(error.code));
        // A kept pairing that turns out invalid (revoked or not): the pairing screen still says why the new link failed.
        if (reason) this.pairError = reason;
      }
    }
  }

  /**
   * Tells the feed when the event's leads must be gone from this tablet (its end plus its retention days, from the
   * profile stored or just loaded); the feed keeps that date and drops them then, on start and on its timer.
   */
  #retain(feed: LiveFeed<BoothLead>, me: BoothMe | undefined): void {
    if (me?.event) feed.retainUntil(deleteAfterOf(me.event));
    if (feed.expired) this.#dropExpiredChanges();
  }

  /** Past retention, staff's unsent changes (notes about the purged leads) go too: the server no longer has those leads. */
  #dropExpiredChanges(): void {
    if (this.storage.getItem(PATCHES) === null) return;
    this.storage.removeItem(PATCHES);
    this.pending = 0;
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

  /** The leads to show: the server's state with the changes still pending over it. */
  #showLeads(): void {
    this.leads = withPending(this.#feed?.leads() ?? [], (this.#patches?.entries() ?? []).map((entry) => entry.item));
  }

  /**
   * Staff pressed "Log out": at once when every change reached the server; otherwise a confirmation says how many
   * would be lost (and the tablet logs out by itself once they are sent, trying now).
   */
  requestLogout(): void {
    if ((this.#patches?.pending ?? 0) === 0) {
      this.logout(false);
      return;
    }
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.#logoutOpener = active instanceof HTMLElement ? active : undefined;
    this.#refusedWhileConfirming = false;
    this.confirmingLogout = true;
    void this.#patches?.flush();
  }

  /** Closes the logout confirmation without logging out, says why, and gives the focus back to "Log out". */
  #cancelLogout(reason: string): void {
    this.confirmingLogout = false;
    this.#shownDialog?.close(); // the page outside a modal dialog cannot take the focus
    this.announcement = reason;
    if (this.#logoutOpener?.isConnected) this.#logoutOpener.focus();
  }

  /**
   * Logs the tablet out at once: forgets the token, every stored lead and any pending change.
   * @param revoked whether the organizer revoked it (then a notice says so)
   */
  logout(revoked = false): void {
    this.confirmingLogout = false;
    // A kept pairing that turns out revoked: the pairing screen still says why the new link did not work.
    this.pairError = revoked ? this.linkError : '';
    this.linkError = '';
    this.#wipe();
    this.token = null;
    this.notice = revoked ? this.#i18n.t('revoked') : '';
    this.dispatchEvent(new CustomEvent('markt-logged-out', { detail: { revoked }, bubbles: true, composed: true }));
  }

  /** Stops feed and outbox and forgets the token, every stored lead, the profile and (unless kept) the pending changes. */
  #wipe(keepQueue = false): void {
    this.#feed?.clear(); // stops it too
    this.#feed = undefined;
    this.#patches?.stop();
    this.#patches = undefined;
    this.storage.removeItem(TOKEN);
    this.storage.removeItem(ME);
    if (!keepQueue) this.storage.removeItem(PATCHES);
    this.storage.removeItem('markt.booth.feed');
    this.#api.token = undefined;
    this.me = undefined;
    this.leads = [];
    this.visits = [];
    this.newLeadIds = new Set();
    this.errors = {};
    this.deleteErrors = {};
    this.offerTitles = {};
    this.announcement = '';
    this.pending = 0;
    this.rota = undefined;
    clearInterval(this.#rotaTimer);
  }

  /** Staff opened (touched or focused) an unread request, or changed it: it is no longer marked. */
  #markSeen(id: string): void {
    if (!this.newLeadIds.has(id)) return;
    const ids = new Set(this.newLeadIds);
    ids.delete(id);
    this.newLeadIds = ids;
  }

  #onLeadChange(event: CustomEvent<LeadChangeDetail>): void {
    const { id, patch } = event.detail;
    this.#markSeen(id);
    const { [id]: _cleared, ...errors } = this.errors;
    this.errors = errors;
    // Shown over the server's state while it waits (see #showLeads); the feed's copy changes only with the server's answer.
    void this.#patches?.enqueue({ id, patch });
  }

  /**
   * Staff confirmed deleting a lead (its visitor withdrew consent): `DELETE /api/booth/leads/:id`. When the server
   * erased it (204), or it was already gone (404: erased by another tablet or purged), the tablet drops it as on
   * `erased` (the server tells the provider's other tablets). Otherwise the card keeps it and says why.
   */
  async #onLeadDelete(event: CustomEvent<LeadDeleteDetail>): Promise<void> {
    const { id } = event.detail;
    const feed = this.#feed;
    const name = feed?.leads().find((lead) => lead.id === id)?.contact.name || this.#i18n.t('lead.anonymous');
    const { [id]: _cleared, ...deleteErrors } = this.deleteErrors;
    this.deleteErrors = deleteErrors;
    try {
      await this.#api.delete(`/api/booth/leads/${encodeURIComponent(id)}`);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        if (isRevoked(error) && !this.#takeFallback()) {
          this.logout(true); // as when the feed learns it: nothing of the provider's stays on the tablet
          return;
        }
        this.deleteErrors = { ...this.deleteErrors, [id]: this.#i18n.t(errorKey(error)) };
        return;
      }
    }
    if (this.#feed !== feed) return; // logged out or paired anew meanwhile
    // The focus was in the deleted card (its "Delete" button): it goes to the next card's heading, or the list's.
    const dashboard = this.renderRoot.querySelector('markt-booth-dashboard');
    const cards = [...(dashboard?.shadowRoot?.querySelectorAll('markt-lead-card') ?? [])];
    const at = cards.findIndex((card) => card.lead?.id === id);
    const hadFocus = at >= 0 && cards[at]!.matches(':focus-within');
    feed?.dropLeads([id]);
    this.#showLeads();
    this.announcement = this.#i18n.t('lead.deleted', { name });
    if (!hadFocus) return;
    const next = cards[at + 1];
    await this.updateComplete;
    await dashboard?.updateComplete;
    const heading = next?.isConnected ? next.shadowRoot?.querySelector<HTMLElement>('h3') : dashboard?.shadowRoot?.querySelector<HTMLElement>('#leads-title');
    heading?.focus();
  }

  async #export(): Promise<void> {
    try {
      // The provider's leads with their consent, made into a file for Excel here, like the organizer's report:
      // ";", a BOM, headers and statuses in the tablet's language, local times, offer titles and stand numbers.
      const { leads } = await this.#api.get<{ leads: ExportLead[] }>('/api/booth/leads');
      const stands = this.me?.stands ?? (this.me?.stand ? [this.me.stand] : []);
      const csv = leadsCsv(leads, {
        t: this.#i18n.t,
        locale: this.locale,
        offerTitles: this.offerTitles,
        standNumbers: Object.fromEntries(stands.map((stand) => [stand.id, stand.number])),
      });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `leads-${this.me?.stand?.number ?? 'stand'}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.announcement = this.#i18n.t('export.failed', { message: this.#i18n.t(errorKey(error)) });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    if (dialog && dialog !== this.#shownDialog) {
      this.#shownDialog = dialog;
      dialog.showModal(); // modal: the focus moves in and stays in; Escape closes it
    }
  }

  #stillPaired(): string {
    const t = this.#i18n.t;
    const provider = this.me?.provider?.name;
    const stands = (this.me?.stands ?? (this.me?.stand ? [this.me.stand] : [])).map((stand) => stand.number);
    if (!provider) return t('pair.stillPairedUnknown');
    if (stands.length === 0) return t('pair.stillPairedProvider', { provider });
    return t('pair.stillPaired', { provider, count: stands.length, stands: stands.join(', ') });
  }

  #renderLinkError() {
    const t = this.#i18n.t;
    return html`<div class="link-error" role="alert">
      <p><strong>${this.linkError}</strong></p>
      <p>${this.#stillPaired()} ${t('pair.howToSwitch')}</p>
      <button @click=${() => (this.linkError = '')}>${t('pair.dismiss')}</button>
    </div>`;
  }

  #renderRevokedSwitch() {
    return html`<div class="link-error revoked-switch" role="alert">
      <p><strong>${this.revokedSwitch}</strong></p>
      <button @click=${() => (this.revokedSwitch = '')}>${this.#i18n.t('pair.dismiss')}</button>
    </div>`;
  }

  #renderLogoutConfirm() {
    const t = this.#i18n.t;
    const stay = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
    // Closed by "Stay logged in" or Escape: the focus goes back to "Log out" (the dialog is in another shadow root).
    const closed = () => {
      if (!this.confirmingLogout) return;
      this.confirmingLogout = false;
      if (this.#logoutOpener?.isConnected) this.#logoutOpener.focus();
    };
    return html`<dialog id="logout-confirm" class="confirm" aria-labelledby="logout-title" aria-describedby="logout-text" @close=${closed}>
      <h2 id="logout-title">${t('logout.pendingTitle')}</h2>
      <p id="logout-text">${t('logout.pending', { count: this.pending })}</p>
      <div class="actions">
        <button class="primary" autofocus @click=${stay}>${t('logout.stay')}</button>
        <button class="discard" @click=${() => this.logout(false)}>${t('logout.discard', { count: this.pending })}</button>
      </div>
    </dialog>`;
  }

  #renderSwitchConfirm() {
    const t = this.#i18n.t;
    const keep = (event: Event) => (event.target as HTMLElement).closest('dialog')?.close();
    return html`<dialog id="switch-confirm" class="confirm" aria-labelledby="switch-title" aria-describedby="switch-text" @close=${() => void this.#keepOldPairing()}>
      <h2 id="switch-title">${t('switch.pendingTitle')}</h2>
      <p id="switch-text">${t('switch.pending', { count: this.switchCount })}</p>
      <div class="actions">
        <button class="primary" autofocus @click=${keep}>${t('switch.keep')}</button>
        <button class="discard" @click=${() => void this.#switchAndDiscard()}>${t('switch.discard', { count: this.switchCount })}</button>
      </div>
    </dialog>`;
  }

  override render() {
    // While a pairing link is checked, the previous pairing (if any) is not shown as if it were the new one.
    if (!this.token || (this.pairBusy && !this.#feed) || this.switchCount > 0) {
      return html`<markt-booth-pairing
        .locale=${this.locale}
        .error=${this.pairError}
        .busy=${this.pairBusy || this.switchCount > 0}
        .notice=${this.notice}
        @markt-pair=${(e: CustomEvent<{ code: string }>) => void this.pair(e.detail.code)}
      ></markt-booth-pairing>${this.switchCount > 0 ? this.#renderSwitchConfirm() : nothing}`;
    }
    return html`${this.linkError ? this.#renderLinkError() : nothing}${this.revokedSwitch ? this.#renderRevokedSwitch() : nothing}<markt-booth-dashboard
      .locale=${this.locale}
      .me=${this.me}
      .leads=${this.leads}
      .visits=${this.visits}
      .connection=${this.connection}
      .newLeadIds=${this.newLeadIds}
      .offerTitles=${this.offerTitles}
      .errors=${this.errors}
      .deleteErrors=${this.deleteErrors}
      .announcement=${this.announcement}
      .sound=${this.sound}
      @markt-lead-change=${this.#onLeadChange}
      @markt-lead-seen=${(e: CustomEvent<LeadSeenDetail>) => this.#markSeen(e.detail.id)}
      @markt-lead-delete=${(e: CustomEvent<LeadDeleteDetail>) => void this.#onLeadDelete(e)}
      @markt-export=${() => void this.#export()}
      @markt-logout=${() => this.requestLogout()}
      @markt-sound-change=${(e: CustomEvent<{ on: boolean }>) => {
        this.sound = e.detail.on;
        if (this.sound) beep(); // the switching click allows sound from now on
      }}
    ></markt-booth-dashboard>
      <markt-booth-duty .locale=${this.locale} .rota=${this.rota} event-starts-at=${this.me?.event?.startsAt ?? ''}></markt-booth-duty>
      ${this.confirmingLogout ? this.#renderLogoutConfirm() : nothing}`;
  }
}
