import type { SendOutcome } from '../net/outbox.js';
import type { BoothLead, LeadPatch } from './types.js';

/** A lead change waiting in the tablet's outbox. */
export interface PendingChange {
  id: string;
  patch: LeadPatch;
}

/**
 * The leads as the tablet shows them: the server's state (from the live feed) with the changes still waiting
 * to be sent laid over it, oldest first. The server's state itself is never changed locally, so when the
 * server refuses a change and it leaves the queue, the card shows the server's value again.
 * @param leads the leads as the server last sent them
 * @param pending the queued changes, oldest first
 * @returns the leads to show; a lead without pending changes is the same object as before
 * @example withPending([lead('l1')], [{ id: 'l1', patch: { rating: 5 } }])[0].rating // 5
 */
export function withPending(leads: readonly BoothLead[], pending: readonly PendingChange[]): BoothLead[] {
  if (pending.length === 0) return [...leads];
  const byId = new Map<string, LeadPatch>();
  for (const { id, patch } of pending) byId.set(id, { ...byId.get(id), ...patch });
  return leads.map((lead) => {
    const patch = byId.get(lead.id);
    return patch ? { ...lead, ...patch } : lead;
  });
}

/**
 * What an answer to `PATCH /api/booth/leads/:id` means for the queued change: 2xx delivered; 401 (the token is
 * being checked or revoked: the live feed logs a revoked tablet out), 408, 425 and 429 worth another try, as
 * are 5xx and no answer (0); every other 4xx refused for good (400 invalid, 403, 404 erased, 409, 413, 422).
 * @param status the HTTP status, 0 for no answer
 * @returns the outcome for the outbox
 * @example patchOutcome(404) // 'reject'
 */
export function patchOutcome(status: number): SendOutcome {
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 400 && status < 500 && ![401, 408, 425, 429].includes(status)) return 'reject';
  return 'retry';
}

/**
 * Whether the server's answer to a change is newer than the lead the tablet holds (a colleague's later change
 * may have arrived through the live feed first; the answer must not put an older state back).
 * @param held the lead as stored, if it still is
 * @param answer the server's answer (the lead after the change, or as it is now for a resent change)
 * @returns true when the answer should replace the stored lead
 * @example isNewer({ ...lead('l1'), seq: 4 }, { ...lead('l1'), seq: 7 }) // true
 */
export function isNewer(held: BoothLead | undefined, answer: unknown): answer is BoothLead {
  if (!held || typeof answer !== 'object' || answer === null) return false;
  const { id, seq } = answer as Partial<BoothLead>;
  return id === held.id && typeof seq === 'number' && seq > (held.seq ?? 0);
}
