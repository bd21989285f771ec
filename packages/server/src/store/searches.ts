import { randomId } from '../security/tokens.js';
import type { Services } from '../services.js';

/** Longest search text kept; longer ones are cut. */
export const SEARCH_KEEP = 100;

/** A kiosk search as the route validated it. */
export interface SearchRecord {
  query: string;
  resultCount: number;
  locale: string;
  /** The same key sent again stores nothing more (absent from kiosks of an older version). */
  idempotencyKey?: string | undefined;
  /** The random id of the kiosk's visitor session (absent from kiosks of an older version). */
  session?: string | undefined;
}

/**
 * Keeps a kiosk search that found nothing (what visitors missed), once per idempotency key, with the random id of
 * the visitor session it came from, so the report counts a term once per visitor. A search that found something, or
 * an empty one, is not kept at all.
 * @param services the server services
 * @param eventId the kiosk's event
 * @param search the validated search
 * @returns `stored` (false: not kept by design) and `created` (false: its key was stored before)
 * @example const { stored, created } = await recordSearch(services, 'fair-1', { query: 'Imker', resultCount: 0, locale: 'de', session: 'q3Xh0V4k9b2Jm1Zt8w5YpA' });
 */
export async function recordSearch(services: Services, eventId: string, search: SearchRecord): Promise<{ stored: boolean; created: boolean }> {
  const query = search.query.trim().slice(0, SEARCH_KEEP);
  // Only searches that found nothing tell the organizer something; the rest are not kept at all.
  if (search.resultCount > 0 || query === '') return { stored: false, created: false };
  const inserted = await services.queue.run((tx) =>
    tx.execute({
      sql: `INSERT INTO searches (id, event_id, query, result_count, locale, at, idempotency_key, session) VALUES (?, ?, ?, 0, ?, ?, ?, ?)
            ON CONFLICT (event_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING id`,
      args: [randomId(), eventId, query, search.locale, services.now().toISOString(), search.idempotencyKey ?? null, search.session ?? null],
    }),
  );
  return { stored: true, created: inserted.rows.length > 0 };
}
