import { checkOption, optionError } from '../errors/markt-error.js';
import type { Place } from '../model/common.js';
import type { Offer, OfferInput } from '../model/offer.js';
import type { ProfileInput } from '../model/profile.js';
import type { Locale } from '../model/vocabulary.js';
import type { Radar } from '../radar/build-radar.js';
import type { SearchIndex } from '../search/create.js';
import { createContext, type MatchContext } from './context.js';
import type { Columns } from './columns.js';
import { checkHardRules } from './hard-rules.js';
import { reason, type Reason } from './reasons.js';
import { rankTop } from './select.js';
import { activeWeight, softScore } from './soft-fit.js';
import { NOTE_FACTOR, matchDefaults } from './weights.js';
import { compareText } from '../model/text.js';

/** An offer in the results: score in [0, 1] and at least one reason, strongest first. */
export interface RankedOffer {
  offer: Offer;
  score: number;
  reasons: Reason[];
}

/** An offer a hard rule removed, with every rule it breaks. */
export interface ExcludedOffer {
  offer: Offer;
  reasons: Reason[];
}

export interface MatchResult {
  /** Ranked: score descending, then offer id; diversified in the top k. */
  results: RankedOffer[];
  /** Offers removed by hard rules, ordered by offer id (built when first read). */
  excluded: ExcludedOffer[];
}

export interface MatchOptions {
  /** Labour demand near the person (`buildRadar`); offers leading to occupations in demand rank higher. */
  radar?: Radar;
  /** Weight of the radar against the other soft-fit components (0.3 interest, 0.45 needs, …); 0 turns it off. Default 0.15. */
  radarWeight?: number;
  /** Most results to return (default 50). */
  limit?: number;
  /** At most `maxPerProvider` (default 2) offers of one provider among the first `topK` (default 10). */
  diversity?: { maxPerProvider?: number; topK?: number };
  /** Index from `createSearchIndex(offers)`: used for `profile.wishes`. */
  searchIndex?: SearchIndex;
  /** Travel minutes from home to an offer's place; `undefined` falls back to the estimate from coordinates. */
  travelMinutes?: (from: Place, to: Place) => number | undefined;
  /** Language for the free-text search (default: the profile's `locale`). Reasons are keys in every language. */
  locale?: Locale;
}

export { matchDefaults };

function explain(ctx: MatchContext, c: Columns, i: number): Reason[] {
  const reasons: Reason[] = [];
  const notes: Reason[] = [];
  softScore(ctx, c, i, reasons);
  checkHardRules(ctx, c, i, undefined, notes);
  // "Open to everyone" only when nothing is to be asked about: not for an offer meant for single parents only.
  if (!reasons.length && !notes.length) reasons.push(reason('fit.general'));
  return reasons.concat(notes);
}

/**
 * Ranks offers for a person: hard rules remove what cannot work (and say why), a soft fit scores the
 * rest (interests, wished occupations and kinds, strengths, target groups, counselling needs, language,
 * hours and travel, free-text wishes, labour demand from the radar), and the top of the list is
 * diversified across providers. It suggests; it never decides about a person.
 * @param profile what the person said (`ProfileInput`; unknown fields never fail a rule)
 * @param offers the offers (`OfferInput`); each object is parsed and analysed once and cached
 * @param options `radar`, `radarWeight` (default 0.15), `limit` (50), `diversity` ({ maxPerProvider: 2, topK: 10 }),
 *   `searchIndex`, `travelMinutes`, `locale`
 * @returns `{ results, excluded }`: results by score descending then offer id, each with a score in [0, 1]
 *   and at least one reason; excluded offers by offer id with every hard rule they break
 * @throws {ValidationError} for an invalid profile or offer (`details` paths like `offers.3.kind`)
 * @throws {OptionError} for an option out of range
 * @example
 * const { results } = match({ interests, needs: ['debt'], home: { district: 'Weißensee' } }, offers, { radar });
 * results[0].reasons[0] // { key: 'fit.need', params: { topic: 'debt' } }
 */
