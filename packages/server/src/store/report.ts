import type { Offer } from '@markt/sdk';
import type { Services } from '../services.js';
import { nearDuplicateOffers, type NearDuplicatePair } from './near-duplicates.js';

/** The evaluation (Auswertung) of one event. Counts only: no contact data, no device ids. */
export interface EventReport {
  eventId: string;
  generatedAt: string;
  totals: { visits: number; visitors: number; leads: number; quizzes: number; searches: number; feedback: number };
  visitsPerStand: { standId: string; standNumber: string; providerName: string; visits: number }[];
  /** Visits per hour, `YYYY-MM-DDTHH` of the stored UTC timestamp. */
  visitsPerHour: { hour: string; visits: number }[];
  leadsPerProvider: { providerId: string; providerName: string; leads: number }[];
  leadsPerOfferKind: { kind: string; leads: number }[];
  /** Distribution of the quiz's interest codes (RIASEC). */
  interestCodes: { code: string; count: number }[];
  /** Search terms that found nothing: what visitors missed. */
  zeroResultSearches: { query: string; count: number }[];
  feedback: { count: number; average: number | null; ratings: { rating: number; count: number }[] };
  /** Offers of different providers that look like the same offer (see near-duplicates.ts). */
  nearDuplicateOffers: NearDuplicatePair[];
}

type Row = Readonly<Record<string, unknown>>;

/**
 * Builds the report of an event from the database.
 * @param services the server services
 * @param eventId the event (the caller checks the tenant)
 * @returns the report
 * @example const report = await eventReport(services, 'fair-1');
 */
