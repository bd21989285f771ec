import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Provider, Stand } from '@markt/sdk';
import { OrganizerElement } from '../shared/organizer-element.js';
import { liveDashboardStyles } from './live-dashboard.styles.js';

/** One item of the event's live feed (`feed { seq, kind, item }`). */
export interface LiveFeedMessage {
  seq: number;
  kind: string;
  item: Record<string, unknown>;
}

/** Opens a socket.io connection (socket.io-client's `io` by default; tests may pass their own). */
export type SocketConnector = (url: string | undefined, options: Partial<ManagerOptions & SocketOptions>) => Socket;

/** Whether the socket is connected. */
export type LiveState = 'connecting' | 'online' | 'offline' | 'refused';

function isFeedMessage(value: unknown): value is LiveFeedMessage {
  const m = value as Partial<LiveFeedMessage> | null;
  return typeof m === 'object' && m !== null && typeof m.seq === 'number' && typeof m.kind === 'string' && typeof m.item === 'object' && m.item !== null;
}

/** Who is at the fair right now, as the server counts it (`stats.visitorsNow`). */
export interface VisitorsNow {
  /** Paired kiosks with a visitor session running. */
  kiosks: number;
  /** Phones that scanned a stand in the last 15 minutes. */
  phones: number;
}

/** A whole number ≥ 0, or undefined. */
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

/**
 * @summary The live dashboard of a running fair: visitors now (kiosks in use and phones, as the server
 * counts them), visits per stand, contact requests per provider and quizzes completed, updated on each
 * `feed` item from socket.io, and the totals on each `stats { quizzes, visitorsNow: { kiosks, phones } }`
 * message (absolute counts: the newest wins). On every (re)connect it sends `sync { after }` with the last
 * sequence number it counted, so nothing is counted twice or missed. The counters are no live region (they
 * change too often to be read out); the connection state is.
 * @csspart counters - the counter tiles
 * @cssproperty --markt-counter-bg - background of a counter tile
 */
export class LiveDashboard extends OrganizerElement {
  static override styles = liveDashboardStyles;

  /** The event to watch (`auth: { eventId }` in the handshake; the session cookie authenticates). */
  @property({ attribute: 'event-id' }) eventId = '';
  /** Stands, to name the stands in the per-stand table. */
  @property({ attribute: false }) stands: readonly Stand[] = [];
  /** Providers, to name them in the per-provider table. */
  @property({ attribute: false }) providers: readonly Provider[] = [];
  /** Quizzes completed when the dashboard opened (from the report); `stats` messages replace it live. */
  @property({ type: Number }) quizzes = 0;
  /** socket.io server URL; default the page's origin. */
  @property() url: string | undefined;
  /** socket.io path; default `/socket.io`. */
  @property() path = '/socket.io';
  /** Opens the socket; injectable for tests. */
  @property({ attribute: false }) connect: SocketConnector = io;

  @state() private connection: LiveState = 'offline';
  @state() private visits = 0;
  @state() private leads = 0;
  @state() private feedQuizzes = 0;
  /** The server's latest quiz total (an absolute count: the newest message wins). */
  @state() private liveQuizzes: number | undefined;
  @state() private perStand = new Map<string, number>();
  @state() private perProvider = new Map<string, number>();
  /** The server's latest count of visitors now; undefined until the first `stats` message. */
  @state() private visitorsNow: VisitorsNow | undefined;

  #socket: Socket | undefined;
  #seen = new Set<number>();
  /** Ids of the visits and leads counted: a lead comes again (new seq) each time booth staff rate or tag it. */
  #counted = new Set<string>();
  #lastSeq = 0;

  /** The highest sequence number counted. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('eventId') || changed.has('connect') || changed.has('url') || changed.has('path')) this.#open();
  }

  #open(): void {
    this.#close();
    if (!this.eventId || !this.isConnected) return;
    this.connection = 'connecting';
    const socket = this.connect(this.url, { path: this.path, auth: { eventId: this.eventId }, withCredentials: true });
    this.#socket = socket;
    socket.on('connect', () => {
      this.connection = 'online';
      socket.emit('sync', { after: this.#lastSeq });
    });
    socket.on('disconnect', () => (this.connection = 'offline'));
    // A network error is retried by socket.io (still active); a refusal by the server (the session ended, say)
    // is not: say so, instead of "offline" for ever.
    socket.on('connect_error', () => (this.connection = socket.active ? 'offline' : 'refused'));
    socket.on('feed', (message: unknown) => {
      if (isFeedMessage(message)) this.applyFeed(message);
    });
    socket.on('stats', (message: unknown) => this.applyStats(message));
  }

  /**
   * Takes the server's totals of the event (`stats { quizzes, visitorsNow: { kiosks, phones } }`).
   * @param message the payload; ignored unless `quizzes` is a whole number ≥ 0 and `visitorsNow`, when
   * present, has whole numbers ≥ 0 for `kiosks` and `phones`
   * @returns whether it was taken
   * @example dashboard.applyStats({ quizzes: 4, visitorsNow: { kiosks: 3, phones: 12 } }); // true
   */
  applyStats(message: unknown): boolean {
    const { quizzes, visitorsNow } = (typeof message === 'object' && message !== null ? message : {}) as { quizzes?: unknown; visitorsNow?: unknown };
    const total = count(quizzes);
    if (total === undefined) return false;
    let visitors: VisitorsNow | undefined;
    if (visitorsNow !== undefined) {
      const { kiosks, phones } = (typeof visitorsNow === 'object' && visitorsNow !== null ? visitorsNow : {}) as Record<string, unknown>;
      const k = count(kiosks);
      const p = count(phones);
      if (k === undefined || p === undefined) return false;
      visitors = { kiosks: k, phones: p };
    }
    this.liveQuizzes = total;
    if (visitors) this.visitorsNow = visitors;
    return true;
  }

