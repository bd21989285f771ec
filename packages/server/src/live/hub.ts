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

/**
 * In-process fan-out from the write path to the socket layer. Publish only after the write is committed.
 * @example hub.subscribe((item) => io.to(`provider:${item.providerId}`).emit('feed', item));
 */
export class LiveHub {
  readonly #listeners = new Set<FeedListener>();

  publish(item: FeedItem): void {
    for (const listener of this.#listeners) listener(item);
  }

  /** @returns a function that unsubscribes */
  subscribe(listener: FeedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
