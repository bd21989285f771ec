/**
 * What the report tests write and read: visitor rows straight into the real tables (as the kiosk and phone routes
 * would have written them), and the report's lists as a reader sees them.
 */
import type { EventReport } from '../../src/store/report.js';
import { orderedId } from '../../src/store/ordered-id.js';
import type { Services } from '../../src/services.js';
import type { PublishedList } from '../derivable-counts.js';

/** When the rows happened (and were written), unless a row says otherwise: during the test fair of fixtures.ts. */
export const AT = '2027-03-10T09:30:00.000Z';

/** Rows to write; each row was written at its `at` (default `AT`). */
export interface ReportRows {
  visits?: { standId: string; providerId: string; device?: string; at?: string }[];
  leads?: { providerId: string; offerId: string | null; at?: string }[];
  quizzes?: string[];
  searches?: string[];
  feedback?: { rating: number; missing?: string | null }[];
}

let n = 0;

/**
 * Writes rows straight into the real tables of an event, numbered after its last seq. A visit's id starts with the
 * time it was written, as the server's ids do (store/ordered-id.ts); the other rows carry it in `at`/`created_at`.
 * @param services the test services
 * @param rows the rows
 * @param at when quizzes, searches and feedback were written (default `AT`)
 * @param eventId the event (default `fair-test`)
 * @returns nothing
 * @example await addReportRows(w.services, { visits: times(6, { standId: 'st-1', providerId: 'p-care' }) });
 */
export async function addReportRows(services: Services, rows: ReportRows, at = AT, eventId = 'fair-test'): Promise<void> {
  await services.queue.run(async (tx) => {
    let seq = Number((await tx.execute({ sql: 'SELECT last_seq FROM events WHERE id = ?', args: [eventId] })).rows[0]?.last_seq ?? 0);
    for (const v of rows.visits ?? []) {
      const when = v.at ?? at;
      const id = orderedId(Date.parse(when));
      await tx.execute({
        sql: `INSERT INTO visits (id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, 'qr', ?, ?)`,
        args: [id, eventId, ++seq, v.standId, v.providerId, v.device ?? `device-${n++}-aaaaaaaaaaaaaaaa`, when, id],
      });
    }
    for (const l of rows.leads ?? []) {
      const id = `l-${n++}`;
      const when = l.at ?? at;
      await tx.execute({
        sql: `INSERT INTO leads (id, event_id, seq, provider_id, stand_id, offer_id, device_id, contact, locale, message,
                consent_text, consent_locale, consent_at, created_at, idempotency_key)
              VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 'de', NULL, 'Ich bin einverstanden, dass ...', 'de', ?, ?, ?)`,
        args: [id, eventId, ++seq, l.providerId, l.offerId, `device-${id}-aaaaaaaaaaaaaaaa`, JSON.stringify({ phone: '+49 30 1234567' }), when, when, id],
      });
    }
    for (const code of rows.quizzes ?? []) {
      const id = `q-${n++}`;
      await tx.execute({ sql: `INSERT INTO quizzes (id, event_id, code, interests, at, idempotency_key) VALUES (?, ?, ?, '{}', ?, ?)`, args: [id, eventId, code, at, id] });
    }
    for (const query of rows.searches ?? []) {
      await tx.execute({ sql: `INSERT INTO searches (id, event_id, query, result_count, locale, at) VALUES (?, ?, ?, 0, 'de', ?)`, args: [`s-${n++}`, eventId, query, at] });
    }
    for (const f of rows.feedback ?? []) {
      const id = `f-${n++}`;
      await tx.execute({
        sql: `INSERT INTO feedback (id, event_id, rating, missing, locale, at, idempotency_key) VALUES (?, ?, ?, ?, 'de', ?, ?)`,
        args: [id, eventId, f.rating, f.missing ?? null, at, id],
      });
    }
    await tx.execute({ sql: 'UPDATE events SET last_seq = ? WHERE id = ?', args: [seq, eventId] });
  });
}

/**
 * `k` copies of an item.
 * @example times(3, 'RC') // ['RC', 'RC', 'RC']
 */
export const times = <T>(k: number, item: T): T[] => Array.from({ length: k }, () => item);

/** The totals a reader takes each list to add up to (`PublishedList.total`). */
export type ListTotals = Record<'visits' | 'leads' | 'quizzes' | 'feedback', number | null>;

/**
 * Every list of the report with the total it adds up to, as a reader sees them. By default the event's exact
 * totals, which the lists add up to once the report is final (or when nothing was written since `listsUntil`);
 * while the fair runs pass each list's own sum up to `listsUntil` (the rule must hold for whatever total the
 * reader may know).
 * @param report the published report
 * @param totals the total of each kind of list (default: the report's exact totals; feedback: its `count`)
 * @returns the lists
 * @example expect(derivable(reportLists(report))).toEqual([]);
 */
export function reportLists(report: EventReport, totals?: ListTotals): PublishedList[] {
  const { visits, leads, quizzes, feedback } = totals ?? { ...report.totals, feedback: report.feedback.count };
  return [
    { name: 'visits per stand', cells: report.visitsPerStand.map((c) => c.visits), total: visits },
    { name: 'visits per hour', cells: report.visitsPerHour.map((c) => c.visits), total: visits },
    { name: 'leads per provider', cells: report.leadsPerProvider.map((c) => c.leads), total: leads },
    { name: 'leads per offer kind', cells: report.leadsPerOfferKind.map((c) => c.leads), total: leads },
    { name: 'interest codes', cells: report.interestCodes.map((c) => c.count), total: quizzes },
    { name: 'feedback ratings', cells: report.feedback.ratings.map((c) => c.count), total: feedback },
  ];
}
