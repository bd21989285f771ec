import type { LeadLimitSettings } from '../config.js';
import { RateLimiter } from './rate-limit.js';

/**
 * Limits on contact requests. Keyed by what identifies a sender — the phone's device id, the kiosk's
 * device — and per stand as a ceiling, never by IP: a whole fair shares one Wi-Fi address.
 * A phone's outbox may resend a request (same idempotency key) a few times; the limits leave room for it.
 */
export class LeadLimits {
  readonly #perPhone: RateLimiter;
  readonly #perStand: RateLimiter;
  readonly #perKiosk: RateLimiter;

  constructor(settings: LeadLimitSettings, now: () => number = Date.now) {
    this.#perPhone = new RateLimiter({ limit: settings.phone, windowMs: 10 * 60_000, what: 'contact requests from this phone' }, now);
    this.#perStand = new RateLimiter({ limit: settings.stand, windowMs: 60_000, what: 'contact requests at this stand' }, now);
    this.#perKiosk = new RateLimiter({ limit: settings.kiosk, windowMs: 10 * 60_000, what: 'contact requests from this kiosk' }, now);
  }

  /**
   * Counts a request from a phone at a stand; throws HttpError 429 past a limit. The phone first: a phone
   * already over its own limit uses up nothing of the stand's, so one phone cannot block a stand for others.
   * @param deviceId the phone's device id
   * @param standKey the stand, unique across events and tenants (`eventId:standId`)
   */
  phone(deviceId: string, standKey: string): void {
    this.#perPhone.hit(deviceId);
    this.#perStand.hit(standKey);
  }

  /** Counts a request made on a kiosk; throws HttpError 429 past the limit. */
  kiosk(kioskDeviceId: string): void {
    this.#perKiosk.hit(kioskDeviceId);
  }
}