  #close(): void {
    this.#socket?.removeAllListeners();
    this.#socket?.disconnect();
    this.#socket = undefined;
    this.connection = 'offline';
  }

  /**
   * Counts one feed item once, whatever order or how often it arrives; a visit or lead that comes again
   * with a newer seq (a lead changed at the booth) is not counted again.
   * @param message `{ seq, kind, item }` as the server pushes it
   * @returns false when the item (this seq) was seen before
   */
  applyFeed(message: LiveFeedMessage): boolean {
    if (this.#seen.has(message.seq)) return false;
    this.#seen.add(message.seq);
    this.#lastSeq = Math.max(this.#lastSeq, message.seq);
    const { item } = message;
    if (message.kind === 'visit' || message.kind === 'lead') {
      const key = typeof item.id === 'string' ? `${message.kind}:${item.id}` : undefined;
      if (key !== undefined && this.#counted.has(key)) return true;
      if (key !== undefined) this.#counted.add(key);
    }
    if (message.kind === 'visit') {
      this.visits += 1;
      if (typeof item.standId === 'string') this.perStand = new Map(this.perStand).set(item.standId, (this.perStand.get(item.standId) ?? 0) + 1);
    } else if (message.kind === 'lead') {
      this.leads += 1;
      if (typeof item.providerId === 'string') this.perProvider = new Map(this.perProvider).set(item.providerId, (this.perProvider.get(item.providerId) ?? 0) + 1);
    } else if (message.kind === 'quiz') {
      this.feedQuizzes += 1;
    }
    return true;
  }

  #standName(id: string): string {
    const stand = this.stands.find((s) => s.id === id);
    if (!stand) return id;
    const provider = this.providers.find((p) => p.id === stand.providerId);
    return provider ? `${stand.number} · ${provider.name}` : stand.number;
  }

  #table(id: string, caption: string, rows: [string, number][]) {
    if (rows.length === 0) return html`<section><h3>${caption}</h3><p>${this.t('live.none')}</p></section>`;
    return html`<section>
      <table data-table=${id}>
        <caption><h3>${caption}</h3></caption>
        <thead><tr><th scope="col">${this.t('report.label')}</th><th scope="col">${this.t('report.value')}</th></tr></thead>
        <tbody>${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}</tbody>
      </table>
    </section>`;
  }

  override render() {
    const visitors = this.visitorsNow;
    const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0], 'de', { numeric: true });
    const stands = [...this.perStand].map(([id, n]): [string, number] => [this.#standName(id), n]).sort(byCount);
    const providers = [...this.perProvider]
      .map(([id, n]): [string, number] => [this.providers.find((p) => p.id === id)?.name ?? id, n])
      .sort(byCount);
    return html`<h2>${this.t('live.title')}</h2>
      <p role="status" class="state-${this.connection}">${this.t('live.connection', { state: this.t(`live.state.${this.connection}`) })}</p>
      <dl class="counters" part="counters">
        <div data-counter="visitorsNow">
          <dt>${this.t('live.visitorsNow')}</dt>
          <dd class="total">${visitors ? visitors.kiosks + visitors.phones : '–'}</dd>
          <dd class="split">${visitors ? this.t('live.visitorsSplit', { kiosks: visitors.kiosks, phones: visitors.phones }) : this.t('live.visitorsWaiting')}</dd>
        </div>
        <div data-counter="visits"><dt>${this.t('live.visits')}</dt><dd>${this.visits}</dd></div>
        <div data-counter="leads"><dt>${this.t('live.leads')}</dt><dd>${this.leads}</dd></div>
        <div data-counter="quizzes"><dt>${this.t('live.quizzes')}</dt><dd>${this.liveQuizzes ?? this.quizzes + this.feedQuizzes}</dd></div>
      </dl>
      <p class="hint">${this.t('live.visitorsHint')}</p>
      <div class="columns">
        ${this.#table('per-stand', this.t('live.perStand'), stands)} ${this.#table('per-provider', this.t('live.perProvider'), providers)}
      </div>`;
  }
}
