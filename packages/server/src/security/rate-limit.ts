import { HttpError } from '../http/errors.js';
import type { Services } from '../services.js';

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

/**
 * A fixed-window counter per key kept in the database (`rate_limits`), so that every server process of a
 * cluster counts the same attempts: with N processes behind a load balancer, an in-memory limit would let
 * N times as many guesses through. One small write per attempt; use it for logins and pairing codes.
 * @example
 * const loginLimit = new SharedRateLimiter(services, { limit: 10, windowMs: 15 * 60_000, what: 'login attempts' });
 * await loginLimit.hit(`login:${email}`); // rejects with HttpError 429 past the limit
 */
export class SharedRateLimiter {
  readonly #services: Services;
  readonly #options: RateLimitOptions;

  /**
   * @param services database, write queue and clock
   * @param options limit per window, window length, what is limited
   */
  constructor(services: Services, options: RateLimitOptions) {
    this.#services = services;
    this.#options = options;
  }

  /**
   * Counts one attempt for `key`, in every process at once.
   * @param key what is limited (an account, a code prefix)
   * @returns when the attempt may go on
   * @throws HttpError 429 `RATE_LIMITED` with the seconds to wait, once the key is over its limit
   */
  async hit(key: string): Promise<void> {
    const now = this.#services.now().getTime();
    const { limit, windowMs, what } = this.#options;
    // SET expressions all see the old row: a window that has run out starts again at 1.
    const row = await this.#services.queue.run(async (tx) =>
      (await tx.execute({
        sql: `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
              ON CONFLICT (key) DO UPDATE SET
                count = CASE WHEN ?2 - window_start >= ?3 THEN 1 ELSE count + 1 END,
                window_start = CASE WHEN ?2 - window_start >= ?3 THEN ?2 ELSE window_start END
              RETURNING window_start, count`,
        args: [key, now, windowMs],
      })).rows[0],
    );
    if (row && Number(row.count) > limit) {
      const wait = Math.max(1, Math.ceil((Number(row.window_start) + windowMs - now) / 1000));
      throw new HttpError(429, 'RATE_LIMITED', `Too many ${what}: try again in ${wait} seconds.`);
    }
  }

  /**
   * Forgets a key (after a successful login, say).
   * @param key the key given to `hit`
   * @returns when it is forgotten
   */
  async reset(key: string): Promise<void> {
    await this.#services.queue.run((tx) => tx.execute({ sql: 'DELETE FROM rate_limits WHERE key = ?', args: [key] }));
  }
}
