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
  district?: string | undefined;
  /**
   * The middle of the chosen district as the fair's data knows it (`districtPoint`): where travel times are
   * counted from. The district's, never the visitor's address; undefined when no place there has coordinates.
   */
  districtPoint?: GeoPoint | undefined;
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

/**
 * The middle of a district as the fair's own data shows it: the mean of the coordinates of the offers and
 * providers placed there (online offers and places without coordinates do not count). The kiosk counts
 * travel times from it when a visitor names the district they live in; it says nothing about the visitor.
 * @param data the fair's offers and providers
 * @param district the district's name, as in `place.district`
 * @returns the mean point, or undefined when nothing in that district has coordinates (travel time is then unknown)
 * @example districtPoint({ offers: [{ …, place: { district: 'Buch', lat: 52.63, lon: 13.49 } }], providers: [] }, 'Buch') // { lat: 52.63, lon: 13.49 }
 */
export function districtPoint(data: { readonly offers: readonly Pick<Offer, 'place'>[]; readonly providers: readonly Pick<Provider, 'place'>[] }, district: string): GeoPoint | undefined {
  let lat = 0;
  let lon = 0;
  let n = 0;
  for (const { place } of [...data.offers, ...data.providers]) {
    if (place.district !== district || place.remote || place.lat === undefined || place.lon === undefined) continue;
    lat += place.lat;
    lon += place.lon;
    n += 1;
  }
  return n ? { lat: lat / n, lon: lon / n } : undefined;
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
  if (session.hours === 'morning') {
    profile.availability = { from: '08:00', until: '13:00', days: [1, 2, 3, 4, 5] };
    profile.maxHoursPerWeek = 25;
  } else if (session.hours === 'kita') {
    profile.availability = { from: '08:00', until: '15:00', days: [1, 2, 3, 4, 5] };
    profile.maxHoursPerWeek = 32;
  } else if (session.hours === 'partTime') {
    profile.partTimeOnly = true;
  }
  return profile;
}
