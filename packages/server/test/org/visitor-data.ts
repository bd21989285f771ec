import type { Services } from '../../src/services.js';

export const PHONE = '+49 30 1234567';
export const EMAIL = 'visitor.secret@example.org';

/**
 * Writes what visitors leave at a fair straight into the tables (visits, leads with contact data,
 * quizzes, searches, feedback), `n` of each, so report and purge have something to count.
 */
export async function addVisitorData(services: Services, eventId: string, n: number, at = '2027-03-10T09:30:00.000Z'): Promise<void> {
  await services.queue.run(async (tx) => {
    for (let i = 0; i < n; i++) {
      const key = `${eventId}-${i}`;
      await tx.execute({
        sql: `INSERT INTO visits (id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key)
              VALUES (?, ?, ?, 'st-1', 'p-care', ?, 'qr', ?, ?)`,
        args: [`v-${key}`, eventId, i * 2 + 1, `device-${i % 2}-aaaaaaaaaaaaaaaa`, at, `v-${key}`],
      });
      await tx.execute({
        sql: `INSERT INTO leads (id, event_id, seq, provider_id, stand_id, offer_id, device_id, contact, locale, message,
                consent_text, consent_locale, consent_at, created_at, idempotency_key)
              VALUES (?, ?, ?, 'p-care', 'st-1', 'o-care', ?, ?, 'de', 'Bitte anrufen', 'Ich bin einverstanden, dass ...', 'de', ?, ?, ?)`,
        args: [`l-${key}`, eventId, i * 2 + 2, `device-${i}-aaaaaaaaaaaaaaaa`, JSON.stringify({ name: 'Ayşe', phone: PHONE, email: EMAIL }), at, at, `l-${key}`],
      });
      await tx.execute({
        sql: 'INSERT INTO quizzes (id, event_id, code, interests, at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?)',
        args: [`q-${key}`, eventId, i % 2 ? 'SA' : 'RC', '{}', at, `q-${key}`],
      });
      await tx.execute({
        sql: 'INSERT INTO searches (id, event_id, query, result_count, locale, at) VALUES (?, ?, ?, ?, ?, ?)',
        args: [`s-${key}`, eventId, i % 2 ? 'Gabelstapler' : 'Pflege', i % 2 ? 0 : 3, 'de', at],
      });
      await tx.execute({
        sql: 'INSERT INTO feedback (id, event_id, rating, missing, locale, at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)',
        args: [`f-${key}`, eventId, (i % 5) + 1, null, 'de', at, `f-${key}`],
      });
    }
    await tx.execute({ sql: 'UPDATE events SET last_seq = ? WHERE id = ?', args: [n * 2, eventId] });
  });
}

/** Rows of each visitor table for an event. */
export async function visitorCounts(services: Services, eventId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['visits', 'leads', 'quizzes', 'searches', 'feedback']) {
    const row = (await services.db.execute({ sql: `SELECT COUNT(*) AS n FROM ${table} WHERE event_id = ?`, args: [eventId] })).rows[0];
    counts[table] = Number(row?.n);
  }
  return counts;
}
