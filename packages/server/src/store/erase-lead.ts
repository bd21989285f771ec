import type { Services } from '../services.js';
import { afterErasure } from './leads.js';

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
  await afterErasure(services, rows, rows.length, { msg: 'erased a lead from a booth tablet (withdrawn consent)', eventId, leads: rows.length });
  return true;
}
