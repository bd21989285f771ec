import { optionError } from '../errors/markt-error.js';
import type { RadarRow } from '../model/radar-row.js';
import { commonPrefix } from '../occupations/kldb.js';
import { radarViews, type Radar, type RadarEntry, type RadarRegion, type RadarView } from './build-radar.js';
import { seekersPerVacancyPoints, statusOf, trendPoints, vacancyDurationPoints } from './indicators.js';

/** The rows of one region that best describe `kldb`: longest common prefix (at least the 2-digit group). */
function bestRows(rows: readonly RadarRow[], kldb: string): RadarRow[] {
  let best = 2;
  let found: RadarRow[] = [];
  for (const row of rows) {
    const p = commonPrefix(row.kldb, kldb);
    if (p < best) continue;
    if (p > best) {
      best = p;
      found = [];
    }
    found.push(row);
  }
  // A row whose code is the common prefix itself (an ancestor, or the code itself) already sums its children.
  const ancestor = found.find((row) => row.kldb.length === best);
  if (ancestor) return [ancestor];
  return found.filter((row) => !found.some((other) => other !== row && row.kldb.startsWith(other.kldb)));
}

/** A look-up that makes the entry for a code (or finds it missing: null) once and keeps it in `cache`. */
function cached(make: (kldb: string) => RadarEntry | null, cache: Map<string, RadarEntry | null>): RadarView['lookup'] {
  return (kldb) => {
    let entry = cache.get(kldb);
    if (entry === undefined) cache.set(kldb, (entry = make(kldb)));
    return entry ?? undefined;
  };
}

/** The sum of one figure over rows (or entries), in their order. */
const sumOf = <T>(rows: readonly T[], pick: (row: T) => number): number => rows.reduce((s, row) => s + pick(row), 0);

/** The vacancy-weighted mean of one figure over rows (never empty); the plain mean when no row has vacancies. */
function weightedMean(rows: readonly RadarRow[], pick: (row: RadarRow) => number): number {
  const weight = sumOf(rows, (row) => row.vacancies);
  return weight > 0 ? sumOf(rows, (row) => pick(row) * row.vacancies) / weight : sumOf(rows, pick) / rows.length;
}

/**
 * The look-up of one region: its best rows for a code scored as one occupation, against the region's
 * vacancy-weighted mean duration and its largest vacancy count. Each row's own entry is made at once (in the
 * order of `regionRows`) and added to `entries`.
 */
export function regionLookup(region: RadarRegion, regionRows: readonly RadarRow[], entries: RadarEntry[]): RadarView['lookup'] {
  const avgDuration = weightedMean(regionRows, (r) => r.vacancyDurationDays);
  const maxVacancies = Math.max(0, ...regionRows.map((r) => r.vacancies));
  const scoreRows = (kldb: string, rows: readonly RadarRow[]): RadarEntry => {
    const vacancies = sumOf(rows, (r) => r.vacancies);
    const jobSeekers = sumOf(rows, (r) => r.jobSeekers);
    const vacancyDurationDays = weightedMean(rows, (r) => r.vacancyDurationDays);
    const changeVsLastYear = weightedMean(rows, (r) => r.changeVsLastYear);
    const durationRatio = avgDuration > 0 ? vacancyDurationDays / avgDuration : 1;
    const seekersPerVacancy = vacancies > 0 ? jobSeekers / vacancies : Infinity;
    const durationPoints = vacancyDurationPoints(durationRatio);
    const seekerPoints = seekersPerVacancyPoints(seekersPerVacancy);
    const trend = trendPoints(changeVsLastYear);
    const score = (durationPoints + seekerPoints + trend) / 3;
    const volume = maxVacancies > 0 ? Math.sqrt(Math.min(1, vacancies / maxVacancies)) : 0;
    return {
      region,
      kldb,
      vacancies,
      jobSeekers,
      vacancyDurationDays,
      changeVsLastYear,
      durationRatio,
      seekersPerVacancy,
      points: { vacancyDuration: durationPoints, seekersPerVacancy: seekerPoints, trend },
      score,
      status: statusOf(score),
      demandIndex: 0.75 * (score / 3) + 0.25 * volume,
      illustrative: rows.some((r) => r.illustrative),
    };
  };
  const cache = new Map(regionRows.map((row) => [row.kldb, scoreRows(row.kldb, [row])]));
  entries.push(...cache.values());
  return cached((kldb) => {
    const best = bestRows(regionRows, kldb);
    return best.length ? scoreRows(kldb, best) : null;
  }, cache);
}

/** The look-up without a known region: the mean over the entries of `regions` that have the code. */
export function meanLookup(regions: readonly RadarView[]): RadarView['lookup'] {
  return cached((kldb) => {
    const hits = regions.flatMap((region) => region.lookup(kldb) ?? []);
    if (!hits.length) return null;
    // The mean of every number of the entries (and of their points); the status follows from the mean score.
    const means = <T extends object>(of: (e: RadarEntry) => T): T => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(of(hits[0] as RadarEntry))) {
        if (typeof value === 'number') out[key] = sumOf(hits, (e) => (of(e) as Record<string, number>)[key]!) / hits.length;
      }
      return out as T;
    };
    const mean = means((e) => e);
    return {
      ...mean,
      region: undefined,
      kldb,
      points: means((e) => e.points),
      status: statusOf(mean.score),
      illustrative: hits.some((e) => e.illustrative),
    };
  }, new Map());
}

/**
 * Finds a region of the radar by code or name; case, accents and "ß"/"ss" do not matter.
 * @param radar a radar from `buildRadar`
 * @param nameOrCode e.g. `'Weißensee'`, `'weissensee'` or the region code
 * @returns the region, or `undefined` when the radar has no such region
 * @example findRegion(radar, 'Weissensee')?.name // 'Weißensee'
 */
export function findRegion(radar: Radar, nameOrCode: string): RadarRegion | undefined {
  return radarView(radar, nameOrCode).region;
}

/**
 * The radar's entry for an occupation in a region. The occupation is matched by the longest common
 * prefix of KldB codes (an offer's `82102` finds a row `821`, several rows `82101`/`82102` for an asked
 * `821` are summed), falling back to the rows of the two-digit group. Without a known region, the entry is
 * the mean over the regions of the finest level (e.g. all Ortsteile) that have the occupation.
 * @param radar a radar from `buildRadar`
 * @param kldb a KldB code of 2–5 digits
 * @param region a region name or code; `undefined` or an unknown region gives the mean over regions
 * @returns the entry, or `undefined` when no row shares the occupation's two-digit group
 * @example radarLookup(radar, '82102', 'Weißensee')?.status // e.g. 'shortage'
 */
export function radarLookup(radar: Radar, kldb: string, region?: string): RadarEntry | undefined {
  return radarView(radar, region).lookup(kldb);
}

/**
 * A cached view of the radar for one region (or the mean over regions), for looking up many codes.
 * @param radar a radar from `buildRadar`
 * @param region a region name or code, or `undefined`
 * @returns a function from KldB code to entry, and the region it resolved to
 * @example const view = radarView(radar, 'Pankow'); view.lookup('513')?.status
 */
export function radarView(radar: Radar, region?: string): RadarView {
  const view = radarViews.get(radar);
  if (!view) throw optionError('radar', 'a radar made by buildRadar()');
  return view(region);
}
