import { guarded } from '../model/guard.js';
import type { Offer, OfferInput } from '../model/offer.js';
import { offerRule } from '../model/shapes.js';
import {
  COUNSELLING_TOPICS,
  GERMAN_LEVELS,
  OFFER_KINDS,
  PHYSICAL_LOADS,
  RIASEC,
  SCHOOL_CERTIFICATES,
  TARGET_GROUPS,
} from '../model/vocabulary.js';
import { riasecOfKldb } from '../occupations/kldb.js';

/** Everything about an offer that does not depend on the person, computed once per offer object. */
export interface OfferFeatures {
  readonly offer: Offer;
  readonly id: string;
  readonly providerId: string;
  /** RIASEC weights R, I, A, S, E, C summing to 1, or null when the offer has no interest profile. */
  readonly riasec: Float64Array | null;
  readonly occupations: readonly string[];
  /** Two-digit groups of the occupations, as numbers. */
  readonly groups: readonly number[];
  readonly kind: number;
  readonly targetGroupMask: number;
  readonly targetGroupsOnly: boolean;
  readonly topicMask: number;
  /** Ranks in the ordered vocabularies, −1 when not required. */
  readonly german: number;
  readonly load: number;
  readonly school: number;
  readonly licence: boolean;
  readonly minAge: number;
  readonly maxAge: number;
  /** Minutes after midnight, −1 when not stated. */
  readonly start: number;
  readonly end: number;
  /** Bit d−1 for day d (1 = Monday); 0 when not stated. */
  readonly dayMask: number;
  readonly flexible: boolean;
  readonly partTime: boolean;
  readonly hours: number;
  readonly remote: boolean;
  /** Radians; NaN without coordinates. */
  readonly lat: number;
  readonly lon: number;
  readonly cosLat: number;
  readonly languages: readonly string[];
}

/** Holland's weighting of a code's letters: the first counts most. */
const LETTER_WEIGHTS = [1, 0.5, 0.25];
const codeVectors = new Map<string, Float64Array>();

/** RIASEC weights of a code such as `SAI`, summing to 1 (cached per code). */
export function riasecVector(code: string): Float64Array {
  let vec = codeVectors.get(code);
  if (!vec) {
    vec = new Float64Array(6);
    let sum = 0;
    for (let i = 0; i < code.length && i < 3; i++) {
      const d = RIASEC.indexOf(code[i] as (typeof RIASEC)[number]);
      if (d >= 0) {
        vec[d] = (vec[d] ?? 0) + (LETTER_WEIGHTS[i] ?? 0);
        sum += LETTER_WEIGHTS[i] ?? 0;
      }
    }
    for (let d = 0; d < 6; d++) vec[d] = (vec[d] ?? 0) / (sum || 1);
    codeVectors.set(code, vec);
  }
  return vec;
}

function offerRiasec(offer: Offer): Float64Array | null {
  if (offer.riasec) return riasecVector(offer.riasec);
  const codes = offer.occupations.map(riasecOfKldb).filter((c): c is string => c !== undefined);
  if (!codes.length) return null;
  const vec = new Float64Array(6);
  for (const code of codes) {
    const part = riasecVector(code);
    for (let d = 0; d < 6; d++) vec[d] = (vec[d] ?? 0) + (part[d] ?? 0) / codes.length;
  }
  return vec;
}

/** Minutes after midnight of `HH:MM`, or −1. */
export function minutesOf(time: string | undefined): number {
  if (!time) return -1;
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Bit mask of a list of words in a vocabulary. */
export function maskOf<T extends string>(vocabulary: readonly T[], words: readonly T[]): number {
  let mask = 0;
  for (const w of words) {
    const i = vocabulary.indexOf(w);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

export function dayMaskOf(days: readonly number[] | undefined): number {
  let mask = 0;
  for (const d of days ?? []) mask |= 1 << (d - 1);
  return mask;
}

const DEG = Math.PI / 180;

function build(offer: Offer): OfferFeatures {
  const r = offer.requirements;
  const s = offer.schedule;
  const lat = offer.place.lat !== undefined && offer.place.lon !== undefined ? offer.place.lat * DEG : NaN;
  return {
    offer,
    id: offer.id,
    providerId: offer.providerId,
    riasec: offerRiasec(offer),
    occupations: offer.occupations,
    groups: [...new Set(offer.occupations.map((c) => Number(c.slice(0, 2))))],
    kind: OFFER_KINDS.indexOf(offer.kind),
    targetGroupMask: maskOf(TARGET_GROUPS, offer.targetGroups),
    targetGroupsOnly: offer.targetGroupsOnly && offer.targetGroups.length > 0,
    topicMask: maskOf(COUNSELLING_TOPICS, offer.topics),
    german: r.germanLevel ? GERMAN_LEVELS.indexOf(r.germanLevel) : -1,
    load: r.physicalLoad ? PHYSICAL_LOADS.indexOf(r.physicalLoad) : -1,
    school: r.schoolCertificate ? SCHOOL_CERTIFICATES.indexOf(r.schoolCertificate) : -1,
    licence: r.drivingLicence === true,
    minAge: r.minAge ?? -1,
    maxAge: r.maxAge ?? -1,
    start: minutesOf(s.start),
    end: minutesOf(s.end),
    dayMask: dayMaskOf(s.days),
    flexible: s.flexible,
    partTime: s.partTime,
    hours: s.hoursPerWeek ?? -1,
    remote: offer.place.remote,
    lat,
    lon: offer.place.lon !== undefined ? offer.place.lon * DEG : NaN,
    cosLat: Math.cos(lat),
    languages: offer.languages,
  };
}

/** Features per offer object: offers are parsed and analysed once, however often they are matched. */
const cache = new WeakMap<object, OfferFeatures>();

/**
 * The features of an offer, checked on first sight (the engine's check of `OfferSchema`'s shape, see `model/shapes.ts`).
 * @throws {ValidationError} `INVALID_INPUT` naming `offers.<index>.<field>`
 */
export function featuresOf(input: OfferInput, index: number): OfferFeatures {
  let f = cache.get(input);
  if (!f) {
    f = build(guarded<Offer>(offerRule, input, `offers[${index}]`, `offers.${index}`));
    cache.set(input, f);
  }
  return f;
}
