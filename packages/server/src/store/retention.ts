import { HttpError } from '../http/errors.js';

/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When an event's visitor data must be gone: its end plus its retention days, as the consent text promises
 * ("spätestens {days} Tage nach dem Markt"). Stored on each lead and visit when it is written (`delete_after`),
 * and on the event (`events.delete_after`) so that a write can compare it in SQL.
 * @param endsAt the event's end (ISO 8601 with time zone)
 * @param retentionDays the event's retention in days
 * @returns the instant as `toISOString()` (UTC, milliseconds), or null when `endsAt` cannot be read
 * @example deleteAfter('2027-03-10T15:00:00+01:00', 30) // '2027-04-09T14:00:00.000Z'
 */
export function deleteAfter(endsAt: string, retentionDays: number): string | null {
  const end = Date.parse(endsAt);
  return Number.isFinite(end) ? new Date(end + retentionDays * DAY_MS).toISOString() : null;
}

/**
 * The refusal of a new visit or lead for an event whose retention period has ended: its data is deleted (or
 * about to be), so nothing new may arrive. Clients drop the item from their outbox on a 4xx.
 * @param eventId the event
 * @returns HttpError 410 `EVENT_CLOSED`
 * @example if (closed) throw eventClosed(eventId);
 */
export function eventClosed(eventId: string): HttpError {
  return new HttpError(
    410,
    'EVENT_CLOSED',
    `Event "${eventId}" has ended and its retention period is over: it takes no more visits or contact requests; drop this item.`,
  );
}
