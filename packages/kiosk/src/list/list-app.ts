import type { Locale } from '@markt/sdk';
import { directionOf, langTagOf } from '../i18n/catalog.js';
import { ApiClient } from '../net/api-client.js';
import type { KeyValueStorage } from '../net/device-id.js';
import { rememberLocale, startLocale } from '../shared/locale.js';
import { SavedList } from '../shared/saved-list.js';
import { hasFields, loadWithCopy } from '../phone/cached.js';
import { phoneCatalog } from '../phone/phone-catalog.js';
import { listHref, parseListFragment } from './fragment.js';
import './take-home-list/take-home-list.js';
import type { PublicEventData, TakeHomeList } from './take-home-list/take-home-list.js';

/** Options of {@link startList}. */
export interface ListOptions {
  /** `location.hash`; default the page's own. */
  hash?: string;
  api?: ApiClient;
  storage?: KeyValueStorage;
}

/**
 * Starts the take-home list page: reads the fragment (never sent to the server), fetches the event's public
 * data (cached on the phone for offline use), and shows the listed offers, the phone's saved list and the suggestions.
 * The messages of the link's language are requested before the data, and nothing language-specific shows before them.
 * Without a connection and without a cached copy it shows "No connection" with "Try again", and tries
 * again by itself when the phone comes back online.
 * @param root where the page goes
 * @param options fragment, API, storage
 * @returns the list element
 * @example startList(document.querySelector('main')!);
 */
export function startList(root: HTMLElement, { hash = location.hash, api = new ApiClient(), storage = localStorage }: ListOptions = {}): TakeHomeList {
  const list = document.createElement('markt-take-home-list');
  // The list has its own padding: without the browser's 8 px body margin its map can use the phone's whole width.
  root.ownerDocument.body.style.margin = '0';
  const fragment = parseListFragment(hash);
  const setLocale = (locale: Locale): void => {
    list.locale = locale;
    document.documentElement.lang = langTagOf(locale);
    document.documentElement.dir = directionOf(locale);
  };
  const locale = fragment?.locale ?? startLocale(storage);
  // The language's messages are fetched first, before the event's data, so the page speaks it as soon as possible.
  phoneCatalog.load(locale).catch(() => undefined);
  setLocale(locale);
  list.saved = new SavedList(storage).all();
  list.offerIds = fragment?.offerIds ?? [];
  list.suggestedIds = fragment?.suggestedIds ?? [];
  list.source = fragment?.source ?? 'kiosk';
  root.append(list);
  list.addEventListener('markt-locale-change', (event) => {
    setLocale(event.detail.locale);
    rememberLocale(event.detail.locale, storage);
    if (fragment) history.replaceState(null, '', listHref({ ...fragment, locale: event.detail.locale }));
  });
  if (!fragment) {
    // No usable fragment (cut off when copied, or /list typed by hand): "this link is incomplete", in the phone's language.
    list.problem = 'badLink';
    return list;
  }
  const cacheKey = `markt.event.${fragment.eventId}`;
  const isEventData = (value: unknown): value is PublicEventData => hasFields(value, ['event'], ['providers', 'offers', 'stands']);
  loadWithCopy(list, {
    fetch: () => api.get<PublicEventData>(`/api/events/${encodeURIComponent(fragment.eventId)}/public`),
    storage,
    cacheKey,
    isData: isEventData,
    // The phone page's "map of the fair" link adds m=1: open the list at the map.
    onData: () => {
      if (new URLSearchParams(hash.replace(/^#/, '')).get('m') === '1') {
        void list.updateComplete.then(() => list.shadowRoot?.querySelector('#map-title')?.scrollIntoView());
      }
    },
  });
  return list;
}
