import type { Event, Offer, Provider, RadarRow, Stand } from '@markt/sdk';

/** An event's public data, as `GET /api/events/:eventId/public` returns it (stands without QR tokens). */
export interface PublicEventData {
  event: Event;
  providers: Provider[];
  offers: Offer[];
  stands: Stand[];
  radar?: RadarRow[];
}

/** One request per server and event, shared by every component on the page. */
const loads = new Map<string, Promise<PublicEventData>>();

/** The API base without trailing slashes (`''` means the page's own server). */
export function normaliseBase(apiBase: string): string {
  return apiBase.trim().replace(/\/+$/, '');
}

/**
 * An address on the markt server. A path (`/api/…`, `/s/…`) is joined to `api-base` as the data requests are
 * (`https://jobcenter.example/markt` + `/api/…`, not `new URL`, which would drop `/markt`), then made absolute
 * against the page (a relative api-base such as `/markt` works too); any other relative URL is resolved against
 * the api-base (else the page); an absolute URL stays as it is.
 * @param apiBase the markt server (`''`: this page's server)
 * @param url an absolute URL or a path on the markt server
 * @returns the absolute URL, or `url` unchanged when it cannot be resolved
 * @example serverUrl('https://jobcenter.example/markt/', '/s/Ab3') // 'https://jobcenter.example/markt/s/Ab3'
 */
export function serverUrl(apiBase: string, url: string): string {
  const base = normaliseBase(apiBase);
  const page = globalThis.location?.href;
  try {
    if (url.startsWith('/') && !url.startsWith('//')) return new URL(`${base}${url}`, page).href;
    return new URL(url, base ? new URL(`${base}/`, page) : page).href;
  } catch {
    return url;
  }
}

/**
 * Fetches an event's public data once per page: several components with the same `api-base` and
 * `event-id` share one request. A failed request is forgotten, so the next call tries again.
 * @param apiBase the markt server, e.g. `https://markt.example.org` (`''`: this page's server)
 * @param eventId the event's id
 * @returns the event, its providers, offers and stands
 * @example const { offers } = await loadPublicData('https://markt.example.org', 'fair-2027');
 */
export function loadPublicData(apiBase: string, eventId: string): Promise<PublicEventData> {
  const base = normaliseBase(apiBase);
  const key = `${base}\n${eventId}`;
  let load = loads.get(key);
  if (!load) {
    // Plain fetch rather than the kiosk's ApiClient: an embed needs no tokens, bodies or error details.
    load = fetch(`${base}/api/events/${encodeURIComponent(eventId)}/public`, { headers: { accept: 'application/json' } }).then((res) => {
      if (!res.ok) throw new Error(`GET public data of ${eventId}: HTTP ${res.status}`);
      return res.json() as Promise<PublicEventData>;
    });
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}

/**
 * Offers of one provider (or all when no provider is named), in the order of the data.
 * @param data the event's public data
 * @param providerId a provider's id, or `''` for every provider
 * @returns the offers
 * @example offersOf(data, 'p-bildungswerk');
 */
export function offersOf(data: PublicEventData, providerId: string): Offer[] {
  return providerId ? data.offers.filter((o) => o.providerId === providerId) : data.offers;
}
