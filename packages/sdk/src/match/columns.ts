import type { Offer, OfferInput } from '../model/offer.js';
import {
  COUNSELLING_TOPICS,
  GERMAN_LEVELS,
  OFFER_KINDS,
  PHYSICAL_LOADS,
  SCHOOL_CERTIFICATES,
  TARGET_GROUPS,
  rankOf,
} from '../model/vocabulary.js';
import { groupRiasec } from '../occupations/codes.js';
import { commonPrefix } from '../occupations/kldb.js';
import type { Radar } from '../radar/build-radar.js';
import { parsedOffer } from '../model/parsed-offer.js';
import { DEG, dayMaskOf, maskOf, minutesOf, offerRiasec } from './features.js';
import { FLEXIBLE, GROUPS_ONLY, HAS_RIASEC, LICENCE, MASKS, PART_TIME, REAL, REMOTE, ROW } from './record.js';

/** Index of each two-digit group in a 64-bit mask split into two 32-bit halves. */
const GROUP_BIT = new Int8Array(100).fill(-1);
[...groupRiasec.keys()].forEach((code, i) => {
  GROUP_BIT[Number(code)] = i;
});

/** Sets the bits of two-digit groups in a (lo, hi) pair of masks. */
export function groupBits(groups: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const g of groups) {
    const bit = GROUP_BIT[g] ?? -1;
    if (bit < 0) continue;
    if (bit < 32) lo |= 1 << bit;
    else hi |= 1 << (bit - 32);
  }
  return [lo, hi];
}

/**
 * Everything about a whole offer list that does not depend on the person, as typed arrays: the per-offer loop
 * reads a few contiguous records per offer (`row`, `masks`, `real`) instead of chasing one object per offer across the heap,
 * which is what keeps 100 000 offers fast. `offers[i]` (parsed) is still there for what the records do not hold
 * (codes and texts for reasons).
 */
export interface Columns {
  readonly inputs: readonly OfferInput[];
  readonly offers: readonly Offer[];
  readonly ids: readonly string[];
  readonly providers: readonly string[];
  /** The small integer fields of every offer, `ROW` per offer (see record.ts). */
  readonly row: Int16Array;
  /** The 32-bit masks of every offer, `MASKS` per offer (see record.ts). */
  readonly masks: Int32Array;
  /** Hours and RIASEC weights of every offer, `REAL` per offer (see record.ts). */
  readonly real: Float64Array;
  /** Latitude, longitude and its cosine of every offer (see record.ts). */
  readonly geo: Float64Array;
  /** Occupation codes, interned: offer i has `codes[occupationIds[k]]` for k in [occupationStart[i], occupationStart[i + 1]). */
  readonly codes: readonly string[];
  readonly occupationStart: Int32Array;
  readonly occupationIds: Int32Array;
  /** Languages of the list, interned: bit k of an offer's languages mask is `languageCodes[k]` (bit 31: more than 31 codes). */
  readonly languageCodes: readonly string[];
  /** Best radar demand per offer, per radar and region (−1 without occupations or without a radar entry). */
  readonly demand: WeakMap<Radar, Map<string, Float64Array>>;
  /** Per-call work arrays of `match`, reused while not in use. */
  scratch: { busy: boolean; readonly scores: Float64Array; readonly passing: Int32Array; readonly excluded: Int32Array } | undefined;
}

const cache = new WeakMap<readonly OfferInput[], Columns>();


/** The number of `key` in `list`, added at the end when new; keys beyond the first `max` all get `max`. */
function intern(numbers: Map<string, number>, list: string[], key: string, max: number): number {
  let number = numbers.get(key);
  if (number === undefined) {
    number = list.length < max ? list.push(key) - 1 : max;
    numbers.set(key, number);
  }
  return number;
}

