import { COUNSELLING_TOPICS, GERMAN_LEVELS, OFFER_KINDS, RIASEC, TARGET_GROUPS } from '../model/vocabulary.js';
import type { MatchContext } from './context.js';
import type { OfferFeatures } from './features.js';
import { travelOf } from './hard-rules.js';
import { reason, type FitKey, type Reason } from './reasons.js';

/**
 * Weights of the soft-fit components. The score is the weighted mean over the components the person's
 * profile makes meaningful (no interests → no interest component), so it lies in [0, 1]; the radar's
 * weight is the `radarWeight` option.
 */
export const SOFT_WEIGHTS = Object.freeze({
  /** Congruence of the person's RIASEC profile with the offer's. */
  interest: 0.3,
  /** Offer leads to an occupation the person wished for (longest common KldB prefix). */
  wishedOccupation: 0.3,
  wishedKind: 0.15,
  strength: 0.1,
  /** Offer is meant for a group the person belongs to (such offers are made for exactly this situation). */
  targetGroup: 0.2,
  /**
   * Counselling the person needs (stated, a foreign degree → recognition, only light work → health), or a
   * German course at the person's level while German is at B1 or below.
   */
  need: 0.45,
  /** Offer is given in a language the person speaks (when German is A2 or below, or unknown). */
  language: 0.25,
  /** Hours that fit, short travel. */
  practical: 0.05,
  /** Free-text wishes through the search index. */
  wishes: 0.4,
});

/**
 * A component that does not apply to an offer (interests or labour demand for a counselling offer without
 * occupations) counts as this neutral value, so such offers are neither pushed up nor down by it.
 */
export const NEUTRAL = 0.5;


/**
 * How well a German course fits the person's level: 1 when its entry level is the person's level or one
 * below, 0.3 less for every further level below (an A1 course for someone at B2 is of little use).
 * @param entry rank of the course's required level (0 without requirement)
 * @param level rank of the person's level, −1 when unknown
 */
export function courseFit(entry: number, level: number): number {
  if (level < 0) return 1;
  return Math.max(0.1, Math.min(1, 1 - 0.3 * (level - entry - 1)));
}

const OCCUPATIONAL_KINDS = ['qualification', 'job', 'apprenticeship'].map((k) => OFFER_KINDS.indexOf(k as (typeof OFFER_KINDS)[number]));

/** How much a need the person did not state but that follows from the profile counts (e.g. health for light work only). */
export const DERIVED_NEED = 0.5;

/** Each note (a requirement the person said nothing about) lowers the score a little. */
export const NOTE_FACTOR = 0.95;

const LANGUAGE_KIND = OFFER_KINDS.indexOf('language');
const HEALTH_KIND = OFFER_KINDS.indexOf('health');
const INTEREST_KEYS = RIASEC.map((d) => `fit.interest.${d}` as FitKey);

