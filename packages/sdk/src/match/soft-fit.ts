import type { Offer } from '../model/offer.js';
import { COUNSELLING_TOPICS, GERMAN_LEVELS, OFFER_KINDS, RIASEC, TARGET_GROUPS, type RiasecDimension } from '../model/vocabulary.js';
import type { MatchContext } from './context.js';
import { FLEXIBLE, HAS_RIASEC, MASKS, PART_TIME, REAL, REMOTE, ROW } from './record.js';
import type { Columns } from './columns.js';
import { popcount } from '../bits.js';
import { hhmm } from './hard-rules.js';
import { FIT_KEYS, reason, type FitKey, type Reason } from './reasons.js';
import { DERIVED_NEED, NEUTRAL, SOFT_WEIGHTS, UNNAMED_SENSITIVE_FACTOR, courseFit } from './weights.js';
import { compareText } from '../model/text.js';
import { maskOf, wordsOf } from './features.js';

/** Kinds that lead to an occupation. */
const OCCUPATIONAL_KINDS = maskOf(OFFER_KINDS, ['qualification', 'job', 'apprenticeship']);
const SENSITIVE_TOPICS = maskOf(COUNSELLING_TOPICS, ['debt', 'addiction']);

/** Bit 31 of a language mask: a language beyond the first 31 of a list, to be checked by name. */
export const LANGUAGE_OVERFLOW = 1 << 31;

const LANGUAGE_KIND = OFFER_KINDS.indexOf('language');
// Read once: the loop below uses each weight many times.
const {
  interest: interestWeight,
  wishedOccupation: wishedOccupationWeight,
  wishedKind: wishedKindWeight,
  strength: strengthWeight,
  targetGroup: targetGroupWeight,
  need: needWeight,
  language: languageWeight,
  practical: practicalWeight,
  wishes: wishesWeight,
} = SOFT_WEIGHTS;

/** Sum of the weights of the components this person activates: the score's denominator. */
export function activeWeight(ctx: MatchContext): number {
  let sum = 0;
  if (ctx.interests) sum += interestWeight;
  if (ctx.profile.wishedOccupations.length) sum += wishedOccupationWeight;
  if (ctx.wishedKindMask) sum += wishedKindWeight;
  if (ctx.strengthGroups.length) sum += strengthWeight;
  if (ctx.groupMask) sum += targetGroupWeight;
  if (ctx.needMask || ctx.derivedNeedMask || ctx.germanNeed > 0) sum += needWeight;
  if (ctx.otherLanguages.length) sum += languageWeight;
  if (ctx.from >= 0 || ctx.profile.partTimeOnly || ctx.nearness) sum += practicalWeight;
  if (ctx.wishScores) sum += wishesWeight;
  if (ctx.demand) sum += ctx.radarWeight;
  return sum;
}

/** The offer names target groups and the person is known to belong to none of them. */
function aimedElsewhere(targetGroupMask: number, ctx: MatchContext): boolean {
  return targetGroupMask !== 0 && (targetGroupMask & ctx.groupMask) === 0 && (targetGroupMask & ~ctx.knownGroupMask) === 0;
}

/** How much a fit reason added (for ordering) and the reason. */
type Weighted = readonly [weight: number, reason: Reason];

/**
 * The weighted sum of the soft-fit components of offer `i` (not yet divided by `activeWeight`). One function
 * both scores (the hot loop: reads only typed-array columns, allocates nothing) and explains (with `out`).
 * @param out when given, receives the fit reasons, strongest first
 */
