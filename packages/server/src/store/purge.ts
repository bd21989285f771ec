import { isLocalUrl, truncateWal } from '../db/client.js';
import type { Services } from '../services.js';
import { notifyErased } from './leads.js';
import { DAY_MS, deleteAfter } from './retention.js';

/** Tables that hold what visitors did at an event; all of it is deleted after the retention period. */
const VISITOR_TABLES = ['visits', 'leads', 'quizzes', 'searches', 'feedback'] as const;

/** What one purge deleted, per event (counts only). */
export interface PurgeResult {
  events: { eventId: string; visits: number; leads: number; quizzes: number; searches: number; feedback: number }[];
  /** Rows deleted in all. */
  deleted: number;
  /** Expired sessions and pairing codes removed as well. */
  expiredSessions: number;
  expiredPairingCodes: number;
}

/**
 * Deletes the visits, leads, quizzes, searches and feedback of every event whose end lies more than its
 * `retentionDays` in the past, and every lead and visit whose own deletion date (`delete_after`, what its
 * consent promised when it was written) has passed, whichever comes first, and logs the counts (never
 * contents). The deletes run with `secure_delete`, which
 * overwrites the deleted rows' bytes with zeros, and a WAL checkpoint (TRUNCATE) afterwards empties the `-wal`
 * file, so no deleted personal data stays in either file. `vacuum` also rewrites the file without its free
 * pages (smaller, but it holds the database, and the event loop of a running server, for as long as it
 * takes; `markt purge` does it, the server's hourly purge does not). Also removes expired sessions and pairing codes.
 * @param services the server services
 * @param options `vacuum` (default true)
 * @returns the counts
 * @example const { deleted } = await purgeExpired(services);
 */
export async function purgeExpired(services: Services, { vacuum = true }: { vacuum?: boolean } = {}): Promise<PurgeResult> {
  const now = services.now();
  const nowIso = now.toISOString();
  const expiredEvents = new Set(
    (await services.db.execute('SELECT id, ends_at, retention_days FROM events')).rows
      .filter((row) => (deleteAfter(String(row.ends_at), Number(row.retention_days)) ?? '\uffff') <= nowIso)
      .map((row) => String(row.id)),
  );
  // Events whose rule has not passed but that hold leads or visits past their own date (the event was
  // lengthened behind the PATCH check, or by a server of an older version).
  const dueRows = await services.db.execute({
    sql: 'SELECT event_id FROM leads WHERE delete_after <= ?1 UNION SELECT event_id FROM visits WHERE delete_after <= ?1',
    args: [nowIso],
  });
  const partly = dueRows.rows.map((row) => String(row.event_id)).filter((id) => !expiredEvents.has(id));
  const result: PurgeResult = { events: [], deleted: 0, expiredSessions: 0, expiredPairingCodes: 0 };
  for (const eventId of [...expiredEvents, ...partly]) {
    const whole = expiredEvents.has(eventId);
    const purgedLeads: Record<string, unknown>[] = [];
    const counts = await services.queue.run(async (tx) => {
      const counts = { visits: 0, leads: 0, quizzes: 0, searches: 0, feedback: 0 };
      purgedLeads.length = 0; // in case the queue runs this transaction again
      // Zeros over the deleted rows' bytes (the setting stays on for this connection; deletes are rare).
      await tx.execute('PRAGMA secure_delete = ON');
      if (!whole) {
        // Only the leads and visits past their own date (with the keys of the tablets' changes to those leads).
        const due = { sql: 'SELECT id FROM leads WHERE event_id = ? AND delete_after <= ?', args: [eventId, nowIso] };
        await tx.execute({ sql: `DELETE FROM lead_changes WHERE lead_id IN (${due.sql})`, args: due.args });
        const { rows } = await tx.execute({
          sql: 'DELETE FROM leads WHERE event_id = ? AND delete_after <= ? RETURNING id, event_id, provider_id',
          args: due.args,
        });
        purgedLeads.push(...rows);
        counts.leads = rows.length;
        counts.visits = (await tx.execute({ sql: 'DELETE FROM visits WHERE event_id = ? AND delete_after <= ?', args: due.args })).rowsAffected;
        return counts;
      }
      for (const table of VISITOR_TABLES) {
        if (table === 'leads') {
          // The keys of booth tablets' changes to these leads (not personal data, but they go with their leads).
          await tx.execute({ sql: 'DELETE FROM lead_changes WHERE event_id = ?', args: [eventId] });
          const { rows } = await tx.execute({ sql: 'DELETE FROM leads WHERE event_id = ? RETURNING id, event_id, provider_id', args: [eventId] });
          purgedLeads.push(...rows);
          counts.leads = rows.length;
          continue;
        }
        counts[table] = (await tx.execute({ sql: `DELETE FROM ${table} WHERE event_id = ?`, args: [eventId] })).rowsAffected;
      }
      if (Object.values(counts).some((n) => n > 0)) {
        await tx.execute({ sql: 'UPDATE events SET purged_at = ? WHERE id = ?', args: [nowIso, eventId] });
      }
      return counts;
    });
    notifyErased(purgedLeads); // booth tablets connected to this process drop them at once
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    result.events.push({ eventId, ...counts });
    result.deleted += total;
    services.config.log({ level: 'info', msg: 'purged visitor data after the retention period', eventId, ...counts });
  }
  const expired = await services.queue.run(async (tx) => ({
    sessions: (await tx.execute({ sql: 'DELETE FROM sessions WHERE expires_at <= ?', args: [nowIso] })).rowsAffected,
    codes: (await tx.execute({ sql: 'DELETE FROM pairing_codes WHERE expires_at <= ?', args: [nowIso] })).rowsAffected,
    // Login and pairing counters (SharedRateLimiter): every window is far shorter than a day.
    limits: (await tx.execute({ sql: 'DELETE FROM rate_limits WHERE window_start < ?', args: [now.getTime() - DAY_MS] })).rowsAffected,
  }));
  result.expiredSessions = expired.sessions;
  result.expiredPairingCodes = expired.codes;
  if (result.deleted > 0 && isLocalUrl(services.config.dbUrl)) {
    try {
      // Outside the queue's transaction: VACUUM cannot run inside one. It rewrites the file without the freed pages.
      if (vacuum) await services.db.execute('VACUUM');
      // In WAL mode the rows as written (and VACUUM's rewritten pages) are still in the -wal file: copy it into
      // the database and truncate it to zero bytes. (Retried, as a reader may still hold an older snapshot.)
      if (!(await truncateWal(services.config.dbUrl))) throw new Error('the WAL checkpoint after the purge stayed busy');
    } catch (error) {
      services.config.log({ level: 'warn', msg: 'emptying the WAL after the purge failed; it is tried again at the next purge', error: String(error) });
    }
  }
  services.config.log({ level: 'info', msg: 'purge finished', events: result.events.length, deleted: result.deleted });
  return result;
}

/**
 * Runs `purgeExpired` now and then every `intervalMs` (default hourly) while the server runs.
 * @param services the server services
 * @param intervalMs time between purges
 * @returns a function that stops the schedule and waits for a purge in progress
 * @example const stop = schedulePurge(services); … await stop();
 */
export function schedulePurge(services: Services, intervalMs = 60 * 60_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => purgeExpired(services, { vacuum: false }))
      .catch((error: unknown) => services.config.log({ level: 'error', msg: 'purge failed', error: String(error) }));
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
