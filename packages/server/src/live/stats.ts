import type { Client } from '@libsql/client';
import { orderedIdTime } from '../store/ordered-id.js';

/** Who is at the fair right now: kiosks in use and phones seen lately. */
export interface VisitorsNow {
  /** Paired kiosks with a visitor session running (live/presence.ts). */
  kiosks: number;
  /** Distinct phones (device ids) whose QR visit at this event reached the server in the last `PHONE_WINDOW_MS`. */
  phones: number;
}

/** `stats` as the organizer's socket receives it: absolute counts, the newest message wins. */
export interface StatsMessage {
  /** Quizzes completed at the event's kiosks so far. */
  quizzes: number;
  visitorsNow: VisitorsNow;
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
