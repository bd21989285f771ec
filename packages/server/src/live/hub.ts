import { KioskPresence, type PresenceOptions } from './presence.js';

/** One item of an event's live feed: written to the database first, then published here. */
export interface FeedItem {
  eventId: string;
  /** The provider whose booth tablets may see it. */
  providerId: string;
  /** Per-event sequence number, gap-free within an event. */
  seq: number;
  kind: 'visit' | 'lead';
  /** The item as the receiving role may see it. */
  item: Record<string, unknown>;
}

export type FeedListener = (item: FeedItem) => void;

/** An event whose totals that are not feed items changed (quizzes completed): the socket layer re-reads them. */
export interface EventStats {
  eventId: string;
}

export type StatsListener = (stats: EventStats) => void;

/** A paired kiosk's report that a visitor session runs (`active`, repeated as a heartbeat) or ended (`idle`). */
export interface KioskReport {
  eventId: string;
  deviceId: string;
  state: 'active' | 'idle';
}

export type KioskReportListener = (report: KioskReport) => void;

/** Options of `LiveHub`. */
export interface LiveHubOptions {
  /** How long a kiosk's `active` report lasts without a repeat (see live/presence.ts); tests make it short. */
  kioskActiveMs?: PresenceOptions['activeMs'];
}

/**
 * In-process fan-out from the write path to the socket layer. Publish only after the write is committed.
 * @example hub.subscribe((item) => io.to(`provider:${item.providerId}`).emit('feed', item));
 */
export class LiveHub {
  readonly #listeners = new Set<FeedListener>();
  readonly #statsListeners = new Set<StatsListener>();
  readonly #kioskListeners = new Set<KioskReportListener>();
  /** Which kiosks are in use now, per event (this process's view; the socket layer shares it in a cluster). */
  readonly presence: KioskPresence;

  constructor({ kioskActiveMs }: LiveHubOptions = {}) {
    this.presence = new KioskPresence(kioskActiveMs === undefined ? {} : { activeMs: kioskActiveMs });
  }

  publish(item: FeedItem): void {
    for (const listener of this.#listeners) listener(item);
  }

  /** @returns a function that unsubscribes */
  subscribe(listener: FeedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Tells the socket layer that an event's totals changed; it re-reads and pushes them (throttled).
   * Publish only after the write that changed them is committed.
   */
  publishStats(stats: EventStats): void {
    for (const listener of this.#statsListeners) listener(stats);
  }

  /** @returns a function that unsubscribes */
  subscribeStats(listener: StatsListener): () => void {
    this.#statsListeners.add(listener);
    return () => this.#statsListeners.delete(listener);
  }

  /**
   * Notes a kiosk's report in `presence` and passes it on (the socket layer forwards it to the other
   * nodes of a cluster). Privacy-neutral: only "this kiosk is in use", nothing about the visitor.
   * @param report the kiosk's event, device id and state
   * @example hub.reportKiosk({ eventId: 'fair-1', deviceId: device.id, state: 'active' });
   */
  reportKiosk(report: KioskReport): void {
    this.presence.mark(report.eventId, report.deviceId, report.state);
    for (const listener of this.#kioskListeners) listener(report);
  }

  /** @returns a function that unsubscribes */
  subscribeKiosk(listener: KioskReportListener): () => void {
    this.#kioskListeners.add(listener);
    return () => this.#kioskListeners.delete(listener);
  }
}
