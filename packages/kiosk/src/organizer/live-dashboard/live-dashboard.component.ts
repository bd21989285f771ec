import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Provider, Stand } from '@markt/sdk';
import { OrganizerElement } from '../shared/organizer-element.js';
import { liveDashboardStyles } from './live-dashboard.styles.js';

/** Opens a socket.io connection (socket.io-client's `io` by default; tests may pass their own). */
export type SocketConnector = (url: string | undefined, options: Partial<ManagerOptions & SocketOptions>) => Socket;

/** Whether the socket is connected. */
export type LiveState = 'connecting' | 'online' | 'offline' | 'refused';

/** Who is at the fair right now, as the server counts it (`stats.visitorsNow`). */
export interface VisitorsNow {
  /** Paired kiosks with a visitor session running. */
  kiosks: number;
  /** Phones that scanned a stand in the last 15 minutes. */
  phones: number;
}

/** A count the server may have withheld (`null`: from 1 to `minCount - 1`, or a count that would tell one), shown as "withheld". */
export type SmallCount = number | null;

/**
 * Visits and contact requests as the server gives them to organizers (`stats.activity`, server live/stats.ts):
 * aggregates up to the end of the last whole period, never a single visit or lead (privacy review H2).
 */
export interface LiveActivity {
  /** The end of the last whole period counted (ISO time). */
  until: string;
  bucketMinutes: number;
  /** Counts below this come as `null`. */
  minCount: number;
  visits: SmallCount;
  leads: SmallCount;
  perStand: readonly { standId: string; visits: SmallCount }[];
  perProvider: readonly { providerId: string; leads: SmallCount }[];
}

/** A whole number ≥ 0, or undefined. */
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

/** A whole number ≥ 0 or null (suppressed), or undefined when it is neither. */
const smallCount = (value: unknown): SmallCount | undefined => (value === null ? null : count(value));

/** The rows of `perStand` / `perProvider`, or undefined when one is malformed. */
function countRows(value: unknown, idKey: string, countKey: string): { id: string; n: SmallCount }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const rows: { id: string; n: SmallCount }[] = [];
  for (const row of value as unknown[]) {
    const { [idKey]: id, [countKey]: n } = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    const parsed = smallCount(n);
    if (typeof id !== 'string' || parsed === undefined) return undefined;
    rows.push({ id, n: parsed });
  }
  return rows;
}

/** `stats.activity` checked, or undefined when malformed. */
function parseActivity(value: unknown): LiveActivity | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const a = value as Record<string, unknown>;
  const visits = smallCount(a.visits);
  const leads = smallCount(a.leads);
  const bucketMinutes = count(a.bucketMinutes);
  const minCount = count(a.minCount);
  const perStand = countRows(a.perStand, 'standId', 'visits');
  const perProvider = countRows(a.perProvider, 'providerId', 'leads');
  if (typeof a.until !== 'string' || Number.isNaN(Date.parse(a.until))) return undefined;
  if (visits === undefined || leads === undefined || !bucketMinutes || !minCount || !perStand || !perProvider) return undefined;
  return {
    until: a.until,
    bucketMinutes,
    minCount,
    visits,
    leads,
    perStand: perStand.map(({ id, n }) => ({ standId: id, visits: n })),
    perProvider: perProvider.map(({ id, n }) => ({ providerId: id, leads: n })),
  };
}

