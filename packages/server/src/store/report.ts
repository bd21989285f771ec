import type { Offer } from '@markt/sdk';
import { bucketEnd } from '../live/stats.js';
import type { Services } from '../services.js';
import { nearDuplicateOffers, type NearDuplicatePair } from './near-duplicates.js';
import { orderedIdTime } from './ordered-id.js';
import { meanIsSafe, MIN_COUNT, withholdSmall } from './small-counts.js';

/**
 * The smallest count the report shows (k-anonymity threshold, defined in small-counts.ts). A count between 1 and
 * `MIN_COUNT - 1` could point to one person ("1 lead at the addiction counselling"), so the report, its CSV and
 * `markt export` show it as `null` with `suppressed: true` ("withheld" in the CSV, "geschützt" in the organizer's view), by the rule
 * of `withholdSmall`. Free text is shown only when at least `MIN_COUNT` visits typed the same thing. The organizer's
 * live dashboard uses the same threshold and rule.
 */
export { MIN_COUNT } from './small-counts.js';

/** The mark of a withheld count: its value is `null` and `suppressed` is `true`. Shown counts have no `suppressed`. */
export interface Suppressible {
  suppressed?: true;
}

/**
 * How long after a period boundary the report's lists wait before they count up to it (ms): a row is stamped with
 * its time a moment before its transaction commits, and the server processes of a cluster may differ by some
 * seconds, so a read right at the boundary could miss a row that a read a second later counts.
 */
export const LISTS_SETTLE_MS = 30_000;

/**
 * The evaluation (Auswertung) of one event. Counts only: no contact data, no device ids, no count between 1 and
 * `MIN_COUNT - 1` (those are `null` with `suppressed: true`). While the event runs, the totals and the lists count
 * only what was written before `listsUntil` (privacy review H2): else two reads a few seconds apart would show which
 * stand one visit went to, or (an exact total beside the list at the next boundary) when one person asked whom.
 * Each list is withheld by `withholdSmall` (small-counts.ts): a list with a small count withholds every count below
 * `MIN_COUNT` of it, and never exactly one cell or only cells of `MIN_COUNT - 1` (then its smallest shown count
 * too), so that no withheld count can be worked out from the list's total (its own sum up to `listsUntil`, which
 * a reader may know; once final, the exact total). Only a list of one cell equals its total.
 */
export interface EventReport {
  eventId: string;
  generatedAt: string;
  /** Over the whole event, up to `listsUntil` while it runs (else exact): they say nothing about one stand or provider. */
  totals: { visits: number; visitors: number; leads: number; quizzes: number; searches: number; feedback: number };
  /**
   * Until when the report counts (ISO time), or `null` once it is final. Until the event's end (`endsAt`), the
   * totals and lists (`visitsPerStand` … `feedback`) count only what the server wrote before the last whole 5-minute period
   * boundary (`bucketEnd` of live/stats.ts, as the organizer's live activity), taken `LISTS_SETTLE_MS` after it
   * passed; so they change once per period, never with one visit. A visit counts by the time the server wrote it
   * (its id, store/ordered-id.ts), not the device's `at`: a visit sent late with an old time waits for the next
   * boundary too. From the end on (or when no more writes are possible: retention over, data purged), everything
   * counts and this is `null`.
   */
  listsUntil: string | null;
  /**
   * Every stand, and the id of a stand deleted since that has visits (number and provider name empty); shown
   * counts by count (desc), then the withheld ones by stand id.
   */
  visitsPerStand: ({ standId: string; standNumber: string; providerName: string; visits: number | null } & Suppressible)[];
  /** Visits per hour, `YYYY-MM-DDTHH` of the stored UTC timestamp; hours with a visit only. */
  visitsPerHour: ({ hour: string; visits: number | null } & Suppressible)[];
  /** Every provider, ordered as `visitsPerStand`. */
  leadsPerProvider: ({ providerId: string; providerName: string; leads: number | null } & Suppressible)[];
  /** Every offer kind of the event's offers (`none`: leads without an offer). */
  leadsPerOfferKind: ({ kind: string; leads: number | null } & Suppressible)[];
  /** Distribution of the quiz's interest codes (RIASEC); codes that were given only. */
  interestCodes: ({ code: string; count: number | null } & Suppressible)[];
  /**
   * Search terms that found nothing: what visitors missed. Cleaned (see `cleanFreeText`) and only those that at
   * least `MIN_COUNT` kiosk visitor sessions share (`count`: sessions; a search without a session counts alone); at
   * most 100, most frequent first.
   */
  zeroResultSearches: { query: string; count: number }[];
  /**
   * `count`: the ratings counted (up to `listsUntil`, as `totals.feedback`); `average` of those,
   * from `MIN_COUNT` ratings on and only when it gives no withheld rating count away
   * (`meanIsSafe`: 5 × 4 shown, 6 ratings and an average of 3.5 say that the withheld one is a 1), else null;
   * `ratings` 1–5, withheld as every list (`withholdSmall`); `missing`: the cleaned "what was missing" texts that at least `MIN_COUNT` visitors wrote alike, most
   * frequent first (at most 100).
   */
  feedback: { count: number; average: number | null; ratings: ({ rating: number; count: number | null } & Suppressible)[]; missing: string[] };
  /** Offers of different providers that look like the same offer (see near-duplicates.ts). */
  nearDuplicateOffers: NearDuplicatePair[];
}

