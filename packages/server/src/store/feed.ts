import type { Client, Transaction } from '@libsql/client';
import type { FeedItem } from '../live/hub.js';

/** A database row, or a plain object with the same column names. */
export type Fields = Readonly<Record<string, unknown>>;

/** A visit as its provider's booth tablets see it: no device id. (Organizers get no items, only counts: live/stats.ts.) */
export interface VisitItem {
  id: string;
  seq: number;
  at: string;
  standId: string;
  source: string;
}

/** A lead as its provider's booth tablets see it. */
export interface LeadItem {
  id: string;
  seq: number;
  createdAt: string;
  offerId: string | null;
  standId: string | null;
  contact: Record<string, string>;
  locale: string;
  message: string | null;
  rating: number | null;
  notes: string | null;
  tags: string[];
  status: string;
}

/**
 * Takes the next per-event sequence number. Call it in the same write job as the insert that uses it,
 * so the number and the row commit (or roll back) together and the sequence stays gap-free.
 * @param tx the open write transaction
 * @param eventId the event
 * @returns the new sequence number
 * @throws Error when the event does not exist
 * @example const seq = await nextSeq(tx, eventId);
 */
export async function nextSeq(tx: Transaction, eventId: string): Promise<number> {
  const row = (
    await tx.execute({ sql: 'UPDATE events SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq', args: [eventId] })
  ).rows[0];
  if (!row) throw new Error(`No event ${eventId} to number items of.`);
  return Number(row.last_seq);
}

/**
 * A `visits` row as a feed item.
 * @param row a row with id, seq, at, stand_id, source
 * @returns the visit item (no device id)
 * @example const item = visitItem(row);
 */
export function visitItem(row: Fields): VisitItem {
  return { id: String(row.id), seq: Number(row.seq), at: String(row.at), standId: String(row.stand_id), source: String(row.source) };
}

/**
 * A `leads` row as a feed item for the provider's booth tablets.
 * @param row a full `leads` row
 * @returns the lead item
 * @example const item = leadItem(row);
 */
export function leadItem(row: Fields): LeadItem {
  return {
    id: String(row.id),
    seq: Number(row.seq),
    createdAt: String(row.created_at),
    offerId: row.offer_id == null ? null : String(row.offer_id),
    standId: row.stand_id == null ? null : String(row.stand_id),
    contact: JSON.parse(String(row.contact)) as Record<string, string>,
    locale: String(row.locale),
    message: row.message == null ? null : String(row.message),
    rating: row.rating == null ? null : Number(row.rating),
    notes: row.notes == null ? null : String(row.notes),
    tags: JSON.parse(String(row.tags)) as string[],
    status: String(row.status),
  };
}

/** Which part of an event's feed to read. */
export interface FeedQuery {
  eventId: string;
  /** Only this provider's items (booth tablets); omit for the whole event (a cluster node reading for its tablets). */
  providerId?: string | undefined;
  /** Items with a larger sequence number. */
  after: number;
  /** Most items per page. */
  limit?: number;
}

/**
 * Reads committed visits and leads after a sequence number, in sequence order, as feed items
 * (the replay half of live sync).
 * @param db the database
 * @param query event, optional provider, `after`, page size (default 500)
 * @returns feed items in ascending `seq`
 * @example const page = await readFeed(db, { eventId, providerId, after: 0 });
 */
export async function readFeed(db: Client, { eventId, providerId, after, limit = 500 }: FeedQuery): Promise<FeedItem[]> {
  const byProvider = providerId === undefined ? '' : ' AND provider_id = ?';
  const args = providerId === undefined ? [eventId, after] : [eventId, after, providerId];
  const [visits, leads] = await Promise.all([
    db.execute({
      sql: `SELECT id, seq, at, stand_id, source, provider_id FROM visits WHERE event_id = ? AND seq > ?${byProvider} ORDER BY seq LIMIT ?`,
      args: [...args, limit],
    }),
    db.execute({
      sql: `SELECT * FROM leads WHERE event_id = ? AND seq > ?${byProvider} ORDER BY seq LIMIT ?`,
      args: [...args, limit],
    }),
  ]);
  const items: FeedItem[] = [
    ...visits.rows.map((row) => ({
      eventId,
      providerId: String(row.provider_id),
      seq: Number(row.seq),
      kind: 'visit' as const,
      item: { ...visitItem(row) } as Record<string, unknown>,
    })),
    ...leads.rows.map((row) => ({
      eventId,
      providerId: String(row.provider_id),
      seq: Number(row.seq),
      kind: 'lead' as const,
      item: { ...leadItem(row) } as Record<string, unknown>,
    })),
  ];
  items.sort((a, b) => a.seq - b.seq);
  // Each table was cut at `limit`: beyond the smaller cut-off, the other table may be missing items.
  const lastVisit = visits.rows.length === limit ? Number(visits.rows.at(-1)?.seq) : Infinity;
  const lastLead = leads.rows.length === limit ? Number(leads.rows.at(-1)?.seq) : Infinity;
  const cut = Math.min(lastVisit, lastLead);
  return items.filter((item) => item.seq <= cut);
}
