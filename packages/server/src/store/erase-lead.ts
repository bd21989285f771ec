import { isLocalUrl, truncateWal } from '../db/client.js';
import type { Services } from '../services.js';
import { notifyErased } from './leads.js';

/**
 * Erases one lead of a provider, as the visitor asked the provider (withdrawn consent, Art. 7(3) and 17 GDPR):
 * the lead and the keys of its tablet changes, with `secure_delete` (on for every write, so earlier versions of the
 * lead left by tablet changes were zeroed when they were replaced), then the WAL is emptied, as the purge does. The provider's tablets are told (`erased { leadIds }` via `erasureEvents`), so every
 * tablet drops it. Another provider's lead, or an unknown id, erases nothing.
 * @param services the server services
 * @param eventId the event of the provider's device
 * @param providerId the provider of the device; only its own leads can be erased
 * @param leadId the lead to erase
 * @returns true when the lead was erased, false when the provider has no such lead
 * @example if (!(await eraseLead(services, 'fair-1', 'p-care', 'l1'))) throw notFound('This lead');
 */
export async function eraseLead(services: Services, eventId: string, providerId: string, leadId: string): Promise<boolean> {
  const rows = await services.queue.run(async (tx) => {
    const owned = { sql: 'SELECT id FROM leads WHERE id = ? AND event_id = ? AND provider_id = ?', args: [leadId, eventId, providerId] };
    // The keys of the tablets' changes go with the lead (explicitly: a remote database may not enforce the cascade).
    await tx.execute({ sql: `DELETE FROM lead_changes WHERE lead_id IN (${owned.sql})`, args: owned.args });
    const deleted = await tx.execute({
      sql: 'DELETE FROM leads WHERE id = ? AND event_id = ? AND provider_id = ? RETURNING id, event_id, provider_id',
      args: owned.args,
    });
    return deleted.rows;
  });
  if (rows.length === 0) return false;
  notifyErased(rows);
  if (isLocalUrl(services.config.dbUrl)) {
    try {
      // Every write runs with secure_delete (see WriteQueue), so the lead's rows and their earlier versions are
      // zeroed in the file; the WAL still holds them as written: copy it in and truncate it, as the purge does.
      if (!(await truncateWal(services.config.dbUrl))) throw new Error('the WAL checkpoint stayed busy');
    } catch (error) {
      services.config.log({ level: 'warn', msg: 'emptying the WAL after a lead erasure failed; the next purge does it', error: String(error) });
    }
  }
  // Counts only, never contents or ids (the log is read by operators).
  services.config.log({ level: 'info', msg: 'erased a lead from a booth tablet (withdrawn consent)', eventId, leads: rows.length });
  return true;
}