type Row = Readonly<Record<string, unknown>>;

/**
 * Cleans a visitor's free text (a search, a feedback "what was missing") before it may be shown: lower case,
 * without e-mail addresses, web addresses, phone numbers, digits and punctuation, at most three words.
 * @param text the text as typed
 * @returns the cleaned text; empty when nothing is left
 * @example cleanFreeText('Schulden Erika Mustermann 0170 5551234') // 'schulden erika mustermann'
 */
export function cleanFreeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\S+@\S+/gu, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/gu, ' ')
    .replace(/\+?\p{N}[\p{N}\s()/.-]*\p{N}/gu, ' ')
    .replace(/\p{N}+/gu, '')
    .replace(/[^\p{L}\p{M}\s-]+/gu, ' ')
    .replace(/(?<![\p{L}\p{M}])-+|-+(?![\p{L}\p{M}])/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 3)
    .join(' ');
}

/** `{ [field]: value }`, or `{ [field]: null, suppressed: true }` for a withheld count. */
function cell<F extends string>(field: F, value: number | null): Record<F, number | null> & Suppressible {
  const out = { [field]: value } as Record<F, number | null> & Suppressible;
  if (value === null) out.suppressed = true;
  return out;
}

/**
 * The cleaned texts that at least MIN_COUNT rows share, most frequent first, then by text; at most 100. Each row counts
 * `n`, or, with `by`, once per distinct value of that column over all raw texts that clean to the same one (a visitor
 * who typed "Imker" and "imker!" counts once).
 */
function sharedTexts(rows: readonly Row[], column: string, by?: string): { text: string; n: number }[] {
  const counts = new Map<string, number>();
  const seen = new Map<string, Set<string>>();
  for (const r of rows) {
    const text = cleanFreeText(String(r[column] ?? ''));
    if (!text) continue;
    if (by === undefined) {
      counts.set(text, (counts.get(text) ?? 0) + Number(r.n));
      continue;
    }
    const who = seen.get(text) ?? new Set<string>();
    who.add(String(r[by]));
    seen.set(text, who);
    counts.set(text, who.size);
  }
  return [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 100)
    .map(([text, n]) => ({ text, n }));
}

/** What decides whether an event's report lists are final: its end and whether writes are still possible. */
export interface ListsClock {
  /** The event's end (ISO 8601). */
  endsAt: string;
  /** When its visitor data must be gone (`events.delete_after`); no write is taken from then on. */
  deleteAfter: string | null;
  /** When its visitor data was purged, if it was. */
  purgedAt: string | null;
}

