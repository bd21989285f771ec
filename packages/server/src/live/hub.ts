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

/** Running totals of an event that are not items of the feed (for the organizer's dashboard). */
export interface EventStats {
  eventId: string;
  /** Quizzes completed at the event's kiosks so far. */
  quizzes: number;
}

export type StatsListener = (stats: EventStats) => void;

/**
 * In-process fan-out from the write path to the socket layer. Publish only after the write is committed.
 * @example hub.subscribe((item) => io.to(`provider:${item.providerId}`).emit('feed', item));
 */
export class LiveHub {
  readonly #listeners = new Set<FeedListener>();
  readonly #statsListeners = new Set<StatsListener>();

  publish(item: FeedItem): void {
    for (const listener of this.#listeners) listener(item);
  }

  /** @returns a function that unsubscribes */
  subscribe(listener: FeedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Publishes an event's totals (absolute counts: a client that misses one simply takes the next).
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
}
