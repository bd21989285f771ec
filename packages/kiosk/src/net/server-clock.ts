import type { KeyValueStorage } from './device-id.js';

/** Where the last learned offset is kept, so a device that starts offline still stamps in the server's time. */
const STORAGE_KEY = 'markt.serverClock';

const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Options of a {@link ServerClock}. */
export interface ServerClockOptions {
  /** The device's clock in ms; default `Date.now()` (read at each call). */
  now?: () => number;
  /** Where the offset survives a reload; default `localStorage` when there is one; `null`: nowhere. */
  storage?: KeyValueStorage | null | undefined;
}

/**
 * The server's time as a device knows it: the offset of the device's clock, learned from the `Date` header of
 * the API's answers. The server checks times the device stamps (a lead's `consent.at` may be at most 5 minutes
 * ahead of the server's clock), and fair hardware without NTP often runs minutes off.
 *
 * A `Date` header has 1-second resolution and was written somewhere between sending and receiving: the
 * estimate is the middle of both, so it is off by at most 0.5 s plus half the round trip. The latest answer
 * wins (a device clock that was set meanwhile is followed at once); until one was seen, the offset from the
 * last page (stored) or none (the device clock).
 * @example
 * const clock = new ServerClock();
 * clock.observe(response.headers.get('date'), sentAt);
 * const consent = { text, locale, at: clock.stamp() };
 */
export class ServerClock {
  readonly #now: () => number;
  readonly #storage: KeyValueStorage | null;
  #offsetMs: number | undefined;
  #loaded = false;

  constructor({ now = () => Date.now(), storage = defaultStorage() }: ServerClockOptions = {}) {
    this.#now = now;
    this.#storage = storage;
  }

  /** Server time minus device time in ms, or undefined while no answer was seen (on this page or a former one). */
  get offsetMs(): number | undefined {
    if (!this.#loaded) {
      this.#loaded = true;
      try {
        const stored = Number(this.#storage?.getItem(STORAGE_KEY) ?? Number.NaN);
        if (this.#offsetMs === undefined && Number.isFinite(stored)) this.#offsetMs = stored;
      } catch {
        // No storage: the offset is learned again from the next answer.
      }
    }
    return this.#offsetMs;
  }

  /**
   * Learns the offset from an answer's `Date` header.
   * @param date the header's value (`response.headers.get('date')`); null or unreadable is ignored
   * @param sentAt the device time when the request was sent (ms)
   * @param receivedAt the device time when the answer came; default now
   * @returns the offset now in use (ms), undefined when none is known
   * @example clock.observe('Tue, 24 Nov 2026 21:50:00 GMT', sentAt) // e.g. -600213 for a device 10 min fast
   */
  observe(date: string | null, sentAt: number, receivedAt: number = this.#now()): number | undefined {
    // Only the IMF-fixdate servers send ("Tue, 24 Nov 2026 21:50:00 GMT"): browsers read other text too leniently.
    const serverAt = date && HTTP_DATE.test(date) ? Date.parse(date) : Number.NaN;
    // A device clock set back during the request gives no usable interval.
    if (!Number.isFinite(serverAt) || !(receivedAt >= sentAt)) return this.offsetMs;
    // The header drops the milliseconds: the server's time lies in [serverAt, serverAt + 1000).
    const offset = Math.round(serverAt + 500 - (sentAt + receivedAt) / 2);
    this.#loaded = true;
    if (offset !== this.#offsetMs) {
      this.#offsetMs = offset;
      try {
        this.#storage?.setItem(STORAGE_KEY, String(offset));
      } catch {
        // Storage full or refused: the offset holds for this page.
      }
    }
    return offset;
  }

  /** The server's time now as well as the device knows it (ms); the device's clock while no offset is known. */
  now(): number {
    return this.#now() + (this.offsetMs ?? 0);
  }

  /**
   * A device time in the server's time, as an ISO string: what the device stamps on what it sends.
   * @param deviceTime the device time (ms or ISO string; an unreadable one counts as now); default now
   * @returns the ISO time in the server's clock (the device's own when no offset is known yet)
   * @example clock.stamp() // '2026-11-24T21:50:00.310Z' on a device whose clock shows 22:00
   */
  stamp(deviceTime: number | string = this.#now()): string {
    const ms = typeof deviceTime === 'string' ? Date.parse(deviceTime) : deviceTime;
    return new Date((Number.isFinite(ms) ? ms : this.#now()) + (this.offsetMs ?? 0)).toISOString();
  }

  /** Forgets the offset (here and in storage): the next answer teaches it again. */
  forget(): void {
    this.#offsetMs = undefined;
    this.#loaded = true;
    try {
      this.#storage?.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
  }
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be refused (private mode, sandboxed frames).
    return null;
  }
}

/** The page's clock of the server: every {@link ApiClient} learns from its answers unless given another. */
export const serverClock = new ServerClock();
