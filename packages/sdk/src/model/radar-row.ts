import * as v from 'valibot';
import { KldbCodeSchema, shortText } from './common.js';

const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));

/**
 * One row of labour-market statistics for a region and occupation, shaped like the Bundesagentur's
 * (Statistik der BA: gemeldete Arbeitsstellen, Arbeitslose/Arbeitsuchende, abgeschlossene Vakanzzeit).
 */
export const RadarRowSchema = v.strictObject({
  /** Region key (AGS, Bezirk or Ortsteil code). */
  regionCode: v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,20}$/, 'must be 1–20 letters, digits, "_" or "-"')),
  regionName: shortText(120),
  regionLevel: v.optional(v.picklist(['state', 'agency', 'district', 'ortsteil']), 'ortsteil'),
  kldb: KldbCodeSchema,
  /** Open registered vacancies (gemeldete Arbeitsstellen). */
  vacancies: count,
  /** Registered job seekers for the occupation (Arbeitsuchende). */
  jobSeekers: count,
  /** Median completed vacancy duration in days (abgeschlossene Vakanzzeit). */
  vacancyDurationDays: v.pipe(v.number(), v.minValue(0, 'must not be negative'), v.maxValue(3650)),
  /** Change of vacancies against the same month last year, as a fraction (+0.12 = +12 %). */
  changeVsLastYear: v.pipe(v.number(), v.finite(), v.minValue(-1), v.maxValue(100)),
  /** Month of the figures, `YYYY-MM`. */
  period: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'))),
  /** True for made-up demo figures; shown as "illustrative, not official". */
  illustrative: v.optional(v.boolean(), false),
});
export type RadarRow = v.InferOutput<typeof RadarRowSchema>;
export type RadarRowInput = v.InferInput<typeof RadarRowSchema>;