/**
 * Until when the report's lists count at `now`: the last whole 5-minute period boundary (`bucketEnd`) that passed
 * at least `LISTS_SETTLE_MS` ago, while the event runs; `null` (final: everything counts) from its end on, or once
 * no more writes are possible.
 * @param event the event's end, deletion date and purge time
 * @param now the current time
 * @returns the boundary, or null when the lists are final
 * @example
 * listsBoundary({ endsAt: '2027-03-10T15:00:00+01:00', deleteAfter: null, purgedAt: null }, new Date('2027-03-10T10:45:40Z'));
 * // 2027-03-10T10:45:00.000Z
 */
export function listsBoundary(event: ListsClock, now: Date): Date | null {
  const time = now.getTime();
  const over = (at: string | null) => at !== null && time >= Date.parse(at);
  if (over(event.endsAt) || over(event.deleteAfter) || event.purgedAt !== null) return null;
  return new Date(bucketEnd(time - LISTS_SETTLE_MS));
}

/**
 * Builds the report of an event from the database, with small counts withheld and free text cleaned. While the
 * event runs, its lists count only what was written before `listsUntil` (see `EventReport.listsUntil`).
 * @param services the server services (`now` decides until when the lists count)
 * @param eventId the event (the caller checks the tenant)
 * @returns the report
 * @example const report = await eventReport(services, 'fair-1');
 */