function build(inputs: readonly OfferInput[]): Columns {
  const n = inputs.length;
  const offers = inputs.map(parsedOffer);
  const c = {
    inputs: inputs.slice(),
    offers,
    ids: offers.map((o) => o.id),
    providers: offers.map((o) => o.providerId),
    row: new Int16Array(n * ROW),
    masks: new Int32Array(n * MASKS),
    real: new Float64Array(n * REAL),
    geo: new Float64Array(n * 3).fill(NaN),
    codes: [] as string[],
    occupationStart: new Int32Array(n + 1),
    occupationIds: new Int32Array(offers.reduce((sum, o) => sum + o.occupations.length, 0)),
    languageCodes: [] as string[],
    demand: new WeakMap<Radar, Map<string, Float64Array>>(),
    scratch: undefined as Columns['scratch'],
  };
  const languageBit = new Map<string, number>();
  const codeId = new Map<string, number>();
  let k = 0;
  for (let i = 0; i < n; i++) {
    const o = offers[i] as Offer;
    const r = o.requirements;
    const s = o.schedule;
    const { lat, lon, remote } = o.place;
    const riasec = offerRiasec(o);
    c.occupationStart[i] = k;
    for (const code of o.occupations) c.occupationIds[k++] = intern(codeId, c.codes, code, Infinity);
    let languages = 0;
    for (const l of o.languages) languages |= 1 << intern(languageBit, c.languageCodes, l, 31);
    // The fields in the order of record.ts.
    c.row.set(
      [
        (s.flexible ? FLEXIBLE : 0) |
          (s.partTime ? PART_TIME : 0) |
          (remote ? REMOTE : 0) |
          (r.drivingLicence ? LICENCE : 0) |
          (o.targetGroupsOnly && o.targetGroups.length ? GROUPS_ONLY : 0) |
          (riasec ? HAS_RIASEC : 0),
        OFFER_KINDS.indexOf(o.kind),
        maskOf(TARGET_GROUPS, o.targetGroups),
        maskOf(COUNSELLING_TOPICS, o.topics),
        rankOf(GERMAN_LEVELS, r.germanLevel),
        rankOf(PHYSICAL_LOADS, r.physicalLoad),
        rankOf(SCHOOL_CERTIFICATES, r.schoolCertificate),
        r.minAge ?? -1,
        r.maxAge ?? -1,
        minutesOf(s.start),
        minutesOf(s.end),
        dayMaskOf(s.days),
      ],
      i * ROW,
    );
    c.masks.set([...groupBits(o.occupations.map((code) => Number(code.slice(0, 2)))), languages], i * MASKS);
    c.real.set([s.hoursPerWeek ?? -1, ...(riasec ?? [])], i * REAL);
    if (lat !== undefined && lon !== undefined) c.geo.set([lat * DEG, lon * DEG, Math.cos(lat * DEG)], i * 3);
  }
  c.occupationStart[n] = k;
  return c;
}

/**
 * The columns of an offer list, reused while the same array holds the same offer objects.
 * @throws {ValidationError} for an invalid offer (see `parsedOffer`)
 */
export function columnsOf(offers: readonly OfferInput[]): Columns {
  let columns = cache.get(offers);
  if (columns?.inputs.length === offers.length) {
    // A plain loop: for 100 000 offers a callback per element (`some`) costs the call half a millisecond more.
    let i = 0;
    while (i < offers.length && columns.inputs[i] === offers[i]) i++;
    if (i === offers.length) return columns;
  }
  columns = build(offers);
  cache.set(offers, columns);
  return columns;
}

/**
 * The best radar demand index of each offer's occupations for one region (or the mean over regions),
 * computed once per offer list, radar and region.
 */
export function demandOf(c: Columns, radar: Radar, region: string | undefined): Float64Array {
  let byRegion = c.demand.get(radar);
  if (!byRegion) {
    byRegion = new Map();
    c.demand.set(radar, byRegion);
  }
  const view = radar.view(region);
  const key = view.region?.code ?? '\u0000mean';
  let demand = byRegion.get(key);
  if (!demand) {
    // No row of the radar for an occupation's group is no figure, not "no demand": it counts neutral, as an
    // offer without occupations does, instead of below every occupation the radar does know.
    const byCode = c.codes.map((code) => view.lookup(code)?.demandIndex ?? -1);
    demand = new Float64Array(c.offers.length);
    for (let i = 0; i < demand.length; i++) {
      const from = c.occupationStart[i] as number;
      const to = c.occupationStart[i + 1] as number;
      let best = -1;
      for (let k = from; k < to; k++) best = Math.max(best, byCode[c.occupationIds[k] as number] as number);
      demand[i] = best;
    }
    byRegion.set(key, demand);
  }
  return demand;
}

/**
 * Best similarity of each interned occupation code to the person's wished codes by longest common
 * prefix: 1 when the code lies inside a wished group (a wish `82` or `821` and an offer's `82101`) or shares
 * 4 or more digits with a wish, 0.85 for the same three-digit Berufsgruppe, 0.55 for the same two-digit
 * group (a neighbouring occupation), else 0.
 */
export function wishedSimilarity(c: Columns, wished: readonly string[]): Float64Array {
  return Float64Array.from(c.codes, (code) => {
    let best = 0;
    for (const wish of wished) {
      const p = commonPrefix(wish, code);
      best = Math.max(best, p >= 4 || (p >= 2 && p === wish.length) ? 1 : p === 3 ? 0.85 : p === 2 ? 0.55 : 0);
    }
    return best;
  });
}
