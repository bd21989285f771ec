import { checkOption } from '../errors/markt-error.js';
import type { Offer } from '../model/offer.js';
import { GERMAN_LEVELS, PHYSICAL_LOADS, SCHOOL_CERTIFICATES, rankOf } from '../model/vocabulary.js';
import { groupBits } from '../match/columns.js';
import { STRENGTH_GROUPS, rescaleInterests } from '../match/context.js';
import { offerRiasec } from '../match/features.js';
import { rankTop } from '../match/select.js';
import { NEUTRAL, NOTE_FACTOR, SOFT_WEIGHTS, UNNAMED_SENSITIVE_FACTOR, matchDefaults } from '../match/weights.js';
import type { QuizResult } from './score.js';

/** Options of `rankForQuiz`. */
export interface RankForQuizOptions {
  /** Most offers to return (default 50, as `match`); rounded down; a negative or non-finite limit throws, as in `match`. */
  limit?: number;
}

const LANGUAGE_KIND = 'language';
const SENSITIVE = ['debt', 'addiction'] as const;
const HEAVY = PHYSICAL_LOADS.indexOf('heavy');

/** What the ranking reads of an offer, none of it depending on the person. */
interface Features {
  /** RIASEC weights (its own code, else the mean over its occupations), or null. */
  readonly riasec: Float64Array | null;
  /** Its occupations' two-digit groups as a (lo, hi) bit mask; (0, 0) without a known group. */
  readonly lo: number;
  readonly hi: number;
  /** Debt or addiction offers count half for someone who did not name the need; a German course counts as is. */
  readonly factor: number;
  /**
   * How many notes `match` gives it for a person who said nothing about requirements: each requirement (German
   * above none, a heavy load, an age limit, a driving licence, a school certificate, target groups only) is one.
   */
  readonly notes: number;
}

/** Features per offer object: an offer is analysed once, however often it is ranked (as `match` does). */
const featureCache = new WeakMap<Offer, Features>();

function featuresOf(o: Offer): Features {
  let f = featureCache.get(o);
  if (!f) {
    // Fields with defaults may be left out (offers from JSON): read them as `match` fills them in.
    const given = o as Partial<Offer>;
    const r = given.requirements ?? {};
    const occupations = given.occupations ?? [];
    const topics = given.topics ?? [];
    const notes =
      +(!!given.targetGroupsOnly && (given.targetGroups ?? []).length > 0) +
      +(rankOf(GERMAN_LEVELS, r.germanLevel) > 0) +
      +(rankOf(PHYSICAL_LOADS, r.physicalLoad) === HEAVY) +
      +(r.minAge !== undefined) +
      +(r.maxAge !== undefined) +
      +!!r.drivingLicence +
      +(rankOf(SCHOOL_CERTIFICATES, r.schoolCertificate) > 0);
    const [lo, hi] = groupBits(occupations.map((code) => Number(code.slice(0, 2))));
    f = {
      riasec: offerRiasec({ ...o, occupations }),
      lo,
      hi,
      factor: o.kind === LANGUAGE_KIND ? 1 : SENSITIVE.some((t) => topics.includes(t)) ? UNNAMED_SENSITIVE_FACTOR : 1,
      notes,
    };
    featureCache.set(o, f);
  }
  return f;
}

/**
 * Ranks offers for a scored quiz: exactly the offers, in the same order, that
 * `match({ locale, interests: result.interests, strengths: result.strengths }, offers, { limit })` returns — the same
 * soft fit (interests against the offers' RIASEC codes, neutral for offers without one; strengths against their
 * occupation groups; weights normalised over these two), the same notes for requirements the quiz does not ask
 * about, the same diversity (at most 2 offers of a provider in the first 10) and the same tie-break (offer id). It
 * leaves out what such a profile never needs — hard rules, reasons, scores, the checks of the input — and so
 * bundles far smaller than `match`. The offers must be valid `Offer`s (as `parse`, the server or the kiosk's
 * data give them; fields with defaults may be left out); they are not checked.
 * @param result what `scoreQuiz` returned
 * @param offers the offers to rank (parsed)
 * @param options `limit` (default 50)
 * @returns the offers, best first: the same objects as given
 * @throws {OptionError} `OPTION_INVALID` when `limit` is negative or not a finite number, as `match` does
 * @example
 * const best = rankForQuiz(scoreQuiz({ 'help-people': 4, 'fix-things': 1 }), offers, { limit: 3 });
 * best.map((o) => o.id) // the three offers that fit best, as match would rank them
 */
export function rankForQuiz(result: QuizResult, offers: readonly Offer[], options: RankForQuizOptions = {}): Offer[] {
  const limit = checkOption('limit', options.limit ?? matchDefaults.limit, 0);
  const { interest, strength } = SOFT_WEIGHTS;
  const interests = rescaleInterests(result.interests);
  const strengths = result.strengths;
  const lo = new Int32Array(strengths.length);
  const hi = new Int32Array(strengths.length);
  strengths.forEach((s, k) => {
    [lo[k], hi[k]] = groupBits(STRENGTH_GROUPS[s]);
  });
  // The denominator of match's weighted mean, summed in the same order.
  let active = 0;
  if (interests) active += interest;
  if (strengths.length) active += strength;
  const scale = active > 0 ? 1 / active : 0;

  const n = offers.length;
  const scores = new Float64Array(n);
  const passing = new Int32Array(n);
  const ids: string[] = [];
  const providers: string[] = [];
  for (let i = 0; i < n; i++) {
    const o = offers[i] as Offer;
    ids.push(o.id);
    providers.push(o.providerId);
    passing[i] = i;
    const f = featuresOf(o);
    let total = 0;
    if (interests) {
      const riasec = f.riasec;
      if (riasec) {
        let congruence = 0;
        for (let d = 0; d < 6; d++) congruence += (riasec[d] as number) * (interests[d] as number);
        total += interest * congruence;
      } else total += interest * NEUTRAL;
    }
    // An offer without a known occupation group has no bit set and so names no strength.
    let named = 0;
    for (let k = 0; k < strengths.length; k++) if (((lo[k] as number) & f.lo) | ((hi[k] as number) & f.hi)) named++;
    if (named) total += strength * Math.min(1, 0.6 * named);
    let score = scale > 0 ? total * f.factor * scale : 0;
    if (f.notes > 0) score *= NOTE_FACTOR ** f.notes;
    scores[i] = Math.min(1, Math.max(0, score));
  }
  return rankTop(scores, ids, providers, passing, n, limit, matchDefaults.maxPerProvider, matchDefaults.topK).map((i) => offers[i] as Offer);
}

