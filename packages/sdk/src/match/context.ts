import { guarded } from '../model/guard.js';
import type { Locale } from '../model/vocabulary.js';
import type { Profile, ProfileInput } from '../model/profile.js';
import { profileRule } from '../model/shapes.js';
import {
  COUNSELLING_TOPICS,
  GERMAN_LEVELS,
  OFFER_KINDS,
  PHYSICAL_LOADS,
  RIASEC,
  SCHOOL_CERTIFICATES,
  TARGET_GROUPS,
  rankOf,
  type Strength,
  type TargetGroup,
} from '../model/vocabulary.js';
import type { OfferInput } from '../model/offer.js';
import type { RadarEntry, RadarRegion } from '../radar/build-radar.js';
import { columnsOf, demandOf, groupBits, wishedSimilarity, type Columns } from './columns.js';
import { travelTimes } from './hard-rules.js';
import type { MatchOptions } from './match.js';
import { LANGUAGE_OVERFLOW } from './soft-fit.js';
import { dayMaskOf, maskOf, minutesOf } from './features.js';

/**
 * Which Berufshauptgruppen a named strength points to. A person who says "I can fix things" finds
 * crafts and technical occupations a little higher.
 */
export const STRENGTH_GROUPS: Readonly<Record<Strength, readonly number[]>> = {
  helping: [81, 82, 83, 63],
  fixing: [24, 25, 26, 32, 33, 34],
  organising: [71, 72, 73, 51],
  creating: [12, 22, 23, 28, 93, 94],
  explaining: [84, 83, 91],
  languages: [91, 84],
  numbers: [72, 27, 41, 71],
  driving: [52],
  outdoors: [11, 12, 32, 42],
  caring: [81, 82, 83],
  selling: [61, 62, 63],
  computers: [43, 23, 92],
};

/** German at or below this rank (A2) makes a German course a need and offers in one's own language count. */
const GERMAN_NEED_RANK = GERMAN_LEVELS.indexOf('A2');
const GERMAN_B1 = GERMAN_LEVELS.indexOf('B1');

/** Everything about the person, the options and the offer list that the per-offer loop reads. */
export interface MatchContext {
  /** The offer list (`columnsOf`). */
  readonly columns: Columns;
  /** The parsed profile: what the loop reads as is (`wishedOccupations`, `strengths`, `partTimeOnly`, `home`, …). */
  readonly profile: Profile;
  /** Interests rescaled so the weakest dimension is 0 and the strongest 1; null when not known or flat. */
  readonly interests: Float64Array | null;
  readonly wishedKindMask: number;
  /**
   * For each of the person's strengths (in `profile.strengths` order), the groups it points to as a (lo, hi) bit
   * mask (see `groupBits`): strength s at [2s, 2s + 2).
   */
  readonly strengthGroups: Int32Array;
  /** Stated groups plus those that follow from the age. */
  readonly groupMask: number;
  /** Bits of groups whose membership is known (age groups when the age is known; all when groups were stated). */
  readonly knownGroupMask: number;
  readonly needMask: number;
  /** Topics that follow from the profile without being stated (see `derivedNeeds`). */
  readonly derivedNeedMask: number;
  /** 1 for German up to A2, 0.85 at B1, else 0: how much a German course is a need. */
  readonly germanNeed: number;
  readonly german: number;
  readonly load: number;
  readonly school: number;
  readonly age: number;
  readonly from: number;
  readonly until: number;
  readonly availableDays: number;
  readonly maxHours: number;
  readonly maxTravel: number;
  /** Languages the person speaks besides German (only when German is A2 or below, or unknown). */
  readonly otherLanguages: readonly string[];
  readonly radarLookup: ((kldb: string) => RadarEntry | undefined) | undefined;
  readonly radarRegion: RadarRegion | undefined;
  readonly radarWeight: number;
  /** Free-text search scores by offer id (with `wishes` and a search index). */
  readonly wishScores: ReadonlyMap<string, number> | undefined;
  /** The person's other languages as bits of the offer list's language codes. */
  readonly languageMask: number;
  /** Best radar demand per offer of the list (when the radar counts). */
  readonly demand: Float64Array | undefined;
  /** Similarity of each of the list's occupation codes to the wished occupations (when there are any). */
  readonly wishedSimilarity: Float64Array | undefined;
  /** One-way travel minutes per offer of the list, NaN when unknown (when the home is known). */
  readonly travel: Float64Array | undefined;
  /**
   * Whether nearness can be told at all: a home and a travel time for at least one offer of the list. A home
   * named by its district only, with no coordinates and no `travelMinutes` answer, tells nothing about
   * nearness: then it is left out of the score for every offer, online ones included.
   */
  readonly nearness: boolean;
}

