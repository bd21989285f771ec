import { GERMAN_LEVELS, scoreQuiz, type GermanLevel, type Locale, type Offer, type OfferKind, type Funding, type ProfileInput, type Provider, type QuizAnswers, type TargetGroup } from '@markt/sdk';

/** The hours a visitor can be away, as offered on the kiosk's optional "hours" step. */
export const HOURS_CHOICES = ['any', 'morning', 'kita', 'partTime'] as const;
export type HoursChoice = (typeof HOURS_CHOICES)[number];

/** German levels offered for self-rating (C2 reads as C1 to a visitor). */
export const GERMAN_CHOICES: readonly GermanLevel[] = GERMAN_LEVELS.filter((level) => level !== 'C2');

/** Travel times offered, in minutes. */
export const TRAVEL_CHOICES = [15, 30, 45, 60] as const;

/** Filters on the results screen. */
export interface ResultFilters {
  kinds: OfferKind[];
  fundings: Funding[];
  partTime: boolean;
}

/**
 * Everything one visitor has told or chosen at the kiosk. It lives in memory (and, for a page reload,
 * in localStorage) and is wiped when the visitor leaves or stays idle.
 */
export interface KioskSession {
  locale: Locale;
  answers: Record<string, 0 | 1 | 2 | 3 | 4 | null>;
  hours?: HoursChoice;
  germanLevel?: GermanLevel;
  /** The district the visitor lives in; '' when they answered "elsewhere", undefined when not asked or skipped. */
  district?: string | undefined;
  /**
   * The middle of the chosen district as the fair's data knows it (`districtPoint`): where travel times are
   * counted from. The district's, never the visitor's address; undefined when no place there has coordinates.
   */
  districtPoint?: GeoPoint | undefined;
  /** The longest trip the visitor accepts, in minutes; 0 when they answered "any", undefined when not asked or skipped. */
  maxTravelMinutes?: number | undefined;
  targetGroups: TargetGroup[];
  /** Offer ids the visitor put on the take-home list, in the order chosen. */
  list: string[];
  filters: ResultFilters;
  query: string;
}

/** A point on the map, in degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A district's places farther than this from the median of its coordinates count as mistakes (a wrong geocode, lat/lon swapped). */
export const DISTRICT_OUTLIER_KM = 3;
/** A district's middle farther than this from the middle of the whole fair's places is not trusted at all. */
export const DISTRICT_PLAUSIBLE_KM = 25;

/**
 * Distance in km between two points (haversine).
 * @param a one point
 * @param b the other
 * @returns the great-circle distance in km
 * @example km({ lat: 52.55, lon: 13.46 }, { lat: 52.63, lon: 13.49 }) // ≈ 9.1
 */
