// The layout of an offer's records in `Columns` (see columns.ts). A module without imports, so that the bundler
// inlines these numbers where they are read instead of keeping a variable for each.

/** Bits of the `FLAGS` field. */
export const FLEXIBLE = 1;
export const PART_TIME = 2;
export const REMOTE = 4;
export const LICENCE = 8;
export const GROUPS_ONLY = 16;
export const HAS_RIASEC = 32;

/**
 * Offer i has its small integer fields in `Columns.row` (16 bits each) at [i·ROW, i·ROW + ROW), at these offsets:
 *
 * | offset | field                                                                           |
 * | -----: | ------------------------------------------------------------------------------- |
 * |      0 | flags (the bits above)                                                          |
 * |      1 | kind (rank in `OFFER_KINDS`)                                                    |
 * |      2 | target groups (bits of `TARGET_GROUPS`)                                         |
 * |      3 | topics (bits of `COUNSELLING_TOPICS`)                                           |
 * |  4 … 6 | German level, physical load, school certificate (ranks, −1 when not required)   |
 * |  7, 8  | minimum and maximum age (−1 when none)                                          |
 * |  9, 10 | start and end (minutes after midnight, −1 when not stated)                      |
 * |     11 | days (bit d−1 for day d, 1 = Monday)                                            |
 *
 * The readers (hard-rules.ts, soft-fit.ts) write these offsets as numbers with the field's name beside them:
 * an imported constant is read through its module binding on every use, which made the per-offer loop 2 ×
 * slower when run unbundled (Node, tsx), where nothing inlines it.
 */
export const ROW = 12;

/**
 * Offer i has its 32-bit masks in `Columns.masks` at [3i, 3i + 3): 0 and 1 the two-digit groups of its
 * occupations as a (lo, hi) mask (see `groupBits`), 2 its languages (bits of `Columns.languageCodes`).
 */
export const MASKS = 3;

/**
 * Offer i has its real-valued fields in `Columns.real` at [i·REAL, i·REAL + REAL): 0 hours per week (−1 when
 * not stated), 1 … 6 its six RIASEC weights (0 without). Its place is in `Columns.geo` at [3i, 3i + 3): latitude,
 * longitude (radians, NaN without coordinates) and the cosine of the latitude. (What the loop reads for every
 * offer is kept small: 100 000 offers must stream through the cache.)
 */
export const REAL = 7;
