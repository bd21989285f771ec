import {
  TRAVEL_ACCESS_MINUTES,
  TRAVEL_DETOUR,
  TRAVEL_SPEED_KMH,
  match,
  planRoute,
  search,
  type Event as MarktEvent,
  type LocalizedText,
  type Locale,
  type MatchOptions,
  type Offer,
  type Place,
  type Point,
  type Provider,
  type Radar,
  type RadarRow,
  type Reason,
  type SearchIndex,
  type Stand,
} from '@markt/sdk';
import { textLang } from '../shared/locale.js';
import { km, profileOf, type KioskSession } from './session.js';

/**
 * Travel minutes as the kiosk tells them to `match` (its `travelMinutes` option): an offer placed in the
 * visitor's own district is never farther than the visitor accepts. The visitor named a district, not an
 * address, so "17 minutes – more than your 15" from the district's middle to the district's edge would be
 * invented precision: such an offer counts as the visitor's own limit (kept, and "about 15 minutes" at most).
 * Every other place is left to the SDK's estimate from the district's middle (`undefined`).
 * @param session the visitor's session
 * @returns the option for `match`, or undefined when no district or no travel limit was given
 * @example travelMinutesOf({ ...emptySession(), district: 'Pankow', maxTravelMinutes: 15 })?.(home, { district: 'Pankow', lat: 52.565, lon: 13.41 }) // 15 where the estimate is 17.5
 */
export function travelMinutesOf(session: KioskSession): ((from: Place, to: Place) => number | undefined) | undefined {
  const { district, maxTravelMinutes: max } = session;
  if (!district || !max) return undefined;
  return (from, to) => {
    if (to.remote || to.district !== district || from.lat === undefined || from.lon === undefined || to.lat === undefined || to.lon === undefined) return undefined;
    const estimate = TRAVEL_ACCESS_MINUTES + ((km({ lat: from.lat, lon: from.lon }, { lat: to.lat, lon: to.lon }) * TRAVEL_DETOUR) / TRAVEL_SPEED_KMH) * 60;
    return Math.min(estimate, max);
  };
}

/** What `GET /api/events/:eventId/public` answers, and what the kiosk runs on. */
export interface KioskData {
  event: MarktEvent;
  providers: Provider[];
  offers: Offer[];
  stands: Stand[];
  radar: RadarRow[];
}

/** An offer with the reasons it fits (or, when excluded, why not). */
export interface Scored {
  offer: Offer;
  reasons: readonly Reason[];
}

/** The results screen's content: ranked offers, and the ones a hard rule removed. */
export interface Ranking {
  results: Scored[];
  excluded: Scored[];
}

/**
 * Ranks the fair's offers for a session, locally: `match` on the visitor's profile, then the free-text search
 * (its order wins while a query is typed) and the filter chips.
 * @param data the fair
 * @param session the visitor's answers, query and filters
 * @param locale the visitor's language (for the search)
 * @param tools the radar and search index built once from `data`
 * @returns ranked results and excluded offers (none while searching: the search shows what it finds)
 * @example rankOffers(data, emptySession('de'), 'de', { radar, index }).results[0]?.offer.id
 */
export function rankOffers(data: KioskData, session: KioskSession, locale: Locale, tools: { radar?: Radar | undefined; index?: SearchIndex | undefined }): Ranking {
  const options: MatchOptions = { limit: Math.max(1, data.offers.length) };
  if (tools.radar) options.radar = tools.radar;
  if (tools.index) options.searchIndex = tools.index;
  // An offer in the visitor's own district is never removed as too far (see travelMinutesOf).
  const travelMinutes = travelMinutesOf(session);
  if (travelMinutes) options.travelMinutes = travelMinutes;
  const matched = match(profileOf(session), data.offers, options);
  let list: Scored[] = matched.results;
  const query = session.query.trim();
  if (query && tools.index) {
    const byId = new Map(list.map((r) => [r.offer.id, r]));
    list = search(tools.index, query, { locale, limit: 50 }).map((hit) => byId.get(hit.offer.id) ?? { offer: hit.offer, reasons: [] });
  }
  const { kinds, fundings, partTime } = session.filters;
  const shown = ({ offer }: Scored) =>
    (kinds.length === 0 || kinds.includes(offer.kind)) &&
    (fundings.length === 0 || offer.funding.some((f) => fundings.includes(f))) &&
    (!partTime || offer.schedule.partTime);
  return { results: list.filter(shown), excluded: query ? [] : matched.excluded.filter(shown) };
}

/**
 * The stand where a provider's offer can be found (its first stand at this fair).
 * @param data the fair
 * @param offer the offer
 * @returns the stand, or undefined when the provider has none
 * @example standOf(data, offer)?.number // '12'
 */
export function standOf(data: KioskData, offer: Offer): Stand | undefined {
  return data.stands.find((s) => s.providerId === offer.providerId);
}

/**
 * The walk from "you are here" (the plan's entrance) through the stands of some offers.
 * @param data the fair
 * @param offerIds the offers to visit
 * @returns the stands in walking order and the path's points (start first); no path without an entrance
 * @example routeThrough(data, ['o1', 'o2']).stands.map((s) => s.number) // ['4', '12']
 */
export function routeThrough(data: KioskData, offerIds: readonly string[]): { stands: Stand[]; path: Point[] } {
  const wanted = new Set(offerIds.map((id) => data.offers.find((o) => o.id === id)?.providerId));
  const stands = data.stands.filter((s) => wanted.has(s.providerId) && s.position);
  const entrance = data.event.floorPlan?.entrance;
  if (!entrance || stands.length === 0) return { stands, path: [] };
  const route = planRoute(stands, entrance);
  return { stands: route.order, path: route.path };
}

/**
 * Where a stand is, seen from the entrance: its distance as a share of the farthest corner's, in thirds.
 * @param stand the stand
 * @param plan the event's floor plan
 * @returns `front`, `middle` or `back`; undefined without a position or plan
 * @example areaOf({ …, position: { x: 200, y: 280 } }, { width: 400, height: 300, entrance: { x: 200, y: 290 } }) // 'front'
 */
export function areaOf(stand: Stand | undefined, plan: MarktEvent['floorPlan']): 'front' | 'middle' | 'back' | undefined {
  if (!stand?.position || !plan) return undefined;
  const entrance = plan.entrance ?? { x: plan.width / 2, y: plan.height };
  const corners = [0, plan.width].flatMap((x) => [0, plan.height].map((y) => Math.hypot(x - entrance.x, y - entrance.y)));
  const share = Math.hypot(stand.position.x - entrance.x, stand.position.y - entrance.y) / Math.max(1, ...corners);
  return share < 0.34 ? 'front' : share < 0.67 ? 'middle' : 'back';
}

/**
 * The language `pickText` shows for a text, for its `lang` attribute (a fallback reads in English or German).
 * @param text a localized text
 * @param locale the visitor's language
 * @returns a BCP 47 tag
 * @example langOf({ de: 'Pflege', en: 'Care' }, 'tr') // 'en'
 */
export function langOf(text: LocalizedText, locale: Locale): string {
  return textLang(text, locale);
}
