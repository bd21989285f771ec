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
export type LiveState = 'connecting' | 'online' | 'offline';

function isFeedMessage(value: unknown): value is LiveFeedMessage {
  const m = value as Partial<LiveFeedMessage> | null;
  return typeof m === 'object' && m !== null && typeof m.seq === 'number' && typeof m.kind === 'string' && typeof m.item === 'object' && m.item !== null;
}

const RECENT_MS = 15 * 60_000;

/**
 * @summary The live dashboard of a running fair: visitors now, visits per stand, contact requests per
 * provider and quizzes completed, updated on each `feed` item from socket.io, and the quiz total on each
 * `stats { quizzes }` message. On every (re)connect it sends `sync { after }` with the last sequence number
 * it counted, so nothing is counted twice or missed.
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
  @state() private recent: number[] = [];

  #socket: Socket | undefined;
  #seen = new Set<number>();
  #lastSeq = 0;
  #tick: ReturnType<typeof setInterval> | undefined;

  /** The highest sequence number counted. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#tick = setInterval(() => this.requestUpdate(), 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#tick);
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
    socket.on('connect_error', () => (this.connection = 'offline'));
    socket.on('feed', (message: unknown) => {
      if (isFeedMessage(message)) this.applyFeed(message);
    });
    socket.on('stats', (message: unknown) => this.applyStats(message));
  }

  /**
   * Takes the server's totals of the event (`stats { quizzes }`).
   * @param message the payload; anything without a whole, non-negative `quizzes` is ignored
   * @returns whether it was taken
   */
  applyStats(message: unknown): boolean {
    const quizzes = (message as { quizzes?: unknown } | null)?.quizzes;
    if (typeof quizzes !== 'number' || !Number.isInteger(quizzes) || quizzes < 0) return false;
    this.liveQuizzes = quizzes;
    return true;
  }

  #close(): void {
    this.#socket?.removeAllListeners();
    this.#socket?.disconnect();
    this.#socket = undefined;
    this.connection = 'offline';
  }

  /**
   * Counts one feed item once, whatever order or how often it arrives.
   * @param message `{ seq, kind, item }` as the server pushes it
   * @returns false when the item was counted before
   */
  applyFeed(message: LiveFeedMessage): boolean {
    if (this.#seen.has(message.seq)) return false;
    this.#seen.add(message.seq);
    this.#lastSeq = Math.max(this.#lastSeq, message.seq);
    const { item } = message;
    if (message.kind === 'visit') {
      this.visits += 1;
      if (typeof item.standId === 'string') this.perStand = new Map(this.perStand).set(item.standId, (this.perStand.get(item.standId) ?? 0) + 1);
      const at = typeof item.at === 'string' ? Date.parse(item.at) : Date.now();
      this.recent = [...this.recent.filter((t) => Date.now() - t <= RECENT_MS), Number.isNaN(at) ? Date.now() : at];
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
    const now = Date.now();
    const visitorsNow = this.recent.filter((t) => now - t <= RECENT_MS && t <= now + 60_000).length;
    const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0], 'de', { numeric: true });
    const stands = [...this.perStand].map(([id, n]): [string, number] => [this.#standName(id), n]).sort(byCount);
    const providers = [...this.perProvider]
      .map(([id, n]): [string, number] => [this.providers.find((p) => p.id === id)?.name ?? id, n])
      .sort(byCount);
    return html`<h2>${this.t('live.title')}</h2>
      <p role="status" class="state-${this.connection}">${this.t('live.connection', { state: this.t(`live.state.${this.connection}`) })}</p>
      <dl class="counters" part="counters">
        <div data-counter="visitorsNow"><dt>${this.t('live.visitorsNow')}</dt><dd>${visitorsNow}</dd></div>
        <div data-counter="visits"><dt>${this.t('live.visits')}</dt><dd>${this.visits}</dd></div>
        <div data-counter="leads"><dt>${this.t('live.leads')}</dt><dd>${this.leads}</dd></div>
        <div data-counter="quizzes"><dt>${this.t('live.quizzes')}</dt><dd>${this.liveQuizzes ?? this.quizzes + this.feedQuizzes}</dd></div>
      </dl>
      <div class="columns">
        ${this.#table('per-stand', this.t('live.perStand'), stands)} ${this.#table('per-provider', this.t('live.perProvider'), providers)}
      </div>`;
  }
}
