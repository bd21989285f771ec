import { bool, need, num, obj, oneOf, or, short, str } from './guard.js';
import { kldb } from './shapes.js';
import { words } from './words.js';

// The engine's check of radar rows (see guard.ts): the same fields, ranges and defaults as RadarRowSchema.

const count = need(num(0, Infinity, true));

/** The levels of a radar region, from the largest to the smallest. */
export const REGION_LEVELS = words('state agency district ortsteil');

/** A radar row as `RadarRowSchema` reads it. */
export const radarRowRule = obj({
  regionCode: need(str(/^[0-9A-Za-z_-]{1,20}$/)),
  regionName: need(short),
  regionLevel: or(oneOf(REGION_LEVELS), 'ortsteil'),
  kldb: need(kldb),
  vacancies: count,
  jobSeekers: count,
  vacancyDurationDays: need(num(0, 3650)),
  changeVsLastYear: need(num(-1, 100)),
  period: str(/^\d{4}-(0[1-9]|1[0-2])$/),
  illustrative: or(bool, false),
});
