import type { Client } from '@libsql/client';
import { orderedIdTime } from '../store/ordered-id.js';
import { MIN_COUNT, withholdSmall, withholdTotal, type SmallCount } from '../store/small-counts.js';

/** Who is at the fair right now: kiosks in use and phones seen lately. */
export interface VisitorsNow {
  /** Paired kiosks with a visitor session running (live/presence.ts). */
  kiosks: number;
  /** Distinct phones (device ids) whose QR visit at this event reached the server in the last `PHONE_WINDOW_MS`. */
  phones: number;
}

/**
 * A count that may be suppressed: `null` (shown as "withheld") stands for a count withheld so that no figure points at
 * one or a few persons: 1 to `SMALL_COUNT - 1`, or any count of a list that withholds one (store/small-counts.ts).
 */
export type { SmallCount };

/**
 * Visits and contact requests (leads) as the organizer may see them (privacy review H2): aggregates only,
 * never a single visit or lead, no id, no time of one person, no lead status. Counted up to the end of the
 * last whole `BUCKET_MS` period (`until`) and read once per period, so a figure changes at most once per
 * 5 minutes and never shows when one item came in. Totals from 1 to `SMALL_COUNT - 1` are `null`; the lists list
 * every stand and provider (0 too) and are withheld by the report's rule (`withholdSmall`): a list with a count from
 * 1 to `SMALL_COUNT - 1` withholds all its counts below `SMALL_COUNT` (0 too), and never exactly one (then its
 * smallest shown count too), so no withheld count can be worked out from the exact total.
 */
export interface ActivityStats {
  /** The end of the last whole period counted (ISO time, a multiple of `bucketMinutes`). */
  until: string;
  /** Length of a period in minutes. */
  bucketMinutes: number;
  /** Counts below this are suppressed (`null`). */
  minCount: number;
  visits: SmallCount;
  leads: SmallCount;
  /**
   * Visits per stand: every stand of the event (and a stand deleted since that has visits); shown counts most
   * first, then the withheld ones by stand id.
   */
  perStand: { standId: string; visits: SmallCount }[];
  /** Contact requests per provider: every provider of the event; ordered as `perStand`. */
  perProvider: { providerId: string; leads: SmallCount }[];
}

/** `stats` as the organizer's socket receives it: absolute counts, the newest message wins. */
export interface StatsMessage {
  /** Quizzes completed at the event's kiosks so far. */
  quizzes: number;
  visitorsNow: VisitorsNow;
  /** Visits and leads, aggregated (absent only where a caller reads no activity). */
  activity?: ActivityStats;
}

/** The organizer's visit and lead counts advance in whole periods of this length (ms). */
export const BUCKET_MS = 5 * 60_000;

/** Counts below this are withheld (`null`): the report's threshold (store/small-counts.ts `MIN_COUNT`). */
export const SMALL_COUNT = MIN_COUNT;

/**
 * A count on its own (a total) as the organizer may see it; the counts of a list go through `withholdSmall`.
 * @param n the exact count
 * @returns `n`, or `null` when it is from 1 to `SMALL_COUNT - 1`
 * @example suppress(3); // null
 */
export function suppress(n: number): SmallCount {
  return withholdTotal(n);
}

/**
 * The end of the last whole period before `time`.
 * @param time a time in ms
 * @returns that period's end in ms (a multiple of `BUCKET_MS`)
 * @example bucketEnd(Date.parse('2026-05-01T10:44:59Z')); // 10:40
 */
export function bucketEnd(time: number): number {
  return Math.floor(time / BUCKET_MS) * BUCKET_MS;
}

/**
 * Reads an event's visits and leads as aggregates up to the end of the last whole period before `now`
 * (visits by their `at`, leads by their `created_at`): every stand and provider of the event, small counts
 * withheld by the report's rule (`withholdSmall`, store/small-counts.ts), totals below `SMALL_COUNT` withheld.
 * @param db the database
 * @param eventId the event
 * @param now the current time (default: now)
 * @returns the aggregates, never an item of one person; no withheld count is the total minus the shown ones
 * @example const activity = await readActivity(services.db, 'fair-1', services.now());
 */