export function softScore(ctx: MatchContext, c: Columns, i: number, out?: Reason[]): number {
  const found: Weighted[] | undefined = out ? [] : undefined;
  // Adds a fit reason with its weight (only when explaining: `add?.(…)` evaluates nothing in the hot loop).
  const add = found && ((key: FitKey, weight: number, params?: Record<string, string | number>) => found.push([weight, reason(key, params)]));
  // The offer's fields, at the offsets of record.ts (each local is named after its field).
  const row = c.row;
  const at = i * ROW;
  const flags = row[at] as number;
  const kind = row[at + 1] as number;
  const occupations = (c.occupationStart[i + 1] as number) - (c.occupationStart[i] as number);
  let total = 0;
  // How well the offer's occupations suit the person: scales needs met by occupational offers.
  let occupationalFit = 1;
  // Multiplies the whole score: German courses far below the person's level, unnamed sensitive topics.
  let scoreFactor = 1;

  const hasRiasec = (flags & HAS_RIASEC) !== 0;
  if (ctx.interests && hasRiasec) {
    let congruence = 0;
    const riasecAt = i * REAL + 1; // the six RIASEC weights (record.ts)
    for (let d = 0; d < 6; d++) congruence += (c.real[riasecAt + d] as number) * (ctx.interests[d] as number);
    total += interestWeight * congruence;
    occupationalFit = congruence;
    // Name only an interest the person rated above the middle: rescaling turns a neutral 0.5 (a quiz dimension
    // left unanswered) into the strongest interest of someone who answered "not at all" to everything else.
    if (add && congruence >= 0.5) {
      const raw = ctx.profile.interests;
      let named = -1;
      let top = 0;
      for (let d = 0; d < 6; d++) {
        const part = (c.real[riasecAt + d] as number) * (ctx.interests[d] as number);
        if ((raw?.[RIASEC[d] as RiasecDimension] ?? 0) > NEUTRAL && part > top) {
          top = part;
          named = d;
        }
      }
      // The first six fit keys are the interests in RIASEC order.
      if (named >= 0) add(FIT_KEYS[named] as FitKey, interestWeight * congruence);
    }
  } else if (ctx.interests) total += interestWeight * NEUTRAL;

  if (ctx.wishedSimilarity && occupations) {
    let best = 0;
    let code = '';
    const to = c.occupationStart[i + 1] as number;
    for (let k = c.occupationStart[i] as number; k < to; k++) {
      const id = c.occupationIds[k] as number;
      const sim = ctx.wishedSimilarity[id] as number;
      if (sim > best) {
        best = sim;
        if (add) code = c.codes[id] as string;
      }
    }
    total += wishedOccupationWeight * best;
    occupationalFit = Math.max(ctx.interests && hasRiasec ? occupationalFit : 0, best);
    // Only a code in the wished Berufsgruppe "leads to your wished occupation"; a neighbour in the same
    // Hauptgruppe (Hauswirtschaft for a wished Erzieher) still counts, but is not named as the wish.
    if (best >= 0.85) add?.('fit.wishedOccupation', wishedOccupationWeight * best, { kldb: code });
  }

  if (ctx.wishedKindMask & (1 << kind)) {
    total += wishedKindWeight;
    add?.('fit.wishedKind', wishedKindWeight, { kind: OFFER_KINDS[kind] as string });
  }

  if (ctx.strengthGroups.length && occupations) {
    const lo = c.masks[i * MASKS] as number;
    const hi = c.masks[i * MASKS + 1] as number;
    let mask = 0;
    for (let s = 0; s < ctx.strengthGroups.length; s += 2) {
      if (((ctx.strengthGroups[s] as number) & lo) | ((ctx.strengthGroups[s + 1] as number) & hi)) mask |= 1 << (s >> 1);
    }
    if (mask) {
      const value = Math.min(1, 0.6 * popcount(mask));
      total += strengthWeight * value;
      if (add) {
        ctx.profile.strengths.forEach((strength, s) => {
          if (mask & (1 << s)) add('fit.strength', (strengthWeight * value) / 2, { strength });
        });
      }
    }
  }

  const targetGroupMask = row[at + 2] as number;
  const groups = targetGroupMask & ctx.groupMask;
  if (groups) {
    // An offer made for one group is more tailored than one open to several.
    const count = popcount(targetGroupMask);
    total += targetGroupWeight * (count === 1 ? 1 : count === 2 ? 0.8 : 0.65);
    add?.('fit.targetGroup', targetGroupWeight, { group: wordsOf(TARGET_GROUPS, groups)[0] as string });
  }

  let need = 0;
  const topicMask = row[at + 3] as number;
  const isOccupational = (OCCUPATIONAL_KINDS >> kind) & 1;
  // Debt or addiction counselling is for people who name the need: never pushed up by nearness or groups alone.
  if (topicMask & SENSITIVE_TOPICS && !(topicMask & SENSITIVE_TOPICS & ctx.needMask)) scoreFactor *= UNNAMED_SENSITIVE_FACTOR;
  const needs = topicMask & ctx.needMask;
  if (needs) {
    // A qualification or job with a recognition topic helps only if its occupation suits the person.
    need = occupations && isOccupational ? occupationalFit : 1;
    if (add) {
      for (const topic of wordsOf(COUNSELLING_TOPICS, needs)) {
        const fromDegree = topic === 'recognition' && !ctx.profile.needs.includes('recognition');
        add(fromDegree ? 'fit.recognition' : 'fit.need', needWeight * need, fromDegree ? undefined : { topic });
      }
    }
  } else if (!isOccupational && topicMask & ctx.derivedNeedMask && !aimedElsewhere(targetGroupMask, ctx)) {
    need = DERIVED_NEED;
    add?.('fit.topic', needWeight * need, { topic: wordsOf(COUNSELLING_TOPICS, topicMask & ctx.derivedNeedMask)[0] as string });
  }
  if (kind === LANGUAGE_KIND) {
    const entry = row[at + 4] as number;
    const fit = courseFit(entry < 0 ? 0 : entry, ctx.german);
    if (ctx.germanNeed > 0) {
      const value = ctx.germanNeed * fit;
      if (value > need) need = value;
      // "For your level" only for a course that starts at the person's level or one below (courseFit 1).
      if (fit >= 1) add?.('fit.germanCourse', needWeight * value, { level: GERMAN_LEVELS[ctx.german] as string });
    }
    // A German course far below the person's level is of little use, whatever else fits.
    scoreFactor = fit;
  }
  total += needWeight * need;

  if (ctx.languageMask) {
    let hit = (c.masks[i * MASKS + 2] as number) & ctx.languageMask;
    let language: string | undefined;
    // Languages beyond the list's first 31 are checked by name, as is the language named in a reason.
    if (hit === LANGUAGE_OVERFLOW || (hit && add)) {
      const offered = (c.offers[i] as Offer).languages;
      language = ctx.otherLanguages.find((l) => offered.includes(l));
      if (language === undefined) hit = 0;
    }
    if (hit) {
      total += languageWeight;
      add?.('fit.language', languageWeight, { language: language as string });
    }
  }

  if (ctx.from >= 0 || ctx.profile.partTimeOnly || ctx.nearness) {
    let parts = 0;
    let value = 0;
    if (ctx.from >= 0 || ctx.profile.partTimeOnly) {
      parts++;
      const start = row[at + 9] as number;
      const end = row[at + 10] as number;
      if (flags & FLEXIBLE) {
        value += 1;
        add?.('fit.flexibleHours', practicalWeight);
      } else if (ctx.from >= 0 && end >= 0 && start >= 0 && start !== end) {
        // (A start equal to the end, 09:00–09:00, is no stated hours: nothing to say fits.)
        value += 1;
        add?.('fit.schedule', practicalWeight, { end: hhmm(end) });
      } else if (flags & PART_TIME) {
        value += 0.8;
        add?.('fit.partTime', practicalWeight * 0.8);
      } else value += 0.3;
    }
    // Nearness counts only when it can be told for the list (see `MatchContext.nearness`); an offer whose
    // travel time alone is unknown (no coordinates) is neither near nor far: neutral, not 0.
    if (ctx.nearness) {
      parts++;
      if (flags & REMOTE) {
        value += 1;
        add?.('fit.remote', practicalWeight);
      } else {
        const minutes = ctx.travel ? (ctx.travel[i] as number) : NaN;
        if (Number.isNaN(minutes)) value += NEUTRAL;
        else {
          value += minutes <= 20 ? 1 : Math.max(0, 1 - (minutes - 20) / 40);
          if (minutes <= 25) add?.('fit.nearby', practicalWeight, { minutes: Math.round(minutes) });
        }
      }
    }
    if (parts) total += (practicalWeight * value) / parts;
  }

  if (ctx.wishScores) {
    const s = ctx.wishScores.get(c.ids[i] as string) ?? 0;
    total += wishesWeight * s;
    if (s >= 0.25) add?.('fit.wishes', wishesWeight * s);
  }

  if (ctx.demand) {
    const best = ctx.demand[i] as number;
    total += ctx.radarWeight * (best < 0 ? NEUTRAL : best);
    // "Many open positions" only above neutral: below it the offer scores less than one the radar has no figures for.
    if (add && best > NEUTRAL && ctx.radarLookup) {
      let code = '';
      let status = '';
      let top = -1;
      for (const occ of (c.offers[i] as Offer).occupations) {
        const entry = ctx.radarLookup(occ);
        if (entry && entry.demandIndex > top) {
          top = entry.demandIndex;
          status = entry.status;
          code = occ;
        }
      }
      const region = ctx.radarRegion?.name;
      add(
        region === undefined ? 'radar.demandArea' : status === 'shortage' ? 'radar.shortage' : 'radar.demand',
        ctx.radarWeight * best,
        region === undefined ? { kldb: code } : { kldb: code, region },
      );
    }
  }

  if (found) {
    // Stable order: strongest first, then by key so equal weights never swap.
    found.sort((a, b) => b[0] - a[0] || compareText(a[1].key, b[1].key));
    for (const [, fit] of found) out?.push(fit);
  }
  return total * scoreFactor;
}