const groupBit = (g: TargetGroup): number => 1 << TARGET_GROUPS.indexOf(g);

/**
 * The interests as `match` scores them: rescaled so the weakest dimension is 0 and the strongest 1, in R-I-A-S-E-C
 * order; null when not given or flat (all within 0.05), so that the interest component does not count.
 * @param interests interest per RIASEC dimension in [0, 1]
 * @returns six values in [0, 1], or null
 * @example rescaleInterests({ R: 0.2, I: 0.4, A: 0.6, S: 1, E: 0.2, C: 0.2 }) // [0, 0.25, 0.5, 1, 0, 0]
 */
export function rescaleInterests(interests: Profile['interests']): Float64Array | null {
  if (!interests) return null;
  const values = RIASEC.map((d) => interests[d]);
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max - min < 0.05) return null;
  return Float64Array.from(values, (x) => (x - min) / (max - min));
}

/**
 * Counselling topics that follow from what a person said, without being named as a need: health when only
 * light work is possible, family (childcare) for single parents. They count for counselling, integration
 * and health offers at `DERIVED_NEED` strength, never for jobs or training.
 */
export function derivedNeeds(profile: Profile, groupMask: number): number {
  let mask = 0;
  if (profile.maxPhysicalLoad === 'light') mask |= 1 << COUNSELLING_TOPICS.indexOf('health');
  if (groupMask & groupBit('single-parents')) mask |= 1 << COUNSELLING_TOPICS.indexOf('family');
  return mask;
}

/** Search scores at or below this count as no match for free-text wishes. */
const WISH_FLOOR = 0.55;

/** How many offers the free-text search is asked for. */
const WISH_SEARCH_LIMIT = 200;

function wishScoresOf(options: MatchOptions, wishes: string | undefined, locale: Locale): Map<string, number> | undefined {
  if (!options.searchIndex || !wishes?.trim()) return undefined;
  // Search scores are comparable only within one query: scale so the best hit is 1 and hits at or below
  // the floor (loosely related offers score about 0.5–0.6) count as no match.
  const hits = options.searchIndex.search(wishes, { limit: WISH_SEARCH_LIMIT, locale });
  const best = hits.reduce((m, h) => Math.max(m, h.score), 0);
  const scores = new Map<string, number>();
  if (best <= WISH_FLOOR) return scores;
  for (const hit of hits) scores.set(hit.offer.id, Math.max(0, Math.min(1, (hit.score - WISH_FLOOR) / (best - WISH_FLOOR))));
  return scores;
}

/** The person's languages as bits of the list's interned language codes (bit 31 for codes beyond them). */
function languageMaskOf(c: Columns, languages: readonly string[]): number {
  let mask = 0;
  for (const l of languages) {
    const bit = c.languageCodes.indexOf(l);
    mask |= bit >= 0 ? 1 << bit : c.languageCodes.length >= 31 ? LANGUAGE_OVERFLOW : 0;
  }
  return mask;
}

/**
 * Parses the profile and the offers and precomputes what the per-offer loop needs, in this order: the profile,
 * the free-text search, the offers, then what needs both (so an invalid profile is reported before invalid
 * offers, and the callbacks of the options are called in the order they always were).
 */
