import type { KeyValueStorage } from '../net/device-id.js';

/** Where the phone keeps the fairs whose server answered `EVENT_CLOSED`: their ids, nothing about the visitor. */
const CLOSED_EVENTS = 'markt.closedEvents';

/**
 * The fairs this phone knows to take no more contact requests (the server answered 410 `EVENT_CLOSED`).
 * @param storage where the phone keeps its data
 * @returns their event ids; none when nothing was stored or the copy cannot be read
 * @example closedEvents(localStorage) // ['pankow-2026']
 */
export function closedEvents(storage: KeyValueStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(CLOSED_EVENTS) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Forgets which fairs are closed (the visitor erased their details: the list tells which fairs they asked at).
 * @param storage where the phone keeps its data
 * @returns nothing
 * @example forgetClosedEvents(localStorage);
 */
export function forgetClosedEvents(storage: KeyValueStorage): void {
  try {
    storage.removeItem(CLOSED_EVENTS);
  } catch {
    // Nothing stored.
  }
}

/**
 * Notes that a fair takes no more contact requests, so its pages stop offering a form that cannot be sent.
 * A fair never opens again once its data is deleted, so the note is kept.
 * @param storage where the phone keeps its data
 * @param eventId the fair
 * @returns every fair known to be closed, this one included (also when storage refuses to write)
 * @example markClosed(localStorage, 'pankow-2026') // ['pankow-2026']
 */
export function markClosed(storage: KeyValueStorage, eventId: string): string[] {
  const known = closedEvents(storage);
  if (known.includes(eventId)) return known;
  const all = [...known, eventId];
  try {
    storage.setItem(CLOSED_EVENTS, JSON.stringify(all));
  } catch {
    // Without storage the page still knows it until it is closed.
  }
  return all;
}
