/** Defaults of `KioskPresence`. */
export const presenceDefaults = Object.freeze({
  /**
   * How long a kiosk counts as in use after its last `active` report. A kiosk in use repeats the report
   * every third of this (it learns the value from the answer), so a kiosk that drops off the Wi-Fi stops
   * counting after at most this long; the kiosk's own idle reset (60 s by default) comes well before.
   */
  activeMs: 90_000,
});

/** Options of `KioskPresence`. */
export interface PresenceOptions {
  /** See `presenceDefaults.activeMs`; tests make it short. */
  activeMs?: number;
  /** The clock (milliseconds). */
  now?: () => number;
}

/** A change of an event's count of kiosks in use. */
export type PresenceListener = (eventId: string) => void;

/**
 * Which paired kiosks are in use right now, per event, in memory: nothing about the visitor, only
 * "this kiosk has a visitor session" with an expiry. Marks are idempotent (by device), so a repeated or
 * late report changes nothing, and a kiosk that never says `idle` expires by itself.
 * @example
 * const presence = new KioskPresence({ activeMs: 90_000 });
 * presence.mark('fair-1', 'kiosk-7', 'active');
 * presence.count('fair-1'); // 1
 */
export class KioskPresence {
  readonly activeMs: number;
  readonly #now: () => number;
  /** eventId → deviceId → expiry (ms). */
  readonly #active = new Map<string, Map<string, number>>();
  readonly #listeners = new Set<PresenceListener>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;

  constructor({ activeMs = presenceDefaults.activeMs, now = Date.now }: PresenceOptions = {}) {
    if (!Number.isFinite(activeMs) || activeMs <= 0) throw new RangeError(`activeMs must be a positive number of milliseconds, not ${activeMs}.`);
    this.activeMs = activeMs;
    this.#now = now;
  }

  /**
   * Notes that a kiosk is in use (or no longer).
   * @param eventId the kiosk's event
   * @param deviceId the kiosk's device id
   * @param state `active` (a visitor session runs; repeat it as a heartbeat) or `idle`
   * @param ttlMs how long an `active` mark lasts (default `activeMs`; another node passes what is left)
   * @returns whether the event's count changed
   * @example presence.mark('fair-1', 'kiosk-7', 'idle'); // true when it was active
   */
  mark(eventId: string, deviceId: string, state: 'active' | 'idle', ttlMs = this.activeMs): boolean {
    const before = this.count(eventId);
    if (state === 'active' && ttlMs > 0) {
      let devices = this.#active.get(eventId);
      if (!devices) this.#active.set(eventId, (devices = new Map()));
      devices.set(deviceId, this.#now() + Math.min(ttlMs, this.activeMs));
      this.#schedule();
    } else {
      this.#active.get(eventId)?.delete(deviceId);
    }
    const changed = this.count(eventId) !== before;
    if (changed) this.#emit(eventId);
    return changed;
  }

  /**
   * Forgets a kiosk at every event (it was revoked).
   * @param deviceId the device id
   * @example revokeEvents.on('revoked', (id) => presence.forget(id));
   */
  forget(deviceId: string): void {
    for (const [eventId, devices] of this.#active) {
      if (devices.delete(deviceId)) this.#emit(eventId);
    }
  }

  /**
   * How many kiosks of an event are in use now.
   * @param eventId the event
   * @returns the number of unexpired `active` marks
   * @example presence.count('fair-1'); // 0
   */
  count(eventId: string): number {
    const devices = this.#active.get(eventId);
    if (!devices) return 0;
    const now = this.#now();
    let n = 0;
    for (const expires of devices.values()) if (expires > now) n += 1;
    return n;
  }

  /**
   * Listens for changes of any event's count (a mark, an `idle`, an expiry, a revocation).
   * @param listener called with the event id
   * @returns a function that unsubscribes
   * @example const off = presence.subscribe((eventId) => pushStats(eventId));
   */
  subscribe(listener: PresenceListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops the expiry timer (the marks stay; `count` still ignores expired ones). */
  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
  }

  #emit(eventId: string): void {
    for (const listener of this.#listeners) listener(eventId);
  }

  /** One timer for the earliest expiry; on firing, drops what expired and tells the listeners. */
  #schedule(): void {
    let next = Infinity;
    for (const devices of this.#active.values()) for (const expires of devices.values()) next = Math.min(next, expires);
    if (next === this.#timerAt) return;
    clearTimeout(this.#timer);
    this.#timerAt = next;
    if (next === Infinity) {
      this.#timer = undefined;
      return;
    }
    this.#timer = setTimeout(() => this.#expire(), Math.max(0, next - this.#now()) + 5);
    this.#timer.unref?.();
  }

  #expire(): void {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = this.#now();
    for (const [eventId, devices] of this.#active) {
      let dropped = false;
      for (const [deviceId, expires] of devices) {
        if (expires <= now) {
          devices.delete(deviceId);
          dropped = true;
        }
      }
      if (devices.size === 0) this.#active.delete(eventId);
      if (dropped) this.#emit(eventId);
    }
    this.#schedule();
  }
}