export async function readActivity(db: Client, eventId: string, now: Date = new Date()): Promise<ActivityStats> {
  const until = new Date(bucketEnd(now.getTime())).toISOString();
  const [visits, leads, stands, providers] = await db.batch(
    [
      { sql: 'SELECT stand_id AS id, count(*) AS n FROM visits WHERE event_id = ? AND at < ? GROUP BY stand_id', args: [eventId, until] },
      { sql: 'SELECT provider_id AS id, count(*) AS n FROM leads WHERE event_id = ? AND created_at < ? GROUP BY provider_id', args: [eventId, until] },
      { sql: 'SELECT id FROM stands WHERE event_id = ?', args: [eventId] },
      { sql: 'SELECT id FROM providers WHERE event_id = ?', args: [eventId] },
    ],
    'read',
  );
  // Every stand and provider, 0 too (a row left out would tell as much as a shown 0), and the ids that have
  // counts without a row any more (a stand deleted since): else their counts would be the total minus the rows.
  const counts = (result: typeof visits, all: typeof visits) => {
    const map = new Map<string, number>((all?.rows ?? []).map((row) => [String(row.id), 0]));
    for (const row of result?.rows ?? []) map.set(String(row.id), Number(row.n));
    return [...map].map(([id, n]) => ({ id, n }));
  };
  const withheld = (list: { id: string; n: number }[]) => withholdSmall(list, { count: (row) => row.n, key: (row) => row.id });
  const standRows = counts(visits, stands);
  const providerRows = counts(leads, providers);
  const total = (list: { n: number }[]) => list.reduce((sum, row) => sum + row.n, 0);
  return {
    until,
    bucketMinutes: BUCKET_MS / 60_000,
    minCount: SMALL_COUNT,
    visits: suppress(total(standRows)),
    leads: suppress(total(providerRows)),
    perStand: withheld(standRows).map(({ item, value }) => ({ standId: item.id, visits: value })),
    perProvider: withheld(providerRows).map(({ item, value }) => ({ providerId: item.id, leads: value })),
  };
}

/**
 * Holds each event's activity for one period: read once when a period begins, then the same figures until
 * the next, whatever arrives meanwhile (a visit sent late with an old time changes nothing before then).
 * @example
 * const cache = new ActivityCache((eventId, now) => readActivity(db, eventId, now));
 * const activity = await cache.get('fair-1', new Date());
 */
export class ActivityCache {
  readonly #entries = new Map<string, { until: number; value: Promise<ActivityStats> }>();
  readonly #read: (eventId: string, now: Date) => Promise<ActivityStats>;

  /** @param read reads an event's activity (`readActivity`) */
  constructor(read: (eventId: string, now: Date) => Promise<ActivityStats>) {
    this.#read = read;
  }