export function createContext(input: ProfileInput, offers: readonly OfferInput[], options: MatchOptions, radarWeight: number): MatchContext {
  const profile = guarded<Profile>(profileRule, input, 'profile');
  const strengthGroups = new Int32Array(profile.strengths.length * 2);
  profile.strengths.forEach((s, i) => {
    strengthGroups.set(groupBits(STRENGTH_GROUPS[s]), i * 2);
  });
  // Age groups that follow from an age (all three known when the age is).
  const UNDER_25 = groupBit('under-25');
  const OVER_45 = groupBit('over-45');
  const OVER_50 = groupBit('over-50');
  const { age, availability, home } = profile;
  const ageKnown = age === undefined ? 0 : UNDER_25 | OVER_45 | OVER_50;
  const byAge = age === undefined ? 0 : (age < 25 ? UNDER_25 : 0) | (age >= 45 ? OVER_45 : 0) | (age >= 50 ? OVER_50 : 0);
  let stated = maskOf(TARGET_GROUPS, profile.targetGroups);
  // Over 50 is over 45 too. Over 45 ticked without over 50 leaves over 50 open (a 52-year-old may tick only the first).
  let known = ageKnown | (stated ? (1 << TARGET_GROUPS.length) - 1 : 0);
  if (stated & OVER_50) stated |= OVER_45;
  else if (stated & OVER_45 && !ageKnown) known &= ~OVER_50;
  const german = rankOf(GERMAN_LEVELS, profile.germanLevel);
  // The radar counts only with a weight above 0.
  const radar = radarWeight > 0 ? options.radar : undefined;
  const view = radar?.view(home?.district);
  let needMask = maskOf(COUNSELLING_TOPICS, profile.needs);
  if (profile.foreignQualification) needMask |= 1 << COUNSELLING_TOPICS.indexOf('recognition');
  const wishScores = wishScoresOf(options, profile.wishes, options.locale ?? profile.locale);
  const columns = columnsOf(offers);
  const otherLanguages = german <= GERMAN_NEED_RANK ? profile.languages.filter((l) => l !== 'de' && l !== 'de-x-ls') : [];
  const languageMask = otherLanguages.length ? languageMaskOf(columns, otherLanguages) : 0;
  const demand = radar && demandOf(columns, radar, home?.district);
  const similarity = profile.wishedOccupations.length ? wishedSimilarity(columns, profile.wishedOccupations) : undefined;
  const travel = home && travelTimes(home, columns, options.travelMinutes);
  return {
    columns,
    profile,
    interests: rescaleInterests(profile.interests),
    wishedKindMask: maskOf(OFFER_KINDS, profile.wishedKinds),
    strengthGroups,
    groupMask: stated | byAge,
    // Stated groups are the person's answer to "which of these fit you?": the others are then known not to.
    knownGroupMask: known,
    needMask,
    derivedNeedMask: derivedNeeds(profile, stated | byAge) & ~needMask,
    germanNeed: german < 0 ? 0 : german <= GERMAN_NEED_RANK ? 1 : german === GERMAN_B1 ? 0.85 : 0,
    german,
    load: rankOf(PHYSICAL_LOADS, profile.maxPhysicalLoad),
    school: rankOf(SCHOOL_CERTIFICATES, profile.schoolCertificate),
    age: age ?? -1,
    from: minutesOf(availability?.from),
    until: minutesOf(availability?.until),
    availableDays: dayMaskOf(availability?.days),
    maxHours: profile.maxHoursPerWeek ?? -1,
    maxTravel: profile.maxTravelMinutes ?? -1,
    otherLanguages,
    radarLookup: view?.lookup,
    radarRegion: view?.region,
    radarWeight,
    wishScores,
    languageMask,
    demand,
    wishedSimilarity: similarity,
    travel,
    nearness: !!travel?.some((t) => !Number.isNaN(t)),
  };
}
