/** One item the server pushes on the `feed` channel. */
export interface FeedMessage<I = unknown> {
  /** Per-event sequence number: strictly increasing, with gaps for items this device may not see. */
  seq: number;
  kind: 'visit' | 'lead';
  item: I;
}

/**
 * The pure part of the live feed: which of the incoming messages are new, in which order.
 * Messages are applied in `seq` order; a `seq` at or below the last applied one is a repeat and is ignored.
 * @param lastSeq the highest sequence number applied so far (0 for none)
 * @param incoming messages as they arrived (any order, repeats allowed)
 * @returns the messages to apply, in order and without repeats, and the new last sequence number
 * @example
 * acceptFeed(2, [{ seq: 4, … }, { seq: 3, … }, { seq: 2, … }, { seq: 4, … }])
 * // → { fresh: [seq 3, seq 4], lastSeq: 4 }
 */
export function acceptFeed<I>(
  lastSeq: number,
  incoming: readonly FeedMessage<I>[],
): { fresh: FeedMessage<I>[]; lastSeq: number } {
  const bySeq = new Map<number, FeedMessage<I>>();
  for (const message of incoming) {
    if (!Number.isSafeInteger(message.seq) || message.seq <= lastSeq) continue;
    if (!bySeq.has(message.seq)) bySeq.set(message.seq, message);
  }
  const fresh = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  return { fresh, lastSeq: fresh.at(-1)?.seq ?? lastSeq };
}

/**
 * Whether a value looks like a feed message (the socket carries untyped JSON): a sequence number, a kind and an
 * item with an id. What a lead item must hold besides is the consumer's to say (`LiveFeedOptions.isLead`).
 * @param value anything received on `feed`
 * @returns true for `{ seq: number, kind: 'visit' | 'lead', item: { id: string, … } }`
 * @example isFeedMessage({ seq: 1, kind: 'visit', item: { id: 'v1' } }) // true
 */
export function isFeedMessage(value: unknown): value is FeedMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<FeedMessage>;
  if (typeof m.seq !== 'number' || (m.kind !== 'visit' && m.kind !== 'lead') || typeof m.item !== 'object' || m.item === null) return false;
  return typeof (m.item as { id?: unknown }).id === 'string';
}