export async function eventReport(services: Services, eventId: string): Promise<EventReport> {
  const q = async (sql: string): Promise<Row[]> => (await services.db.execute({ sql, args: [eventId] })).rows as unknown as Row[];
  const [totals] = await q(`SELECT
      (SELECT COUNT(*) FROM visits WHERE event_id = ?1) AS visits,
      (SELECT COUNT(DISTINCT device_id) FROM visits WHERE event_id = ?1) AS visitors,
      (SELECT COUNT(*) FROM leads WHERE event_id = ?1) AS leads,
      (SELECT COUNT(*) FROM quizzes WHERE event_id = ?1) AS quizzes,
      (SELECT COUNT(*) FROM searches WHERE event_id = ?1) AS searches,
      (SELECT COUNT(*) FROM feedback WHERE event_id = ?1) AS feedback`);
  const perStand = await q(`SELECT s.id, json_extract(s.data, '$.number') AS number, json_extract(p.data, '$.name') AS provider_name,
        (SELECT COUNT(*) FROM visits v WHERE v.event_id = s.event_id AND v.stand_id = s.id) AS visits
      FROM stands s LEFT JOIN providers p ON p.event_id = s.event_id AND p.id = s.provider_id
      WHERE s.event_id = ?1 ORDER BY visits DESC, s.id`);
  const perHour = await q(`SELECT substr(at, 1, 13) AS hour, COUNT(*) AS visits FROM visits WHERE event_id = ?1 GROUP BY hour ORDER BY hour`);
  const perProvider = await q(`SELECT p.id, json_extract(p.data, '$.name') AS name,
        (SELECT COUNT(*) FROM leads l WHERE l.event_id = p.event_id AND l.provider_id = p.id) AS leads
      FROM providers p WHERE p.event_id = ?1 ORDER BY leads DESC, p.id`);
  const perKind = await q(`SELECT COALESCE(json_extract(o.data, '$.kind'), 'none') AS kind, COUNT(*) AS leads
      FROM leads l LEFT JOIN offers o ON o.event_id = l.event_id AND o.id = l.offer_id
      WHERE l.event_id = ?1 GROUP BY kind ORDER BY leads DESC, kind`);
  const codes = await q(`SELECT code, COUNT(*) AS n FROM quizzes WHERE event_id = ?1 GROUP BY code ORDER BY n DESC, code`);
  // Grouped in SQL by the exact text, then case-folded here: SQLite's lower() leaves "Ärztin" and "ärztin" apart.
  const zeroExact = await q(`SELECT trim(query) AS query, COUNT(*) AS n FROM searches WHERE event_id = ?1 AND result_count = 0 GROUP BY trim(query)`);
  const zeroFolded = new Map<string, number>();
  for (const r of zeroExact) {
    const query = String(r.query).toLowerCase();
    zeroFolded.set(query, (zeroFolded.get(query) ?? 0) + Number(r.n));
  }
  const zero = [...zeroFolded]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 100)
    .map(([query, n]) => ({ query, n }));
  const ratings = await q(`SELECT rating, COUNT(*) AS n FROM feedback WHERE event_id = ?1 GROUP BY rating ORDER BY rating`);
  const offers = (await q(`SELECT data FROM offers WHERE event_id = ?1`)).map((r) => JSON.parse(String(r.data)) as Offer);
  const feedbackCount = ratings.reduce((sum, r) => sum + Number(r.n), 0);
  const ratingSum = ratings.reduce((sum, r) => sum + Number(r.rating) * Number(r.n), 0);
  return {
    eventId,
    generatedAt: services.now().toISOString(),
    totals: {
      visits: Number(totals?.visits ?? 0),
      visitors: Number(totals?.visitors ?? 0),
      leads: Number(totals?.leads ?? 0),
      quizzes: Number(totals?.quizzes ?? 0),
      searches: Number(totals?.searches ?? 0),
      feedback: Number(totals?.feedback ?? 0),
    },
    visitsPerStand: perStand.map((r) => ({
      standId: String(r.id),
      standNumber: String(r.number ?? ''),
      providerName: String(r.provider_name ?? ''),
      visits: Number(r.visits),
    })),
    visitsPerHour: perHour.map((r) => ({ hour: String(r.hour), visits: Number(r.visits) })),
    leadsPerProvider: perProvider.map((r) => ({ providerId: String(r.id), providerName: String(r.name ?? ''), leads: Number(r.leads) })),
    leadsPerOfferKind: perKind.map((r) => ({ kind: String(r.kind), leads: Number(r.leads) })),
    interestCodes: codes.map((r) => ({ code: String(r.code), count: Number(r.n) })),
    zeroResultSearches: zero.map((r) => ({ query: String(r.query), count: Number(r.n) })),
    feedback: {
      count: feedbackCount,
      average: feedbackCount > 0 ? Math.round((ratingSum / feedbackCount) * 100) / 100 : null,
      ratings: ratings.map((r) => ({ rating: Number(r.rating), count: Number(r.n) })),
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

/**
 * The report as one CSV table (`section,key,label,value`), for spreadsheets.
 * @param report the report
 * @returns CSV text with a header line, CRLF line ends
 * @example const csv = reportCsv(await eventReport(services, eventId));
 */
export function reportCsv(report: EventReport): string {
  const rows: (string | number | null)[][] = [['section', 'key', 'label', 'value']];
  for (const [key, value] of Object.entries(report.totals)) rows.push(['totals', key, '', value]);
  for (const s of report.visitsPerStand) rows.push(['visits_per_stand', s.standNumber, s.providerName, s.visits]);
  for (const h of report.visitsPerHour) rows.push(['visits_per_hour', h.hour, '', h.visits]);
  for (const p of report.leadsPerProvider) rows.push(['leads_per_provider', p.providerId, p.providerName, p.leads]);
  for (const k of report.leadsPerOfferKind) rows.push(['leads_per_offer_kind', k.kind, '', k.leads]);
  for (const c of report.interestCodes) rows.push(['interest_codes', c.code, '', c.count]);
  for (const z of report.zeroResultSearches) rows.push(['zero_result_searches', z.query, '', z.count]);
  for (const r of report.feedback.ratings) rows.push(['feedback_ratings', String(r.rating), '', r.count]);
  rows.push(['feedback', 'average', '', report.feedback.average]);
  for (const d of report.nearDuplicateOffers) {
    rows.push(['near_duplicate_offers', `${d.a.offerId}~${d.b.offerId}`, `${d.a.title} ~ ${d.b.title}: ${d.reasons.join('; ')}`, d.similarity]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
