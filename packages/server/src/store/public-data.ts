import { createHash } from 'node:crypto';
import { hashToken } from '../security/tokens.js';
import type { Services } from '../services.js';

/** An event's public data as JSON text, with its strong ETag. */
export interface PublicData {
  body: string;
  etag: string;
}

interface Cached extends PublicData {
  updatedAt: string;
}

/** By event id, then by database URL (tests run several databases in one process). */
const cache = new Map<string, Map<string, Cached>>();

const parseAll = (rows: readonly Readonly<Record<string, unknown>>[]): unknown[] => rows.map((row) => JSON.parse(String(row.data)));

/**
 * Forgets the cached public data of an event. Call it after any change to the event, its providers,
 * offers, stands or radar (the cache also notices a changed `events.updated_at` by itself).
 * @param eventId the event whose data changed
 * @example await queue.run(...); invalidatePublicData(eventId);
 */
export function invalidatePublicData(eventId: string): void {
  cache.delete(eventId);
}

/**
 * The public data of an event, `{ event, providers, offers, stands, radar }` (stands without QR tokens),
 * built once and kept in memory until the event changes.
 * @param services the server services
 * @param eventId the event
 * @returns the JSON text and its ETag, or undefined for an unknown event
 * @example const data = await publicData(services, 'fair-1');
 */
export async function publicData(services: Services, eventId: string): Promise<PublicData | undefined> {
  const { db } = services;
  const head = (await db.execute({ sql: 'SELECT data, updated_at FROM events WHERE id = ?', args: [eventId] })).rows[0];
  if (!head) return undefined;
  const updatedAt = String(head.updated_at);
  const cached = cache.get(eventId)?.get(services.config.dbUrl);
  if (cached && cached.updatedAt === updatedAt) return cached;
  const [providers, offers, stands, radar] = await db.batch(
    [
      { sql: 'SELECT data FROM providers WHERE event_id = ? ORDER BY id', args: [eventId] },
      { sql: 'SELECT data FROM offers WHERE event_id = ? ORDER BY id', args: [eventId] },
      { sql: 'SELECT data FROM stands WHERE event_id = ? ORDER BY id', args: [eventId] },
      { sql: 'SELECT data FROM radar_rows WHERE event_id = ? ORDER BY line', args: [eventId] },
    ],
    'read',
  );
  const body = JSON.stringify({
    event: JSON.parse(String(head.data)),
    providers: parseAll(providers!.rows),
    offers: parseAll(offers!.rows),
    stands: parseAll(stands!.rows),
    radar: parseAll(radar!.rows),
  });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const entry = { body, etag, updatedAt };
  const perDb = cache.get(eventId) ?? new Map<string, Cached>();
  perDb.set(services.config.dbUrl, entry);
  cache.set(eventId, perDb);
  return entry;
}

/** What a phone sees after scanning a stand's QR code. */
export interface StandView {
  event: unknown;
  stand: { id: string; eventId: string; providerId: string } & Record<string, unknown>;
  provider: unknown;
  offers: unknown[];
}

/**
 * Resolves a stand's QR token (looked up by its hash) to the stand, its event, provider and offers.
 * @param services the server services
 * @param token the token from the QR code URL
 * @returns the stand view, or undefined for an unknown or replaced token
 * @example const view = await standByToken(services, token);
 */
export async function standByToken(services: Services, token: string): Promise<StandView | undefined> {
  const { db } = services;
  const stand = (await db.execute({ sql: 'SELECT event_id, provider_id, data FROM stands WHERE token_hash = ?', args: [hashToken(token)] }))
    .rows[0];
  if (!stand) return undefined;
  const eventId = String(stand.event_id);
  const providerId = String(stand.provider_id);
  const [event, provider, offers] = await db.batch(
    [
      { sql: 'SELECT data FROM events WHERE id = ?', args: [eventId] },
      { sql: 'SELECT data FROM providers WHERE event_id = ? AND id = ?', args: [eventId, providerId] },
      { sql: 'SELECT data FROM offers WHERE event_id = ? AND provider_id = ? ORDER BY id', args: [eventId, providerId] },
    ],
    'read',
  );
  const eventRow = event!.rows[0];
  const providerRow = provider!.rows[0];
  if (!eventRow || !providerRow) return undefined;
  return {
    event: JSON.parse(String(eventRow.data)),
    stand: JSON.parse(String(stand.data)) as StandView['stand'],
    provider: JSON.parse(String(providerRow.data)),
    offers: parseAll(offers!.rows),
  };
}