export async function eventReport(services: Services, eventId: string): Promise<EventReport> {
  const now = services.now();
  const q = async (sql: string, ...args: (string | null)[]): Promise<Row[]> =>
    (await services.db.execute({ sql, args: [eventId, ...args] })).rows as unknown as Row[];
  const [event] = await q('SELECT ends_at, delete_after, purged_at FROM events WHERE id = ?1');
  const orNull = (value: unknown) => (value == null ? null : String(value));
  const until = event ? listsBoundary({ endsAt: String(event.ends_at), deleteAfter: orNull(event.delete_after), purgedAt: orNull(event.purged_at) }, now) : null;
  // Rows written before the boundary (null: all). Leads, quizzes, searches and feedback carry the server's time of
  // writing; a visit carries the device's (`at`), but its id starts with the server's (store/ordered-id.ts).
  const before = until?.toISOString() ?? null;
  const idBefore = until ? orderedIdTime(until.getTime()) : null;
  // The totals lag with the lists: an exact lead total read every few seconds, beside the per-provider list at the
  // next boundary, would tell to the second when one person asked which provider (code review of the lag).
  const [totals] = await q(
    `SELECT
      (SELECT COUNT(*) FROM visits WHERE event_id = ?1 AND (?2 IS NULL OR id < ?2)) AS visits,
      (SELECT COUNT(DISTINCT device_id) FROM visits WHERE event_id = ?1 AND (?2 IS NULL OR id < ?2)) AS visitors,
      (SELECT COUNT(*) FROM leads WHERE event_id = ?1 AND (?3 IS NULL OR created_at < ?3)) AS leads,
      (SELECT COUNT(*) FROM quizzes WHERE event_id = ?1 AND (?3 IS NULL OR at < ?3)) AS quizzes,
      (SELECT COUNT(*) FROM searches WHERE event_id = ?1 AND (?3 IS NULL OR at < ?3)) AS searches,
      (SELECT COUNT(*) FROM feedback WHERE event_id = ?1 AND (?3 IS NULL OR at < ?3)) AS feedback`,
    idBefore,
    before,
  );
  // Every stand, and stands deleted since that have visits: else their visits would be a gap between the total and
  // the rows, a figure of its own.
  const perStand = await q(
    `WITH counts AS (SELECT stand_id, COUNT(*) AS n FROM visits WHERE event_id = ?1 AND (?2 IS NULL OR id < ?2) GROUP BY stand_id)
      SELECT s.id, json_extract(s.data, '$.number') AS number, json_extract(p.data, '$.name') AS provider_name, COALESCE(c.n, 0) AS visits
        FROM stands s LEFT JOIN providers p ON p.event_id = s.event_id AND p.id = s.provider_id LEFT JOIN counts c ON c.stand_id = s.id
        WHERE s.event_id = ?1
      UNION ALL SELECT c.stand_id, NULL, NULL, c.n FROM counts c WHERE c.stand_id NOT IN (SELECT id FROM stands WHERE event_id = ?1)`,
    idBefore,
  );
  const perHour = await q(
    `SELECT substr(at, 1, 13) AS hour, COUNT(*) AS visits FROM visits WHERE event_id = ?1 AND (?2 IS NULL OR id < ?2) GROUP BY hour ORDER BY hour`,
    idBefore,
  );
  const perProvider = await q(
    `SELECT p.id, json_extract(p.data, '$.name') AS name,
        (SELECT COUNT(*) FROM leads l WHERE l.event_id = p.event_id AND l.provider_id = p.id AND (?2 IS NULL OR l.created_at < ?2)) AS leads
      FROM providers p WHERE p.event_id = ?1`,
    before,
  );
  // Every offer kind of the fair, also those without a lead: a withheld kind must not be the only one left.
  const perKind = await q(
    `SELECT kind, SUM(n) AS leads FROM (
        SELECT COALESCE(json_extract(o.data, '$.kind'), 'none') AS kind, 1 AS n
          FROM leads l LEFT JOIN offers o ON o.event_id = l.event_id AND o.id = l.offer_id WHERE l.event_id = ?1 AND (?2 IS NULL OR l.created_at < ?2)
        UNION ALL SELECT DISTINCT json_extract(data, '$.kind'), 0 FROM offers WHERE event_id = ?1 AND json_extract(data, '$.kind') IS NOT NULL
      ) GROUP BY kind`,
    before,
  );
  const codes = await q(`SELECT code, COUNT(*) AS n FROM quizzes WHERE event_id = ?1 AND (?2 IS NULL OR at < ?2) GROUP BY code`, before);
  // Once per visitor session: a kiosk sends the random id of its visitor session with each search (searches.session);
  // rows without one (older kiosks, rows from before migration 8) count each on its own.
  const zero = sharedTexts(
    await q(
      `SELECT DISTINCT query, COALESCE(session, id) AS who FROM searches WHERE event_id = ?1 AND result_count = 0 AND (?2 IS NULL OR at < ?2)`,
      before,
    ),
    'query',
    'who',
  );
  const missing = sharedTexts(
    await q(`SELECT missing, COUNT(*) AS n FROM feedback WHERE event_id = ?1 AND missing IS NOT NULL AND (?2 IS NULL OR at < ?2) GROUP BY missing`, before),
    'missing',
  );
  const ratingRows = await q(`SELECT rating, COUNT(*) AS n FROM feedback WHERE event_id = ?1 AND (?2 IS NULL OR at < ?2) GROUP BY rating`, before);
  const ratingCount = new Map(ratingRows.map((r) => [Number(r.rating), Number(r.n)]));
  const ratings = [1, 2, 3, 4, 5].map((rating) => ({ rating, n: ratingCount.get(rating) ?? 0 }));
  const offers = (await q(`SELECT data FROM offers WHERE event_id = ?1`)).map((r) => JSON.parse(String(r.data)) as Offer);
  const feedbackCount = ratingRows.reduce((sum, r) => sum + Number(r.n), 0);
  const ratingSum = ratingRows.reduce((sum, r) => sum + Number(r.rating) * Number(r.n), 0);
  const n = (r: Row, column: string) => Number(r[column]);
  const shownRatings = withholdSmall(ratings, { count: (r) => r.n, key: (r) => String(r.rating), order: 'given' });
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const averageSafe = meanIsSafe(ratings, { count: (r) => r.n, key: (r) => String(r.rating), weight: (r) => r.rating, round: round2 });
  return {
    eventId,
    generatedAt: now.toISOString(),
    totals: {
      visits: Number(totals?.visits ?? 0),
      visitors: Number(totals?.visitors ?? 0),
      leads: Number(totals?.leads ?? 0),
      quizzes: Number(totals?.quizzes ?? 0),
      searches: Number(totals?.searches ?? 0),
      feedback: Number(totals?.feedback ?? 0),
    },
    listsUntil: before,
    visitsPerStand: withholdSmall(perStand, { count: (r) => n(r, 'visits'), key: (r) => String(r.id) }).map(({ item: r, value }) => ({
      standId: String(r.id),
      standNumber: String(r.number ?? ''),
      providerName: String(r.provider_name ?? ''),
      ...cell('visits', value),
    })),
    visitsPerHour: withholdSmall(perHour, { count: (r) => n(r, 'visits'), key: (r) => String(r.hour), order: 'given' }).map(({ item: r, value }) => ({
      hour: String(r.hour),
      ...cell('visits', value),
    })),
    leadsPerProvider: withholdSmall(perProvider, { count: (r) => n(r, 'leads'), key: (r) => String(r.id) }).map(({ item: r, value }) => ({
      providerId: String(r.id),
      providerName: String(r.name ?? ''),
      ...cell('leads', value),
    })),
    leadsPerOfferKind: withholdSmall(perKind, { count: (r) => n(r, 'leads'), key: (r) => String(r.kind) }).map(({ item: r, value }) => ({
      kind: String(r.kind),
      ...cell('leads', value),
    })),
    interestCodes: withholdSmall(codes, { count: (r) => n(r, 'n'), key: (r) => String(r.code) }).map(({ item: r, value }) => ({
      code: String(r.code),
      ...cell('count', value),
    })),
    zeroResultSearches: zero.map((z) => ({ query: z.text, count: z.n })),
    feedback: {
      count: feedbackCount,
      average: feedbackCount >= MIN_COUNT && averageSafe ? round2(ratingSum / feedbackCount) : null,
      ratings: shownRatings.map(({ item: r, value }) => ({ rating: r.rating, ...cell('count', value) })),
      missing: missing.map((m) => m.text),
    },
    nearDuplicateOffers: nearDuplicateOffers(offers),
  };
}