/**
 * @summary The live dashboard of a running fair: visitors now (kiosks in use and phones, as the server
 * counts them), visits and visits per stand, contact requests and contact requests per provider, and quizzes
 * completed, all from the server's `stats { quizzes, visitorsNow, activity }` messages (absolute counts: the
 * newest wins). Visits and contact requests are aggregates per 5-minute period with counts below 5 shown as
 * "withheld" (privacy review H2): the organizer never sees a single visit or lead, and feed items, should any
 * arrive, are not counted. The counters are no live region (they change too often to be read out); the
 * connection state is.
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
  /** The server's latest quiz total (an absolute count: the newest message wins). */
  @state() private liveQuizzes: number | undefined;
  /** The server's latest count of visitors now; undefined until the first `stats` message. */
  @state() private visitorsNow: VisitorsNow | undefined;
  /** The server's latest visit and lead aggregates; undefined until a `stats` message carries them. */
  @state() private activity: LiveActivity | undefined;

  #socket: Socket | undefined;

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
    // No `sync`: the server sends organizers no feed items, only `stats` (on connect and when counts change).
    socket.on('connect', () => (this.connection = 'online'));
    socket.on('disconnect', () => (this.connection = 'offline'));
    // A network error is retried by socket.io (still active); a refusal by the server (the session ended, say)
    // is not: say so, instead of "offline" for ever.
    socket.on('connect_error', () => (this.connection = socket.active ? 'offline' : 'refused'));
    socket.on('stats', (message: unknown) => this.applyStats(message));
  }

  /**
   * Takes the server's totals of the event (`stats { quizzes, visitorsNow: { kiosks, phones }, activity }`).
   * @param message the payload; ignored unless `quizzes` is a whole number ≥ 0, `visitorsNow`, when present,
   * has whole numbers ≥ 0 for `kiosks` and `phones`, and `activity`, when present, is well-formed (counts are
   * whole numbers ≥ 0 or null for "< minCount")
   * @returns whether it was taken
   * @example dashboard.applyStats({ quizzes: 4, visitorsNow: { kiosks: 3, phones: 12 } }); // true
   */
  applyStats(message: unknown): boolean {
    const { quizzes, visitorsNow, activity } = (typeof message === 'object' && message !== null ? message : {}) as {
      quizzes?: unknown;
      visitorsNow?: unknown;
      activity?: unknown;
    };
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
    const counts = activity === undefined ? undefined : parseActivity(activity);
    if (activity !== undefined && !counts) return false;
    this.liveQuizzes = total;
    if (visitors) this.visitorsNow = visitors;
    if (counts) this.activity = counts;
    return true;
  }

  #close(): void {
    this.#socket?.removeAllListeners();
    this.#socket?.disconnect();
    this.#socket = undefined;
    this.connection = 'offline';
  }

  /** A count as shown: "withheld" for a withheld one. */
  #shown(n: SmallCount): string {
    return n === null ? this.t('live.withheld') : String(n);
  }

  #standName(id: string): string {
    const stand = this.stands.find((s) => s.id === id);
    if (!stand) return id;
    const provider = this.providers.find((p) => p.id === stand.providerId);
    return provider ? `${stand.number} · ${provider.name}` : stand.number;
  }

  #table(id: string, caption: string, rows: [string, string][]) {
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
    const activity = this.activity;
    const min = activity?.minCount ?? 5;
    // Most first; a suppressed count (1 to min - 1) below every shown one, then by name.
    const rank = (n: SmallCount) => n ?? 0.5;
    const byCount = (a: [string, SmallCount], b: [string, SmallCount]) => rank(b[1]) - rank(a[1]) || a[0].localeCompare(b[0], 'de', { numeric: true });
    const rows = (list: [string, SmallCount][]): [string, string][] => list.sort(byCount).map(([label, n]) => [label, this.#shown(n)]);
    const stands = rows((activity?.perStand ?? []).map((row): [string, SmallCount] => [this.#standName(row.standId), row.visits]));
    const providers = rows(
      (activity?.perProvider ?? []).map((row): [string, SmallCount] => [this.providers.find((p) => p.id === row.providerId)?.name ?? row.providerId, row.leads]),
    );
    const time = activity ? new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(activity.until)) : '';
    return html`<h2>${this.t('live.title')}</h2>
      <p role="status" class="state-${this.connection}">${this.t('live.connection', { state: this.t(`live.state.${this.connection}`) })}</p>
      <dl class="counters" part="counters">
        <div data-counter="visitorsNow">
          <dt>${this.t('live.visitorsNow')}</dt>
          <dd class="total">${visitors ? visitors.kiosks + visitors.phones : '–'}</dd>
          <dd class="split">${visitors ? this.t('live.visitorsSplit', { kiosks: visitors.kiosks, phones: visitors.phones }) : this.t('live.visitorsWaiting')}</dd>
        </div>
        <div data-counter="visits"><dt>${this.t('live.visits')}</dt><dd>${activity ? this.#shown(activity.visits) : '–'}</dd></div>
        <div data-counter="leads"><dt>${this.t('live.leads')}</dt><dd>${activity ? this.#shown(activity.leads) : '–'}</dd></div>
        <div data-counter="quizzes"><dt>${this.t('live.quizzes')}</dt><dd>${this.liveQuizzes ?? this.quizzes}</dd></div>
      </dl>
      <p class="hint">${this.t('live.visitorsHint')}</p>
      <p class="hint activity">${activity
        ? this.t('live.activityHint', { time, minutes: activity.bucketMinutes, min })
        : this.t('live.activityWaiting')}</p>
      <div class="columns">
        ${this.#table('per-stand', this.t('live.perStand'), stands)} ${this.#table('per-provider', this.t('live.perProvider'), providers)}
      </div>`;
  }
}
