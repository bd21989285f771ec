import { RadarDataError } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';
import { verdict } from '../model/guard.js';
import type { RadarRow } from '../model/radar-row.js';
import { REGION_LEVELS, radarRowRule } from '../model/radar-row-rule.js';
import { meanLookup, regionLookup } from './lookup.js';
import type { RadarStatus } from './indicators.js';

/** A region of the radar, from a Bundesland down to an Ortsteil. */
export interface RadarRegion {
  readonly code: string;
  readonly name: string;
  readonly level: RadarRow['regionLevel'];
}

/** The radar's figures and scores for one region and occupation (or the mean over regions). */
export interface RadarEntry {
  /** The region, or `undefined` for the mean over all regions (used when a person's district is unknown). */
  readonly region: RadarRegion | undefined;
  /** The KldB code of the rows behind the entry (for a lookup: the code that was asked for). */
  readonly kldb: string;
  readonly vacancies: number;
  readonly jobSeekers: number;
  readonly vacancyDurationDays: number;
  readonly changeVsLastYear: number;
  /** Vacancy duration ÷ the vacancy-weighted average of all occupations in the region. */
  readonly durationRatio: number;
  /** Job seekers ÷ vacancies; `Infinity` without vacancies. */
  readonly seekersPerVacancy: number;
  /** Points 0–3 per indicator (for the mean over regions: the mean points). */
  readonly points: { readonly vacancyDuration: number; readonly seekersPerVacancy: number; readonly trend: number };
  /** Mean of the three indicator points, 0–3. */
  readonly score: number;
  readonly status: RadarStatus;
  /** Demand in [0, 1]: ¾ · score/3 + ¼ · √(vacancies ÷ the region's largest vacancy count). */
  readonly demandIndex: number;
  /** Made-up demo figures: show "illustrative, not official". */
  readonly illustrative: boolean;
}

/** Labour demand per region × occupation, built by `buildRadar`. Query it with `radarLookup`. */
export interface Radar {
  readonly regions: readonly RadarRegion[];
  /** One entry per region and KldB code in the rows (duplicates resolved, see `buildRadar`). */
  readonly entries: readonly RadarEntry[];
  /** True when any row is illustrative. */
  readonly illustrative: boolean;
  /**
   * The same as `radarView(radar, region)`. `match` calls this, so that ranking without a radar never loads
   * the radar code.
   */
  readonly view: (region?: string) => RadarView;
}

/** Look-ups in one region (or, without a known region, the mean over the finest regions); see `radarView`. */
export interface RadarView {
  readonly region: RadarRegion | undefined;
  readonly lookup: (kldb: string) => RadarEntry | undefined;
}

/** The function behind `radar.view` per radar, invisible to callers (the radar object stays plain data). */
export const radarViews = new WeakMap<Radar, (region?: string) => RadarView>();

/**
 * Normalises a region name or code for lookup: case, accents, ß and spacing do not matter.
 * @param nameOrCode e.g. `'Weißensee'`
 * @returns the lookup key
 * @example regionKey('Weißensee') === regionKey('WEISSENSEE') // true
 */
export function regionKey(nameOrCode: string): string {
  return nameOrCode
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function validate(rows: readonly unknown[]): RadarRow[] {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new RadarDataError('RADAR_EMPTY', errorMessages.RADAR_EMPTY(), [{ path: 'rows', message: 'must hold at least one row' }]);
  }
  return rows.map((input, index) => {
    const { value, issues } = verdict<RadarRow>(radarRowRule, input, `rows.${index}`);
    if (!issues.length) return value;
    const field = issues[0]?.path.split('.').slice(2).join('.') || '(row)';
    throw new RadarDataError('RADAR_ROW_INVALID', errorMessages.RADAR_ROW_INVALID(index, field), issues);
  });
}

/**
 * Builds the Beschäftigungs-Radar from rows shaped like the Bundesagentur's statistics. For every region ×
 * occupation it scores three indicators 0–3 (see `vacancyDurationPoints`, `seekersPerVacancyPoints`,
 * `trendPoints`), their mean (≥ 2.0 shortage, 1.5–2.0 watch, below: none) and a demand index in [0, 1]
 * (¾ from the mean points, ¼ from the number of vacancies against the region's largest).
 * The vacancy-duration average is the vacancy-weighted mean over the region's rows, so a region's rows
 * should not overlap (not both `82` and `821` for one region). Two rows for the same region and KldB code:
 * the later `period` wins; with equal periods, the later row.
 * @param rows BA-shaped rows (`RadarRowInput`), e.g. parsed from CSV or JSON
 * @returns the radar, to pass to `radarLookup` or as `match(…, { radar })`
 * @throws {RadarDataError} `RADAR_EMPTY` without rows; `RADAR_ROW_INVALID` with `details[0].path` like
 *   `rows.3.vacancies` for the first malformed row
 * @example
 * const radar = buildRadar([{ regionCode: '1103', regionName: 'Weißensee', kldb: '821', vacancies: 40,
 *   jobSeekers: 30, vacancyDurationDays: 160, changeVsLastYear: 0.12 }]);
 * radarLookup(radar, '82102', 'Weissensee')?.status // 'shortage'
 */
export function buildRadar(rows: readonly unknown[]): Radar {
  const { freeze } = Object;
  const parsed = validate(rows);
  // Per region code: the region (named by its first row) and its rows by KldB code.
  const grouped = new Map<string, [RadarRegion, Map<string, RadarRow>]>();
  for (const row of parsed) {
    let group = grouped.get(row.regionCode);
    if (!group) grouped.set(row.regionCode, (group = [freeze({ code: row.regionCode, name: row.regionName, level: row.regionLevel }), new Map()]));
    const previous = group[1].get(row.kldb);
    if (!previous || (row.period ?? '') >= (previous.period ?? '')) group[1].set(row.kldb, row);
  }
  const byKey = new Map<string, RadarView>();
  const views: RadarView[] = [];
  const entries: RadarEntry[] = [];
  // Regions in the order of their codes, rows in the order of their KldB codes (sort() without a comparator
  // orders strings by code unit, as compareText does; the codes are unique).
  for (const code of [...grouped.keys()].sort()) {
    const [region, byCode] = grouped.get(code)!;
    const view = { region, lookup: regionLookup(region, [...byCode.keys()].sort().map((kldb) => byCode.get(kldb)!), entries) };
    views.push(view);
    for (const key of [region.code, region.name]) if (!byKey.has(regionKey(key))) byKey.set(regionKey(key), view);
  }
  const levelOf = (view: RadarView) => REGION_LEVELS.indexOf((view.region as RadarRegion).level);
  const finestLevel = Math.max(...views.map(levelOf));
  const mean = { region: undefined, lookup: meanLookup(views.filter((view) => levelOf(view) === finestLevel)) };
  const view = (region?: string): RadarView => ({ ...((region !== undefined && byKey.get(regionKey(region))) || mean) });
  const radar: Radar = freeze({
    regions: freeze(views.map((v) => v.region as RadarRegion)),
    entries: freeze(entries),
    illustrative: parsed.some((r) => r.illustrative),
    view,
  });
  radarViews.set(radar, view);
  return radar;
}