/**
 * Quotes a CSV cell; cells that a spreadsheet would run as a formula get a leading apostrophe.
 * @param value the cell
 * @returns the cell as CSV text
 * @example csvCell('=SUM(A1)') // "'=SUM(A1)"
 */
export function csvCell(value: string | number | null): string {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A count as the CSV shows it: "withheld" for a withheld count (not "< 5": a list's second withheld cell may be 5 or more). */
function shown(value: number | null): string | number {
  return value === null ? 'withheld' : value;
}

/**
 * The report as one CSV table (`section,key,label,value`), for spreadsheets. Withheld counts read `withheld`; the row
 * `report,lists_until` holds `listsUntil` (empty once the lists are final).
 * @param report the report
 * @returns CSV text with a header line, CRLF line ends
 * @example const csv = reportCsv(await eventReport(services, eventId));
 */
export function reportCsv(report: EventReport): string {
  const rows: (string | number | null)[][] = [['section', 'key', 'label', 'value']];
  for (const [key, value] of Object.entries(report.totals)) rows.push(['totals', key, '', value]);
  rows.push(['report', 'lists_until', '', report.listsUntil]);
  for (const s of report.visitsPerStand) rows.push(['visits_per_stand', s.standNumber, s.providerName, shown(s.visits)]);
  for (const h of report.visitsPerHour) rows.push(['visits_per_hour', h.hour, '', shown(h.visits)]);
  for (const p of report.leadsPerProvider) rows.push(['leads_per_provider', p.providerId, p.providerName, shown(p.leads)]);
  for (const k of report.leadsPerOfferKind) rows.push(['leads_per_offer_kind', k.kind, '', shown(k.leads)]);
  for (const c of report.interestCodes) rows.push(['interest_codes', c.code, '', shown(c.count)]);
  for (const z of report.zeroResultSearches) rows.push(['zero_result_searches', z.query, '', z.count]);
  for (const r of report.feedback.ratings) rows.push(['feedback_ratings', String(r.rating), '', shown(r.count)]);
  rows.push(['feedback', 'average', '', report.feedback.average]);
  for (const text of report.feedback.missing) rows.push(['feedback_missing', text, '', null]);
  for (const d of report.nearDuplicateOffers) {
    rows.push(['near_duplicate_offers', `${d.a.offerId}~${d.b.offerId}`, `${d.a.title} ~ ${d.b.title}: ${d.reasons.join('; ')}`, d.similarity]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
