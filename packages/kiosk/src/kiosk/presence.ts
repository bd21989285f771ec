import { ApiError, type ApiClient } from '../net/api-client.js';

/** The server's answer to `POST /api/kiosk/sessions`. */
interface SessionAnswer {
  state: 'active' | 'idle';
  /** How long an `active` report lasts on the server. */
  ttlSeconds: number;
}

/** Options of `SessionReporter`. */
export interface SessionReporterOptions {
  /** A client with the kiosk's device token. */
  client: Pick<ApiClient, 'request'>;
  /** Seconds between `active` reports until the server has said how long one lasts (then a third of that). */
  heartbeatSeconds?: number;
  /** Called once when the server refuses the device token (401): nothing is sent after. */
  onUnauthorized?: (code: string) => void;
}

const defaults = Object.freeze({ heartbeatSeconds: 30 });
/** A report that has no answer by then is given up (the next heartbeat follows). */
const TIMEOUT_MS = 10_000;

/**
 * Tells the server whether a visitor session runs on this paired kiosk (`POST /api/kiosk/sessions
 * { state }`), for the organizer's "visitors now". Nothing about the visitor is sent: only the state.
 * While active it repeats `active` (a heartbeat, a third of the server's timeout), so a report lost on
 * flaky Wi-Fi is made good by the next one, and a kiosk that drops off simply expires on the server.
 * `idle` is sent once, best effort.
 * @example
 * const reporter = new SessionReporter({ client: new ApiClient({ baseUrl: '', token }) });
 * reporter.active = true;  // the visitor touched the attract screen
 * reporter.active = false; // idle wipe or "finish"
 */
export class SessionReporter {
  readonly #client: Pick<ApiClient, 'request'>;
  readonly #onUnauthorized: ((code: string) => void) | undefined;
  #heartbeatMs: number;
  #active = false;
  #stopped = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts changes, so a heartbeat of an earlier session never schedules another. */
  #generation = 0;
  /** Reports go out one after another, so an `idle` never overtakes the `active` before it. */
  #chain: Promise<void> = Promise.resolve();

  constructor({ client, heartbeatSeconds = defaults.heartbeatSeconds, onUnauthorized }: SessionReporterOptions) {
    this.#client = client;
    this.#heartbeatMs = heartbeatSeconds * 1000;
    this.#onUnauthorized = onUnauthorized;
  }

  /** Whether a visitor session runs; setting it reports a change (a repeated value changes nothing). */
  get active(): boolean {
    return this.#active;
  }

  set active(on: boolean) {
    if (on === this.#active || this.#stopped) return;
    this.#active = on;
    const generation = ++this.#generation;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (on) void this.#beat(generation);
    else void this.#send('idle');
  }

  /** Stops for good (the kiosk was unpaired or left the page): no more reports, no `idle` either. */
  stop(): void {
    this.#stopped = true;
    this.#active = false;
    this.#generation += 1;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #beat(generation: number): Promise<void> {
    await this.#send('active');
    if (generation !== this.#generation) return;
    this.#timer = setTimeout(() => void this.#beat(generation), this.#heartbeatMs);
  }

  #send(state: 'active' | 'idle'): Promise<void> {
    this.#chain = this.#chain.then(() => this.#post(state));
    return this.#chain;
  }

  async #post(state: 'active' | 'idle'): Promise<void> {
    if (this.#stopped) return;
    try {
      // keepalive: an `idle` sent as the page goes away still leaves; a hanging request must not hold the next.
      const init = { keepalive: true, signal: AbortSignal.timeout(TIMEOUT_MS) };
      const answer = await this.#client.request<SessionAnswer>('POST', '/api/kiosk/sessions', { state }, init);
      if (answer && typeof answer.ttlSeconds === 'number' && answer.ttlSeconds > 0) this.#heartbeatMs = (answer.ttlSeconds * 1000) / 3;
    } catch (error) {
      // Offline or a server hiccup: the next heartbeat (or the server's expiry) makes it good.
      if (error instanceof ApiError && error.status === 401) {
        this.stop();
        this.#onUnauthorized?.(error.code);
      }
    }
  }
}