/** Sum of the weights of the components this person activates: the score's denominator. */
export function activeWeight(ctx: MatchContext): number {
  const w = SOFT_WEIGHTS;
  let sum = 0;
  if (ctx.interests) sum += w.interest;
  if (ctx.wished.length) sum += w.wishedOccupation;
  if (ctx.wishedKindMask) sum += w.wishedKind;
  if (ctx.strengths.length) sum += w.strength;
  if (ctx.groupMask) sum += w.targetGroup;
  if (ctx.needMask || ctx.derivedNeedMask || ctx.germanNeed > 0) sum += w.need;
  if (ctx.otherLanguages.length) sum += w.language;
  if (ctx.from >= 0 || ctx.partTimeOnly || ctx.home) sum += w.practical;
  if (ctx.wishScores) sum += w.wishes;
  if (ctx.radarLookup) sum += ctx.radarWeight;
  return sum;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function popcount(x: number): number {
  let n = 0;
  for (let y = x; y; y &= y - 1) n++;
  return n;
}

/** A fit reason and how much it added, for ordering. */
interface Weighted {
  readonly reason: Reason;
  readonly weight: number;
}

/**
 * The weighted sum of the soft-fit components of one offer (not yet divided by `activeWeight`).
 * @param riasec the offer's RIASEC weights at `riasec[at … at + 5]` (a flat array over all offers keeps the
 *   hot loop in cache); `at` −1 when the offer has none
 * @param out when given, receives the fit reasons, strongest first
 */
export function softScore(ctx: MatchContext, f: OfferFeatures, riasec: Float64Array | null, at: number, out?: Reason[]): number {
  const w = SOFT_WEIGHTS;
  const found: Weighted[] | undefined = out ? [] : undefined;
  let total = 0;
  // How well the offer's occupations suit the person: scales needs met by occupational offers.
  let occupationalFit = 1;
  let languageFactor = 1;

  if (ctx.interests && riasec && at >= 0) {
    let congruence = 0;
    let bestD = 0;
    let best = -1;
    for (let d = 0; d < 6; d++) {
      const part = (riasec[at + d] as number) * (ctx.interests[d] as number);
      congruence += part;
      if (part > best) {
        best = part;
        bestD = d;
      }
    }
    total += w.interest * congruence;
    occupationalFit = congruence;
    if (found && congruence >= 0.5) found.push({ reason: reason(INTEREST_KEYS[bestD] as FitKey), weight: w.interest * congruence });
  } else if (ctx.interests) total += w.interest * NEUTRAL;

  if (ctx.wished.length && f.occupations.length) {
    let best = 0;
    let code = '';
    for (const wish of ctx.wished) {
      for (const occ of f.occupations) {
        const p = commonPrefix(wish, occ);
        const sim = p >= 4 ? 1 : p === 3 ? 0.85 : p === 2 ? 0.55 : 0;
        if (sim > best) {
          best = sim;
          code = occ;
        }
      }
    }
    total += w.wishedOccupation * best;
    occupationalFit = Math.max(ctx.interests && riasec && at >= 0 ? occupationalFit : 0, best);
    if (found && best > 0) found.push({ reason: reason('fit.wishedOccupation', { kldb: code }), weight: w.wishedOccupation * best });
  }

  if (ctx.wishedKindMask & (1 << f.kind)) {
    total += w.wishedKind;
    found?.push({ reason: reason('fit.wishedKind', { kind: OFFER_KINDS[f.kind] ?? '' }), weight: w.wishedKind });
  }

  if (ctx.strengths.length && f.groups.length) {
    let mask = 0;
    for (const g of f.groups) mask |= ctx.strengthByGroup[g] as number;
    if (mask) {
      const value = Math.min(1, 0.6 * popcount(mask));
      total += w.strength * value;
      if (found) {
        ctx.strengths.forEach((s, i) => {
          if (mask & (1 << i)) found.push({ reason: reason('fit.strength', { strength: s }), weight: (w.strength * value) / 2 });
        });
      }
    }
  }

  const groups = f.targetGroupMask & ctx.groupMask;
  if (groups) {
    // An offer made for one group is more tailored than one open to several.
    const count = popcount(f.targetGroupMask);
    total += w.targetGroup * (count === 1 ? 1 : count === 2 ? 0.8 : 0.65);
    if (found) {
      const group = TARGET_GROUPS.find((_, i) => groups & (1 << i)) ?? '';
      found.push({ reason: reason('fit.targetGroup', { group }), weight: w.targetGroup });
    }
  }

  let need = 0;
  const needs = f.topicMask & ctx.needMask;
  if (needs) {
    // A qualification or job with a recognition topic helps only if its occupation suits the person.
    need = OCCUPATIONAL_KINDS.includes(f.kind) && f.occupations.length ? occupationalFit : 1;
    if (found) {
      const topics = COUNSELLING_TOPICS.filter((_, i) => needs & (1 << i));
      for (const topic of topics) {
        const fromDegree = topic === 'recognition' && !ctx.profile.needs.includes('recognition');
        found.push({ reason: fromDegree ? reason('fit.recognition') : reason('fit.need', { topic }), weight: w.need * need });
      }
    }
  } else if (f.kind === HEALTH_KIND && f.topicMask & ctx.derivedNeedMask) {
    need = DERIVED_NEED;
    if (found) {
      const topic = COUNSELLING_TOPICS.find((_, i) => f.topicMask & ctx.derivedNeedMask & (1 << i)) ?? '';
      found.push({ reason: reason('fit.topic', { topic }), weight: w.need * need });
    }
  }
  if (f.kind === LANGUAGE_KIND) {
    const fit = courseFit(f.german < 0 ? 0 : f.german, ctx.german);
    if (ctx.germanNeed > 0) {
      const value = ctx.germanNeed * fit;
      if (value > need) need = value;
      found?.push({ reason: reason('fit.germanCourse', { level: GERMAN_LEVELS[ctx.german] ?? '' }), weight: w.need * value });
    }
    // A German course far below the person's level is of little use, whatever else fits.
    languageFactor = fit;
  }
  total += w.need * need;

  if (ctx.otherLanguages.length && f.languages.length) {
    let language = '';
    for (const l of ctx.otherLanguages) {
      if (f.languages.includes(l)) {
        language = l;
        break;
      }
    }
    if (language) {
      total += w.language;
      found?.push({ reason: reason('fit.language', { language }), weight: w.language });
    }
  }

  if (ctx.from >= 0 || ctx.partTimeOnly || ctx.home) {
    let parts = 0;
    let value = 0;
    if (ctx.from >= 0 || ctx.partTimeOnly) {
      parts++;
      if (f.flexible) {
        value += 1;
        found?.push({ reason: reason('fit.flexibleHours'), weight: w.practical });
      } else if (ctx.from >= 0 && f.end >= 0 && f.start >= 0) {
        value += 1;
        found?.push({ reason: reason('fit.schedule', { end: `${String(Math.floor(f.end / 60)).padStart(2, '0')}:${String(f.end % 60).padStart(2, '0')}` }), weight: w.practical });
      } else if (f.partTime) {
        value += 0.8;
        found?.push({ reason: reason('fit.partTime'), weight: w.practical * 0.8 });
      } else value += 0.3;
    }
    if (ctx.home) {
      if (f.remote) {
        parts++;
        value += 1;
        found?.push({ reason: reason('fit.remote'), weight: w.practical });
      } else {
        const minutes = travelOf(ctx, f);
        if (minutes !== undefined) {
          parts++;
          value += minutes <= 20 ? 1 : Math.max(0, 1 - (minutes - 20) / 40);
          if (minutes <= 25) found?.push({ reason: reason('fit.nearby', { minutes: Math.round(minutes) }), weight: w.practical });
        }
      }
    }
    if (parts) total += (w.practical * value) / parts;
  }

  if (ctx.wishScores) {
    const s = ctx.wishScores.get(f.id) ?? 0;
    total += w.wishes * s;
    if (found && s >= 0.25) found.push({ reason: reason('fit.wishes'), weight: w.wishes * s });
  }

  if (ctx.radarLookup && !f.occupations.length) total += ctx.radarWeight * NEUTRAL;
  else if (ctx.radarLookup) {
    let best = 0;
    let bestStatus = '';
    let code = '';
    for (const occ of f.occupations) {
      const entry = ctx.radarLookup(occ);
      if (entry && entry.demandIndex > best) {
        best = entry.demandIndex;
        bestStatus = entry.status;
        code = occ;
      }
    }
    total += ctx.radarWeight * best;
    if (found && best >= 0.45) {
      const region = ctx.radarRegion?.name;
      const r = region === undefined
        ? reason('radar.demandArea', { kldb: code })
        : reason(bestStatus === 'shortage' ? 'radar.shortage' : 'radar.demand', { kldb: code, region });
      found.push({ reason: r, weight: ctx.radarWeight * best });
    }
  }

  if (out && found) {
    // Stable order: strongest first, then by key so equal weights never swap.
    found.sort((a, b) => b.weight - a.weight || (a.reason.key < b.reason.key ? -1 : a.reason.key > b.reason.key ? 1 : 0));
    for (const item of found) out.push(item.reason);
  }
  return total * languageFactor;
}

