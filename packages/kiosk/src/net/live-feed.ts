import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { KeyValueStorage } from './device-id.js';
import { acceptFeed, isFeedMessage, type FeedMessage } from './feed-log.js';

/** The connection as a person should understand it. */
export type ConnectionState = 'connecting' | 'online' | 'offline';

/** A visit as the booth keeps it: only when it happened (visits are anonymous counts). */
export interface FeedVisit {
  seq: number;
  at: string;
}

/** Anything with an id that the feed carries as a lead. */
export interface FeedLead {
  id: string;
}

/**
 * The sequence number of the state a stored lead is in: its own `seq` when it carries one (the server's answer
 * to a change, or a pushed lead), else the number it was first pushed with.
 * @param entry a stored lead with the sequence number of its place in the feed
 * @returns the sequence number to compare a pushed state with
 * @example versionOf({ seq: 3, lead: { id: 'l1', seq: 12 } }) // 12
 */
export function versionOf(entry: { seq: number; lead: FeedLead }): number {
  const own = (entry.lead as { seq?: unknown }).seq;
  return typeof own === 'number' ? own : entry.seq;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the leads of an event must be gone from a tablet: the event's end plus its retention days, as the
 * consent text promised the visitor ("… Tage nach dem Markt gelöscht").
 * @param event the event's `endsAt` and `retentionDays` (default 30, as in the event schema)
 * @returns the deletion date as an ISO string, or undefined when `endsAt` is not a date
 * @example deleteAfterOf({ endsAt: '2026-03-12T14:00:00Z', retentionDays: 30 }) // '2026-04-11T14:00:00.000Z'
 */
export function deleteAfterOf(event: { endsAt: string; retentionDays?: number | undefined }): string | undefined {
  const endsAt = Date.parse(event.endsAt);
  if (!Number.isFinite(endsAt)) return undefined;
  return new Date(endsAt + (event.retentionDays ?? 30) * DAY_MS).toISOString();
}

/** Options of a {@link LiveFeed}. */
export interface LiveFeedOptions {
  /** The booth device token (`auth: { token }` in the handshake). */
  token: string;
  /** socket.io server URL; default the page's own origin. */
  url?: string;
  /** socket.io path; default `/socket.io`. */
  path?: string;
  /** Where lastSeq, leads and visits persist; default `localStorage`. */
  storage?: KeyValueStorage;
  /** Storage key; default `markt.booth.feed`. */
  storageKey?: string;
  /** How long to gather pushed items before applying them in order; default 20 ms. */
  gatherMs?: number;
  /** Opens the socket; default socket.io-client's `io`. */
  connect?: (url: string | undefined, options: Partial<ManagerOptions & SocketOptions>) => Socket;
  /** The clock for the deletion date (see `retainUntil`); default `Date.now`. */
  now?: () => number;
  /** How often a started feed checks the deletion date, without the network; default 60 000 ms. */
  expiryCheckMs?: number;
  /**
   * Whether a pushed lead item is one this page can show; others are left out rather than break it (e.g. a lead
   * without contact, as organizers were once sent). Default: every item with an id.
   */
  isLead?: (item: object) => boolean;
}

/** The events a {@link LiveFeed} dispatches. */
export interface LiveFeedEventMap<L> {
  /** The connection state changed. */
  state: CustomEvent<{ state: ConnectionState }>;
  /** New items were applied, in order, or stored leads were dropped (`fresh` empty). */
  items: CustomEvent<{ fresh: FeedMessage<L | FeedVisit>[]; leads: L[]; newLeads: L[] }>;
  /** The organizer revoked this device: its data is wiped, it must pair again. */
  revoked: CustomEvent<{ reason: string }>;
}

interface Persisted<L> {
  lastSeq: number;
  leads: { seq: number; lead: L }[];
  visits: FeedVisit[];
  /** When every lead must be gone from this device (ISO; see `retainUntil`). */
  deleteAfter?: string;
}

const MAX_VISITS = 20_000;
const SYNC_RETRY_MS = 1000;
const SYNC_RETRY_MAX_MS = 30_000;
// The server refuses a revoked device with DEVICE_REVOKED and an unknown token with UNAUTHORIZED: both mean "pair again".
// Only these exact codes wipe the tablet; anything else (UNAVAILABLE: the server could not check; a network error) is a retry.
const REVOKED_CODES: ReadonlySet<string> = new Set(['DEVICE_REVOKED', 'UNAUTHORIZED']);

/** The refusal code of a socket error: `data.code` (`{ code, message }`), else (an older server) the message or the string itself. */
function refusalCode(error: unknown): string | undefined {
  if (typeof error === 'string') return error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { data, code, message } = error as { data?: unknown; code?: unknown; message?: unknown };
  const dataCode = (data as { code?: unknown } | null | undefined)?.code;
  if (typeof dataCode === 'string') return dataCode;
  if (typeof code === 'string') return code;
  return typeof message === 'string' ? message : undefined;
}

function isRevocation(error: unknown): boolean {
  const code = refusalCode(error);
  return code !== undefined && REVOKED_CODES.has(code);
}

/** Whether a lead carries its own deletion date (`deleteAfter`, if the server sends one) and it has passed. */
function lapsed(lead: object, now: number): boolean {
  const own = Date.parse(String((lead as { deleteAfter?: unknown }).deleteAfter ?? ''));
  return Number.isFinite(own) && now >= own;
}

function timeOf(item: object): string {
  const { at, createdAt } = item as { at?: unknown; createdAt?: unknown };
  if (typeof at === 'string') return at;
  if (typeof createdAt === 'string') return createdAt;
  return new Date().toISOString();
}

/**
 * The booth's live feed of visits and leads over socket.io. On every (re)connect it asks for everything
 * after the last sequence number it applied (`sync { after }`), applies pushed `feed` items in order without
 * repeats, and keeps lastSeq, leads and visits in storage so a reload replays only what is missing. Leads the
 * server deleted (erased or purged) are dropped: on `erased { leadIds }`, and by the booth's `sync` ack, which
 * lists the leads the server still holds. Without the network too: once the deletion date kept with the feed
 * (`retainUntil`: the event's end plus its retention days) has passed, or a lead's own `deleteAfter`, the leads
 * are dropped at load, on a timer while started, and are not stored when pushed late.
 * @example
 * const feed = new LiveFeed<BoothLead>({ token });
 * feed.addEventListener('items', () => render(feed.leads()));
 * feed.addEventListener('revoked', () => showPairing());
 * feed.start();
 */
export class LiveFeed<L extends FeedLead> extends EventTarget {
  readonly #options: Required<Omit<LiveFeedOptions, 'url' | 'path'>> & { url: string | undefined; path: string | undefined };
  #data: Persisted<L>;
  #socket: Socket | undefined;
  #state: ConnectionState = 'offline';
  #revoked = false;
  #gathered: FeedMessage[] = [];
  #gatherTimer: ReturnType<typeof setTimeout> | undefined;
  #syncTimer: ReturnType<typeof setTimeout> | undefined;
  #syncAttempt = 0;
  #expiryTimer: ReturnType<typeof setInterval> | undefined;

  constructor({
    token,
    url,
    path,
    storage = localStorage,
    storageKey = 'markt.booth.feed',
    gatherMs = 20,
    connect = io,
    now = Date.now,
    expiryCheckMs = 60_000,
    isLead = () => true,
  }: LiveFeedOptions) {
    super();
    this.#options = { token, url, path, storage, storageKey, gatherMs, connect, now, expiryCheckMs, isLead };
    this.#data = this.#load();
    // Before anyone reads (and renders) the leads: what is past its deletion date goes first.
    this.#dropExpired();
  }

  /** True once the stored deletion date has passed: the feed holds no leads or visits and keeps none. */
  get expired(): boolean {
    const deleteAfter = Date.parse(this.#data.deleteAfter ?? '');
    return Number.isFinite(deleteAfter) && this.#options.now() >= deleteAfter;
  }

  /**
   * Sets when every lead must be gone from this device (kept with the feed, so a later start without the network
   * knows it), and drops them at once if that time has passed.
   * @param deleteAfter an ISO date, e.g. from {@link deleteAfterOf}; undefined changes nothing
   * @returns how many stored leads were dropped
   * @example feed.retainUntil(deleteAfterOf(me.event)) // 0 while the retention period lasts
   */
  retainUntil(deleteAfter: string | undefined): number {
    if (deleteAfter === undefined || !Number.isFinite(Date.parse(deleteAfter))) return 0;
    if (this.#data.deleteAfter !== deleteAfter) {
      this.#data.deleteAfter = deleteAfter;
      this.#save();
    }
    return this.#dropExpired();
  }

  /** The connection state. */
  get state(): ConnectionState {
    return this.#state;
  }

  /** True once the server refused this device as revoked. */
  get revoked(): boolean {
    return this.#revoked;
  }

  /** The highest sequence number applied. */
  get lastSeq(): number {
    return this.#data.lastSeq;
  }

  /** The leads, newest first. */
  leads(): L[] {
    return [...this.#data.leads].sort((a, b) => b.seq - a.seq).map((entry) => entry.lead);
  }

  /** The visits, oldest first. */
  visits(): readonly FeedVisit[] {
    return this.#data.visits;
  }

  /** Connects (again). */
  start(): void {
    if (this.#socket || this.#revoked) return;
    const { url, path, token, connect, expiryCheckMs } = this.#options;
    this.#dropExpired();
    clearInterval(this.#expiryTimer);
    this.#expiryTimer = setInterval(() => this.#dropExpired(), expiryCheckMs);
    const socket = connect(url, { auth: { token }, ...(path ? { path } : {}), reconnectionDelayMax: 10_000 });
    this.#socket = socket;
    this.#setState('connecting');
    // "Live" only once a catch-up succeeded: connected but not caught up, the tablet would miss what happened meanwhile.
    socket.on('connect', () => {
      this.#syncAttempt = 0;
      this.#sync(socket);
    });
    // Leads erased by their visitor or purged after the retention period: the personal data leaves this tablet too.
    socket.on('erased', (payload: unknown) => {
      const ids = (payload as { leadIds?: unknown } | null)?.leadIds;
      if (!Array.isArray(ids)) return;
      // A change of an erased lead may still wait to be gathered: apply it first, so the drop removes it for good.
      clearTimeout(this.#gatherTimer);
      this.#applyGathered();
      this.dropLeads(ids.filter((id): id is string => typeof id === 'string'));
    });
    socket.on('disconnect', (reason) => {
      clearTimeout(this.#syncTimer);
      if (this.#revoked) return;
      this.#setState('offline');
      // The server closed the socket on purpose: connect again, so a revocation shows up as a refused handshake.
      if (reason === 'io server disconnect') setTimeout(() => this.#socket === socket && socket.connect(), 1000);
    });
    socket.on('connect_error', (error: Error & { data?: unknown }) => {
      if (isRevocation(error)) this.#revoke(refusalCode(error) ?? 'DEVICE_REVOKED');
      else this.#setState('offline');
    });
    socket.on('revoked', () => this.#revoke('DEVICE_REVOKED'));
    socket.on('error', (error: unknown) => {
      if (isRevocation(error)) this.#revoke(refusalCode(error) ?? 'DEVICE_REVOKED');
    });
    // No "connecting" on each reconnect attempt: the state is a live region, and flapping would be read out every few seconds.
    socket.on('feed', (payload: unknown) => {
      for (const message of Array.isArray(payload) ? payload : [payload]) {
        if (isFeedMessage(message) && (message.kind !== 'lead' || this.#options.isLead(message.item as object))) this.#gathered.push(message);
      }
      this.#gatherTimer ??= setTimeout(() => this.#applyGathered(), this.#options.gatherMs);
    });
  }

  /** Disconnects; the stored data stays for the next start. */
  stop(): void {
    clearTimeout(this.#syncTimer);
    clearInterval(this.#expiryTimer);
    this.#expiryTimer = undefined;
    clearTimeout(this.#gatherTimer);
    this.#applyGathered();
    this.#socket?.removeAllListeners();
    this.#socket?.disconnect();
    this.#socket = undefined;
    this.#setState('offline');
  }

  /** Disconnects and forgets everything stored (log out). */
  clear(): void {
    this.stop();
    this.#options.storage.removeItem(this.#options.storageKey);
    this.#data = { lastSeq: 0, leads: [], visits: [] };
  }

  /**
   * Applies pushed messages: the pure {@link acceptFeed} decides which are new and their order.
   * @param messages as they arrived
   * @returns the messages applied
   */
  apply(messages: readonly FeedMessage[]): FeedMessage<L | FeedVisit>[] {
    const { fresh, lastSeq } = acceptFeed(this.#data.lastSeq, messages);
    if (fresh.length === 0) return [];
    const applied: FeedMessage<L | FeedVisit>[] = [];
    const newLeads: L[] = [];
    // Past the deletion date (a late sync, a server that has not purged yet), nothing is kept, only the sequence advances.
    const expired = this.expired;
    const now = this.#options.now();
    for (const message of fresh) {
      if (expired) continue;
      if (message.kind === 'lead') {
        const lead = message.item as L;
        if (lapsed(lead, now)) {
          this.#data.leads = this.#data.leads.filter((entry) => entry.lead.id !== lead.id);
          continue;
        }
        const known = this.#data.leads.find((entry) => entry.lead.id === lead.id);
        // A changed lead (rated, noted) comes again with a new seq: it replaces the old one in its place, unless
        // the stored one is newer (the answer to this tablet's own change, seq 12, before an older push, seq 10).
        if (known) {
          if (versionOf(known) > message.seq) continue;
          known.lead = lead;
        } else {
          this.#data.leads.push({ seq: message.seq, lead });
          newLeads.push(lead);
        }
        applied.push({ ...message, item: lead });
      } else {
        const visit = { seq: message.seq, at: timeOf(message.item as object) };
        this.#data.visits.push(visit);
        applied.push({ ...message, item: visit });
      }
    }
    if (this.#data.visits.length > MAX_VISITS) this.#data.visits = this.#data.visits.slice(-MAX_VISITS);
    this.#data.lastSeq = lastSeq;
    this.#save();
    this.dispatchEvent(new CustomEvent('items', { detail: { fresh: applied, leads: this.leads(), newLeads } }));
    return applied;
  }

  /**
   * Forgets stored leads (the server deleted them: erased by their visitor, or purged).
   * @param ids the lead ids to drop
   * @returns how many stored leads were dropped
   * @example feed.dropLeads(['l3']) // 1
   */
  dropLeads(ids: Iterable<string>): number {
    const gone = new Set(ids);
    return this.#prune((entry) => gone.has(entry.lead.id));
  }

  /**
   * Keeps only the stored leads the server still holds: those up to `upToSeq` whose id is not in `leadIds`
   * are dropped (a later lead may have arrived after the server made its list).
   * @param leadIds the ids the server still holds (the booth's `sync` ack)
   * @param upToSeq the last sequence number the server had sent when it made the list
   * @returns how many stored leads were dropped
   * @example feed.keepLeads(['l5'], 5) // drops l3 if it was stored
   */
  keepLeads(leadIds: Iterable<string>, upToSeq: number): number {
    const kept = new Set(leadIds);
    return this.#prune((entry) => entry.seq <= upToSeq && !kept.has(entry.lead.id));
  }

  /**
   * Changes a stored lead locally (after a successful PATCH), keeping its place in the feed.
   * @param id the lead's id
   * @param patch the changed fields
   */
  updateLead(id: string, patch: Partial<L>): void {
    this.#data.leads = this.#data.leads.map((entry) =>
      entry.lead.id === id ? { seq: entry.seq, lead: { ...entry.lead, ...patch } } : entry,
    );
    this.#save();
  }

  #sync(socket: Socket): void {
    clearTimeout(this.#syncTimer);
    this.#syncTimer = undefined;
    socket.emit('sync', { after: this.#data.lastSeq }, (ack: unknown) => {
      if (this.#socket === socket) this.#onSyncAck(socket, ack);
    });
  }

  #onSyncAck(socket: Socket, ack: unknown): void {
    const { ok, leadIds, lastSeq, error } = (ack ?? {}) as { ok?: unknown; leadIds?: unknown; lastSeq?: unknown; error?: unknown };
    if (ok !== true) {
      const code = (error as { code?: unknown } | null | undefined)?.code;
      if (code === 'DEVICE_REVOKED') this.#revoke(code);
      // SUPERSEDED: a newer sync of this socket is under way and answers for itself.
      else if (code !== 'SUPERSEDED') this.#retrySync(socket);
      return;
    }
    this.#syncAttempt = 0;
    this.#setState('online');
    if (!Array.isArray(leadIds) || typeof lastSeq !== 'number') return;
    // Items of the replay may still wait to be gathered: apply them first, so the list judges them too.
    clearTimeout(this.#gatherTimer);
    this.#applyGathered();
    this.keepLeads(leadIds.filter((id): id is string => typeof id === 'string'), lastSeq);
  }

  /** The server could not replay (e.g. INTERNAL): asks again after 1 s, 2 s, 4 s … at most 30 s, while connected. */
  #retrySync(socket: Socket): void {
    const delay = Math.min(SYNC_RETRY_MS * 2 ** this.#syncAttempt, SYNC_RETRY_MAX_MS);
    this.#syncAttempt += 1;
    clearTimeout(this.#syncTimer);
    this.#syncTimer = setTimeout(() => {
      if (this.#socket === socket && socket.connected) this.#sync(socket);
    }, delay);
  }

  /** Drops what is past its deletion date: everything (leads and visits) once the feed's `deleteAfter` has passed, else each lead whose own `deleteAfter` has. */
  #dropExpired(): number {
    if (this.expired) {
      const dropped = this.#data.leads.length;
      if (dropped === 0 && this.#data.visits.length === 0) return 0;
      this.#data.leads = [];
      this.#data.visits = [];
      this.#save();
      this.dispatchEvent(new CustomEvent('items', { detail: { fresh: [], leads: [], newLeads: [] } }));
      return dropped;
    }
    const now = this.#options.now();
    return this.#prune((entry) => lapsed(entry.lead, now));
  }

  #prune(drop: (entry: { seq: number; lead: L }) => boolean): number {
    const before = this.#data.leads.length;
    this.#data.leads = this.#data.leads.filter((entry) => !drop(entry));
    const dropped = before - this.#data.leads.length;
    if (dropped > 0) {
      this.#save();
      this.dispatchEvent(new CustomEvent('items', { detail: { fresh: [], leads: this.leads(), newLeads: [] } }));
    }
    return dropped;
  }

  #applyGathered(): void {
    this.#gatherTimer = undefined;
    const gathered = this.#gathered;
    this.#gathered = [];
    if (gathered.length > 0) this.apply(gathered);
  }

  #revoke(reason: string): void {
    if (this.#revoked) return;
    this.#revoked = true;
    this.clear();
    this.dispatchEvent(new CustomEvent('revoked', { detail: { reason } }));
  }

  #setState(state: ConnectionState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.dispatchEvent(new CustomEvent('state', { detail: { state } }));
  }

  #load(): Persisted<L> {
    try {
      const raw = this.#options.storage.getItem(this.#options.storageKey);
      const parsed = raw ? (JSON.parse(raw) as Partial<Persisted<L>>) : {};
      return {
        lastSeq: typeof parsed.lastSeq === 'number' ? parsed.lastSeq : 0,
        leads: Array.isArray(parsed.leads) ? parsed.leads : [],
        visits: Array.isArray(parsed.visits) ? parsed.visits : [],
        ...(typeof parsed.deleteAfter === 'string' ? { deleteAfter: parsed.deleteAfter } : {}),
      };
    } catch {
      return { lastSeq: 0, leads: [], visits: [] };
    }
  }

  #save(): void {
    this.#options.storage.setItem(this.#options.storageKey, JSON.stringify(this.#data));
  }

  override addEventListener<K extends keyof LiveFeedEventMap<L>>(
    type: K,
    listener: ((event: LiveFeedEventMap<L>[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof LiveFeedEventMap<L>>(
    type: K,
    listener: ((event: LiveFeedEventMap<L>[K]) => void) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }
}
