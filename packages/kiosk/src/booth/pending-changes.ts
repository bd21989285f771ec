import { ApiError } from '../net/api-client.js';
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

/** The statuses with which the markt server refuses a lead change for good (with its `{ error }` body). */
const REFUSED = [400, 403, 404, 409, 413, 415, 422];

/**
 * Whether an error is an answer of the markt server itself (`{ error: { code, message } }` with a code such as
 * `NOT_FOUND`), not of a proxy, a filter or a captive portal on the fair's Wi-Fi (whose pages carry no such code).
 * @param error what a call to the API threw
 * @returns true for a markt error body
 * @example isMarktError(new ApiError(404, 'NOT_FOUND', 'This lead was not found.')) // true
 */
export function isMarktError(error: unknown): error is ApiError {
  return error instanceof ApiError && /^[A-Z][A-Z0-9_]*$/.test(error.code);
}

/**
 * Whether the markt server refused this tablet's token (revoked, or no longer known): a 401 with the server's own
 * code. A 401 page of a proxy or filter on the fair's network is not that.
 * @param error what a call to the API threw
 * @returns true when the pairing can no longer be used
 * @example isRevoked(new ApiError(401, 'DEVICE_REVOKED', 'This device was revoked.')) // true
 * @example isRevoked(new ApiError(401, 'http_401', 'Unauthorized')) // false
 */
export function isRevoked(error: unknown): boolean {
  return isMarktError(error) && error.status === 401 && (error.code === 'DEVICE_REVOKED' || error.code === 'UNAUTHORIZED');
}

/**
 * What a failed `PATCH /api/booth/leads/:id` means for the queued change: refused for good only when the markt
 * server itself refused it (its error body, with 400, 403, 404 erased, 409, 413, 415 or 422); anything else
 * (no answer, 401, 408, 429, 5xx, or any status from a proxy, filter or captive portal) is worth another try.
 * @param error what the call threw
 * @returns the outcome for the outbox
 * @example patchOutcome(new ApiError(404, 'NOT_FOUND', 'This lead was not found.')) // 'reject'
 * @example patchOutcome(new ApiError(403, 'http_403', 'Forbidden')) // 'retry' (a filter's page)
 */
export function patchOutcome(error: unknown): SendOutcome {
  return isMarktError(error) && REFUSED.includes(error.status) ? 'reject' : 'retry';
}

/**
 * Whether the server refused the change only for its `idempotencyKey` (an older server during a rolling
 * upgrade that does not know the field): then the change is sent again without it.
 * @param error what the call threw
 * @returns true for a markt 400 whose only problem is the key
 * @example refusesKey(new ApiError(400, 'INVALID_INPUT', 'see details', [{ path: 'idempotencyKey', message: 'unknown' }])) // true
 */
export function refusesKey(error: unknown): boolean {
  return (
    isMarktError(error) &&
    error.status === 400 &&
    error.details.length > 0 &&
    error.details.every((detail) => String(detail.path).replace(/^[$./]+/, '') === 'idempotencyKey')
  );
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
