import type { Locale } from '@markt/sdk';
import { isLocale } from '../shared/locale.js';

/** What a take-home link carries in its fragment (which browsers never send to a server). */
export interface ListFragment {
  eventId: string;
  locale: Locale;
  /** The offers of the visitor's list, in its order (`o=`). */
  offerIds: string[];
  /** Offers suggested besides the list (`r=`), shown after it as suggestions; none in older links. */
  suggestedIds?: string[];
  /**
   * Where the list was made: at the kiosk (every link without `s=`, as the kiosk writes it), or the phone's own saved
   * list (`s=p`, the stand page's "show as take-home list").
   */
  source?: 'kiosk' | 'phone';
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const ids = (value: string | null): string[] => [...new Set((value ?? '').split(',').filter((id) => ID.test(id)))];

/**
 * Reads a take-home list fragment `#v=1&e=<eventId>&l=<locale>&o=<id>,<id>[&r=<id>,<id>][&s=p]`.
 * @param hash `location.hash`, with or without the leading `#`
 * @returns the list (suggestions without the offers already on the list; `source` `kiosk` unless `s=p`), or
 *   undefined when the fragment is not a version-1 list with an event id
 * @example parseListFragment('#v=1&e=pankow-2026&l=tr&o=o1,o2') // { eventId: 'pankow-2026', locale: 'tr', offerIds: ['o1', 'o2'], suggestedIds: [], source: 'kiosk' }
 */
export function parseListFragment(hash: string): ListFragment | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const eventId = params.get('e') ?? '';
  if (params.get('v') !== '1' || !ID.test(eventId)) return undefined;
  const locale = params.get('l');
  const offerIds = ids(params.get('o'));
  const suggestedIds = ids(params.get('r')).filter((id) => !offerIds.includes(id));
  return { eventId, locale: isLocale(locale) ? locale : 'de', offerIds, suggestedIds, source: params.get('s') === 'p' ? 'phone' : 'kiosk' };
}

/**
 * Writes the take-home list path with its fragment.
 * @param list event, language, offers, and optionally suggestions and the source (`phone` adds `s=p`)
 * @returns e.g. `/list#v=1&e=pankow-2026&l=tr&o=o1,o2`
 * @example listHref({ eventId: 'pankow-2026', locale: 'tr', offerIds: ['o1'], source: 'phone' }) // '/list#v=1&e=pankow-2026&l=tr&o=o1&s=p'
 */
export function listHref({ eventId, locale, offerIds, suggestedIds = [], source = 'kiosk' }: ListFragment): string {
  const suggested = suggestedIds.length > 0 ? `&r=${suggestedIds.map(encodeURIComponent).join(',')}` : '';
  const from = source === 'phone' ? '&s=p' : '';
  return `/list#v=1&e=${encodeURIComponent(eventId)}&l=${encodeURIComponent(locale)}&o=${offerIds.map(encodeURIComponent).join(',')}${suggested}${from}`;
}