export function match(profile: ProfileInput, offers: readonly OfferInput[], options: MatchOptions = {}): MatchResult {
  const radarWeight = checkOption('radarWeight', options.radarWeight ?? matchDefaults.radarWeight, 0, 10);
  const limit = checkOption('limit', options.limit ?? matchDefaults.limit, 0);
  const maxPerProvider = checkOption('diversity.maxPerProvider', options.diversity?.maxPerProvider ?? matchDefaults.maxPerProvider, 1);
  const topK = checkOption('diversity.topK', options.diversity?.topK ?? matchDefaults.topK, 0);
  for (const [name, value, method, expected] of [
    ['radar', options.radar, 'view', 'a radar made by buildRadar()'],
    ['searchIndex', options.searchIndex, 'search', 'an index made by createSearchIndex()'],
  ] as const) {
    if (value !== undefined && typeof (value as unknown as Record<string, unknown>)[method] !== 'function') throw optionError(name, expected);
  }

  const ctx = createContext(profile, offers, options, radarWeight);
  const { columns } = ctx;
  const { offers: parsed, ids, providers } = columns;
  const n = parsed.length;
  // Scratch arrays are reused across calls on the same list (nothing of them escapes this call), unless a
  // callback such as travelMinutes calls match again while this call still uses them.
  let scratch = columns.scratch;
  if (!scratch || scratch.busy) {
    scratch = { busy: false, scores: new Float64Array(n), passing: new Int32Array(n), excluded: new Int32Array(n) };
    columns.scratch ??= scratch;
  }
  scratch.busy = true;
  const { scores, passing } = scratch;
  try {
    const passed = scoreAll(ctx, columns, activeWeight(ctx), scores, passing, scratch.excluded);
    const excludedIdx = scratch.excluded.slice(0, n - passed);
    // The excluded list is built when first read: most screens show only the results, and with large
    // catalogues most of the work of a call would otherwise go into explaining offers nobody looks at.
    let excluded: ExcludedOffer[] | undefined;
    return {
      results: rankTop(scores, ids, providers, passing, passed, limit, maxPerProvider, topK).map((i) => ({
        offer: parsed[i] as Offer,
        score: scores[i] as number,
        reasons: explain(ctx, columns, i),
      })),
      get excluded() {
        return (excluded ??= Array.from(excludedIdx)
          .sort((a, b) => compareText(ids[a] as string, ids[b] as string) || a - b)
          .map((i) => {
            const reasons: Reason[] = [];
            checkHardRules(ctx, columns, i, reasons);
            return { offer: parsed[i] as Offer, reasons };
          }));
      },
      set excluded(value) {
        excluded = value;
      },
    };
  } finally {
    // The results are explained inside: only then are the scores free for the next call.
    scratch.busy = false;
  }
}

/**
 * The hot loop: hard rules and soft score for every offer, reading typed-array columns and allocating
 * nothing. Kept in its own small function so the engine optimises it once and keeps it optimised.
 * @returns how many offers passed (their indices are in `passing[0 … passed)`)
 */
function scoreAll(ctx: MatchContext, c: Columns, denominator: number, scores: Float64Array, passing: Int32Array, excludedIdx: Int32Array): number {
  let passed = 0;
  let excluded = 0;
  const scale = denominator > 0 ? 1 / denominator : 0;
  const n = c.offers.length;
  for (let i = 0; i < n; i++) {
    const notes = checkHardRules(ctx, c, i);
    if (notes < 0) {
      excludedIdx[excluded++] = i;
      continue;
    }
    let score = scale > 0 ? softScore(ctx, c, i) * scale : 0;
    if (notes > 0) score *= NOTE_FACTOR ** notes;
    scores[i] = Math.min(1, Math.max(0, score));
    passing[passed++] = i;
  }
  return passed;
}
