import { HttpError } from '../http/errors.js';

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** What is limited, for the error message ("pairing attempts"). */
  what: string;
}

/**
 * A fixed-window counter per key, kept in memory. Keys are a device token hash, an account or a
 * pairing code — never the IP alone, because a whole fair shares one Wi-Fi address.
 * @example
 * const loginLimit = new RateLimiter({ limit: 10, windowMs: 15 * 60_000, what: 'login attempts' });
 * loginLimit.hit(`login:${email}`); // throws HttpError 429 past the limit
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #options: RateLimitOptions;
  readonly #now: () => number;

  constructor(options: RateLimitOptions, now: () => number = Date.now) {
    this.#options = options;
    this.#now = now;
  }

  /**
   * Counts one request for `key`.
   * @throws HttpError 429 `RATE_LIMITED` with the seconds to wait, once the key is over its limit
   */
  hit(key: string): void {
    const now = this.#now();
    const { limit, windowMs, what } = this.#options;
    let window = this.#windows.get(key);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
      if (this.#windows.size > 100_000) this.#sweep(now);
    }
    window.count += 1;
    if (window.count > limit) {
      const wait = Math.ceil((window.start + windowMs - now) / 1000);
      throw new HttpError(429, 'RATE_LIMITED', `Too many ${what}: try again in ${wait} seconds.`);
    }
  }

  /** Forgets a key (after a successful login, say). */
  reset(key: string): void {
    this.#windows.delete(key);
  }

  #sweep(now: number): void {
    for (const [key, window] of this.#windows) {
      if (now - window.start >= this.#options.windowMs) this.#windows.delete(key);
    }
  }
}
