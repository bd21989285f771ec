/**
 * The tuning knobs of `match`: weights of the soft-fit components and the factors that temper them,
 * in one place. Tuned against the persona fixture in `test/personas` (nDCG@5, see `evaluatePersonas`).
 */

/**
 * Weights of the soft-fit components. The score is the weighted mean over the components the person's
 * profile makes meaningful (no interests → no interest component), so it lies in [0, 1]; the radar's
 * weight is the `radarWeight` option.
 */
export const SOFT_WEIGHTS = Object.freeze({
  /** Congruence of the person's RIASEC profile with the offer's. */
  interest: 0.3,
  /** Offer leads to an occupation the person wished for (longest common KldB prefix). */
  wishedOccupation: 0.3,
  wishedKind: 0.15,
  strength: 0.1,
  /** Offer is meant for a group the person belongs to (such offers are made for exactly this situation). */
  targetGroup: 0.2,
  /**
   * Counselling the person needs (stated, a foreign degree → recognition, only light work → health), or a
   * German course at the person's level while German is at B1 or below.
   */
  need: 0.45,
  /** Offer is given in a language the person speaks (when German is A2 or below, or unknown). */
  language: 0.25,
  /** Hours that fit, short travel. */
  practical: 0.05,
  /** Free-text wishes through the search index. */
  wishes: 0.4,
});

/**
 * A component that does not apply to an offer (interests or labour demand for a counselling offer without
 * occupations) counts as this neutral value, so such offers are neither pushed up nor down by it.
 */
export const NEUTRAL = 0.5;

/**
 * How well a German course fits the person's level: 1 when its entry level is the person's level or one
 * below, 0.3 less for every further level below (an A1 course for someone at B2 is of little use).
 * @param entry rank of the course's required level (0 without requirement)
 * @param level rank of the person's level, −1 when unknown
 * @returns a factor in [0.1, 1]
 * @example courseFit(0, 3) // A1 course for someone at B1: 0.4
 */
export function courseFit(entry: number, level: number): number {
  if (level < 0) return 1;
  return Math.max(0.1, Math.min(1, 1 - 0.3 * (level - entry - 1)));
}

/** Score factor for offers about debts or addiction when the person did not name that need. */
export const UNNAMED_SENSITIVE_FACTOR = 0.5;

/** How much a need the person did not state but that follows from the profile counts (e.g. health for light work only). */
export const DERIVED_NEED = 0.5;

/** Each note (a requirement the person said nothing about) lowers the score a little. */
export const NOTE_FACTOR = 0.95;


/** Defaults of `MatchOptions`, in one place. */
export const matchDefaults = Object.freeze({ radarWeight: 0.15, limit: 50, maxPerProvider: 2, topK: 10 });
