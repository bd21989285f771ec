import { bool, num, obj, oneOf, short, str } from './guard.js';

// The engine's check of radar rows (see guard.ts): the same fields, ranges and defaults as RadarRowSchema.

const count = num(0, Infinity, true);

/** The levels of a radar region, from the largest to the smallest. */
export const REGION_LEVELS = ['state', 'agency', 'district', 'ortsteil'] as const;

/** A radar row as `RadarRowSchema` reads it. */
export const radarRowRule = obj(
  {
    regionCode: str(/^[0-9A-Za-z_-]{1,20}$/),
    regionName: short,
    regionLevel: oneOf(REGION_LEVELS),
    kldb: str(/^\d{2,5}$/),
    vacancies: count,
    jobSeekers: count,
    vacancyDurationDays: num(0, 3650),
    changeVsLastYear: num(-1, 100),
    period: str(/^\d{4}-(0[1-9]|1[0-2])$/),
    illustrative: bool,
  },
  { regionLevel: 'ortsteil', illustrative: false },
  'regionCode regionName kldb vacancies jobSeekers vacancyDurationDays changeVsLastYear',
);