  /**
   * The event's activity for the period `now` falls in.
   * @param eventId the event
   * @param now the current time
   * @returns the figures read when this period began (read now if not yet)
   * @example await cache.get('fair-1', new Date());
   */
  get(eventId: string, now: Date): Promise<ActivityStats> {
    const until = bucketEnd(now.getTime());
    const held = this.#entries.get(eventId);
    if (held && held.until === until) return held.value;
    const value = this.#read(eventId, now);
    this.#entries.set(eventId, { until, value });
    // A failed read is tried again next time.
    value.catch(() => {
      if (this.#entries.get(eventId)?.value === value) this.#entries.delete(eventId);
    });
    return value;
  }

  /**
   * Forgets an event (nobody watches it any more).
   * @param eventId the event
   * @example cache.forget('fair-1');
   */
  forget(eventId: string): void {
    this.#entries.delete(eventId);
  }
}

/** A phone counts as "here now" for this long after its last visit reached the server. */
export const PHONE_WINDOW_MS = 15 * 60_000;

/**
 * Distinct phones at an event whose visit id lies in a time range (args: from, to, event id). Only `qr`
 * visits are phones; kiosk visits are kiosk sessions, counted by presence.
 */
export const READ_PHONES_SQL = "SELECT count(DISTINCT device_id) AS n FROM visits WHERE id >= ? AND id < ? AND +event_id = ? AND source = 'qr'";

/**
 * Reads an event's totals for the organizer's dashboard: quizzes from the database, phones seen in the
 * last 15 minutes from the database, kiosks in use from memory.
 * @param db the database
 * @param eventId the event
 * @param kiosks the event's kiosks in use (`presence.count(eventId)`)
 * @param now the current time (default: now)
 * @returns the stats message
 * @example const stats = await readStats(services.db, 'fair-1', services.live.presence.count('fair-1'));
 */
export async function readStats(db: Client, eventId: string, kiosks: number, now: Date = new Date()): Promise<StatsMessage> {
  // When a visit reached the server is the start of its id (store/ordered-id.ts): the server's clock, not the
  // phone's, so a phone counts whatever its clock says, and a phone that sends visits it queued while offline
  // counts (it is online now). The range on the primary key reads only the window's visits, however many the
  // event has had; `+event_id` keeps SQLite from scanning the event's visits through an event index instead.
  // Ids of other origin (random ones from before) fall in a 16-minute window of 2^48 ms practically never.
  // The upper bound leaves a minute for the clocks of several server processes (a cluster) to differ.
  const since = orderedIdTime(now.getTime() - PHONE_WINDOW_MS);
  const until = orderedIdTime(now.getTime() + 60_000);
  const [quizzes, phones] = await db.batch(
    [
      { sql: 'SELECT count(*) AS n FROM quizzes WHERE event_id = ?', args: [eventId] },
      { sql: READ_PHONES_SQL, args: [since, until, eventId] },
    ],
    'read',
  );
  return { quizzes: Number(quizzes?.rows[0]?.n ?? 0), visitorsNow: { kiosks, phones: Number(phones?.rows[0]?.n ?? 0) } };
}

/** Options of `StatsPusher`. */
export interface StatsPusherOptions {
  /** Reads an event's stats now. */
  read: (eventId: string) => Promise<StatsMessage>;
  /** Sends them to the event's organizers on this node. */
  send: (eventId: string, stats: StatsMessage) => void;
  /** Whether anyone on this node watches the event (nothing is read for an event nobody watches). */
  watched: (eventId: string) => boolean;
  /** The events watched on this node, for the periodic check (phones drop out of the window as time passes). */
  watchedEvents: () => Iterable<string>;
  log: (line: Record<string, unknown>) => void;
  /** At most one push per event this often (ms). */
  intervalMs?: number;
  /** How often the watched events are read again even without a change (ms). */
  tickMs?: number;
}

/**
 * Pushes an event's stats to its organizers when something may have changed: at once for the first
 * change, then at most once per `intervalMs` (changes in between are read together), and only when the
 * counts differ from the last push.
 * @example
 * const pusher = new StatsPusher({ read, send, watched, watchedEvents, log });
 * pusher.touch('fair-1'); // a visit, a quiz or a kiosk changed something
 */
export class StatsPusher {
  readonly #options: Required<StatsPusherOptions>;
  /** Per event: when the last read started, a pending timer, whether a read is running, the last sent counts. */
  readonly #events = new Map<string, { last: number; timer?: ReturnType<typeof setTimeout> | undefined; reading: boolean; again: boolean; sent?: string }>();
  readonly #tick: ReturnType<typeof setInterval>;

  constructor(options: StatsPusherOptions) {
    this.#options = { intervalMs: 1000, tickMs: 30_000, ...options };
    this.#tick = setInterval(() => {
      for (const eventId of this.#options.watchedEvents()) this.touch(eventId);
    }, this.#options.tickMs);
    this.#tick.unref?.();
  }

  /**
   * Something of the event may have changed: push its stats soon (throttled).
   * @param eventId the event
   * @example hub.subscribeStats(({ eventId }) => pusher.touch(eventId));
   */
  touch(eventId: string): void {
    if (!this.#options.watched(eventId)) {
      this.#events.delete(eventId);
      return;
    }
    let state = this.#events.get(eventId);
    if (!state) this.#events.set(eventId, (state = { last: 0, reading: false, again: false }));
    if (state.reading) {
      state.again = true;
      return;
    }
    if (state.timer) return;
    const wait = state.last + this.#options.intervalMs - Date.now();
    if (wait <= 0) void this.#push(eventId);
    else {
      state.timer = setTimeout(() => void this.#push(eventId), wait);
      state.timer.unref?.();
    }
  }

  /** Stops the timers (the server closes). */
  close(): void {
    clearInterval(this.#tick);
    for (const state of this.#events.values()) clearTimeout(state.timer);
    this.#events.clear();
  }

  async #push(eventId: string): Promise<void> {
    const state = this.#events.get(eventId);
    if (!state) return;
    state.timer = undefined;
    state.reading = true;
    state.again = false;
    state.last = Date.now();
    try {
      const stats = await this.#options.read(eventId);
      const text = JSON.stringify(stats);
      if (text !== state.sent) {
        state.sent = text;
        this.#options.send(eventId, stats);
      }
    } catch (error) {
      this.#options.log({ level: 'error', msg: 'stats read failed', eventId, error: String(error) });
    } finally {
      state.reading = false;
    }
    if (state.again && this.#events.get(eventId) === state) this.touch(eventId);
  }
}