export function km(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = Math.sin(((b.lat - a.lat) * rad) / 2);
  const dLon = Math.sin(((b.lon - a.lon) * rad) / 2);
  const h = dLat * dLat + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * dLon * dLon;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The middle value of a non-empty list (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median latitude and longitude of some points (each counted on its own). */
function medianPoint(points: readonly GeoPoint[]): GeoPoint {
  return { lat: median(points.map((p) => p.lat)), lon: median(points.map((p) => p.lon)) };
}

/** The distinct coordinates of the fair's places in the hall's world (not online), in one district or all. */
function placePoints(data: { readonly offers: readonly Pick<Offer, 'place'>[]; readonly providers: readonly Pick<Provider, 'place'>[] }, district?: string): GeoPoint[] {
  const seen = new Map<string, GeoPoint>();
  for (const { place } of [...data.offers, ...data.providers]) {
    if (place.remote || place.lat === undefined || place.lon === undefined || !Number.isFinite(place.lat) || !Number.isFinite(place.lon)) continue;
    if (district !== undefined && place.district !== district) continue;
    seen.set(`${place.lat},${place.lon}`, { lat: place.lat, lon: place.lon });
  }
  return [...seen.values()];
}

/**
 * The middle of a district as the fair's own data shows it, robust to a few wrong coordinates: every distinct
 * coordinate of the offers and providers placed there counts once (ten offers at one provider's address do not
 * pull the middle to it); points more than `DISTRICT_OUTLIER_KM` from the median latitude/longitude are dropped
 * (lat/lon swapped, an address geocoded to another town) and the rest averaged. Online offers and places without
 * coordinates do not count. When nothing is left, or the middle lies more than `DISTRICT_PLAUSIBLE_KM` from the
 * median of all the fair's places, there is no point: the district alone counts and travel time stays unknown.
 * The kiosk counts travel times from it when a visitor names the district they live in; it says nothing about the visitor.
 * @param data the fair's offers and providers
 * @param district the district's name, as in `place.district`
 * @returns the middle, or undefined when it cannot be told from trustworthy coordinates
 * @example districtPoint({ offers: [{ …, place: { district: 'Buch', lat: 52.63, lon: 13.49 } }], providers: [] }, 'Buch') // { lat: 52.63, lon: 13.49 }
 */
export function districtPoint(data: { readonly offers: readonly Pick<Offer, 'place'>[]; readonly providers: readonly Pick<Provider, 'place'>[] }, district: string): GeoPoint | undefined {
  const points = placePoints(data, district);
  if (points.length === 0) return undefined;
  const mid = medianPoint(points);
  const kept = points.filter((p) => km(p, mid) <= DISTRICT_OUTLIER_KM);
  if (kept.length === 0) return undefined;
  const point = { lat: kept.reduce((sum, p) => sum + p.lat, 0) / kept.length, lon: kept.reduce((sum, p) => sum + p.lon, 0) / kept.length };
  return km(point, medianPoint(placePoints(data))) > DISTRICT_PLAUSIBLE_KM ? undefined : point;
}

/**
 * A new, empty session.
 * @param locale the language chosen (default German)
 * @returns a session with no answers, no list and no filters
 * @example emptySession('tr').answers // {}
 */
export function emptySession(locale: Locale = 'de'): KioskSession {
  return { locale, answers: {}, targetGroups: [], list: [], filters: { kinds: [], fundings: [], partTime: false }, query: '' };
}

/**
 * The anonymous matching profile of a session: the scored quiz plus the optional answers.
 * @param session the visitor's session
 * @returns a `ProfileInput` for `match`
 * @example profileOf({ ...emptySession('de'), answers: { 'help-people': 4 } }).strengths // ['helping']
 */
export function profileOf(session: KioskSession): ProfileInput {
  const answered = Object.values(session.answers).some((a) => a !== null);
  const quiz = answered ? scoreQuiz(session.answers as QuizAnswers) : undefined;
  const profile: ProfileInput = { locale: session.locale, targetGroups: [...session.targetGroups], languages: [session.locale === 'de-x-ls' ? 'de' : session.locale] };
  if (quiz) {
    profile.interests = quiz.interests;
    profile.strengths = quiz.strengths;
  }
  if (session.germanLevel) profile.germanLevel = session.germanLevel;
  if (session.district) {
    // Coordinates of the district's middle let `match` tell travel times (and remove offers beyond
    // `maxTravelMinutes`); without them the district alone counts for the radar and travel stays unknown.
    const point = session.districtPoint;
    profile.home = point ? { district: session.district, lat: point.lat, lon: point.lon } : { district: session.district };
  }
  if (session.maxTravelMinutes) profile.maxTravelMinutes = session.maxTravelMinutes;
  // "Mornings" is the time window and part time, never a number of hours: the visitor gave none, so an offer of
  // too many hours reads "38 hours a week – you are looking for part time" (the SDK's `excluded.fullTime`, over
  // its PART_TIME_MAX_HOURS), not "more than your 25". "Until 15:00 (kita)" is the time window and what it holds:
  // 08:00-15:00 on weekdays is 35 hours, so a 32-hour offer stays and a 39-hour one without stated times goes
  // ("39 hours a week – more than your 35"); the visitor never said "part time", so no `partTimeOnly`. Offers
  // with stated times must lie in the window either way.
  if (session.hours === 'morning') {
    profile.availability = { from: '08:00', until: '13:00', days: [1, 2, 3, 4, 5] };
    profile.partTimeOnly = true;
  } else if (session.hours === 'kita') {
    profile.availability = { from: '08:00', until: '15:00', days: [1, 2, 3, 4, 5] };
    profile.maxHoursPerWeek = 35;
  } else if (session.hours === 'partTime') {
    profile.partTimeOnly = true;
  }
  return profile;
}
