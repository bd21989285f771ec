/**
 * The Engpass indicators of the Beschäftigungs-Radar, modelled on the Bundesagentur für Arbeit's
 * Engpassanalyse (each indicator scores 0–3 points; the mean of the points decides the status).
 * The BA uses more indicators (unemployment rate per occupation, wages, …) than region-level open
 * data offers; the radar uses the three that the BA's statistics give per region and occupation.
 */

/** Points of one indicator: 0 (no sign of shortage) … 3 (strong sign). */
export type IndicatorPoints = 0 | 1 | 2 | 3;

/** What the mean of the indicator points says. */
export type RadarStatus = 'shortage' | 'watch' | 'none';

/**
 * Vacancy duration against the average of all occupations in the same region (BA: "abgeschlossene
 * Vakanzzeit" relative to all occupations). `ratio` = duration ÷ average.
 * - ratio ≥ 1.4 (at least 40 % above the average) → 3
 * - ratio ≥ 1.2 (20–40 % above) → 2
 * - ratio ≥ 1.0 (at or up to 20 % above) → 1
 * - below the average → 0
 * @param ratio vacancy duration divided by the regional average
 * @returns 0–3 points
 * @example vacancyDurationPoints(1.5) // 3
 */
export function vacancyDurationPoints(ratio: number): IndicatorPoints {
  if (ratio >= 1.4) return 3;
  if (ratio >= 1.2) return 2;
  if (ratio >= 1.0) return 1;
  return 0;
}

/**
 * Registered job seekers per open vacancy (BA: "Arbeitsuchenden-Stellen-Relation"); few seekers per
 * vacancy means employers struggle to fill posts.
 * - fewer than 1.5 seekers per vacancy → 3
 * - 1.5 to below 2.5 → 2
 * - 2.5 to below 4 → 1
 * - 4 or more, or no vacancy at all → 0
 * @param seekersPerVacancy job seekers ÷ vacancies (`Infinity` without vacancies)
 * @returns 0–3 points
 * @example seekersPerVacancyPoints(2) // 2
 */
export function seekersPerVacancyPoints(seekersPerVacancy: number): IndicatorPoints {
  if (seekersPerVacancy < 1.5) return 3;
  if (seekersPerVacancy < 2.5) return 2;
  if (seekersPerVacancy < 4) return 1;
  return 0;
}

/**
 * Trend of open vacancies against the same month last year (a growing number of unfilled posts is
 * a sign of a developing shortage).
 * - +10 % or more → 3
 * - +3 % to below +10 % → 2
 * - −3 % to below +3 % → 1
 * - falling by more than 3 % → 0
 * @param change change as a fraction (+0.12 = +12 %)
 * @returns 0–3 points
 * @example trendPoints(0.05) // 2
 */
export function trendPoints(change: number): IndicatorPoints {
  if (change >= 0.1) return 3;
  if (change >= 0.03) return 2;
  if (change >= -0.03) return 1;
  return 0;
}

/**
 * The status the BA gives the mean of the points: 2.0 or more is a shortage occupation
 * (Engpassberuf), 1.5 up to 2.0 an occupation under observation (Anzeichen), below that no shortage.
 * @param mean mean points, 0–3
 * @returns `'shortage' | 'watch' | 'none'`
 * @example statusOf(1.67) // 'watch'
 */
export function statusOf(mean: number): RadarStatus {
  if (mean >= 2) return 'shortage';
  if (mean >= 1.5) return 'watch';
  return 'none';
}
