import type { Locale } from '@markt/sdk';
import { isLocale } from '../shared/locale.js';

/** What a take-home link carries in its fragment (which browsers never send to a server). */
export interface ListFragment {
  eventId: string;
  locale: Locale;
  offerIds: string[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads a take-home list fragment `#v=1&e=<eventId>&l=<locale>&o=<id>,<id>`.
 * @param hash `location.hash`, with or without the leading `#`
 * @returns the list, or undefined when the fragment is not a version-1 list with an event id
 * @example parseListFragment('#v=1&e=pankow-2026&l=tr&o=o1,o2') // { eventId: 'pankow-2026', locale: 'tr', offerIds: ['o1', 'o2'] }
 */
export function parseListFragment(hash: string): ListFragment | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const eventId = params.get('e') ?? '';
  if (params.get('v') !== '1' || !ID.test(eventId)) return undefined;
  const locale = params.get('l');
  const offerIds = (params.get('o') ?? '').split(',').filter((id) => ID.test(id));
  return { eventId, locale: isLocale(locale) ? locale : 'de', offerIds: [...new Set(offerIds)] };
}

/**
 * Writes the take-home list path with its fragment.
 * @param list event, language and offers
 * @returns e.g. `/list#v=1&e=pankow-2026&l=tr&o=o1,o2`
 * @example listHref({ eventId: 'pankow-2026', locale: 'tr', offerIds: ['o1'] })
 */
export function listHref({ eventId, locale, offerIds }: ListFragment): string {
  return `/list#v=1&e=${encodeURIComponent(eventId)}&l=${encodeURIComponent(locale)}&o=${offerIds.map(encodeURIComponent).join(',')}`;
}
