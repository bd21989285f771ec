/**
 * Why an offer was ranked or excluded: a stable message key with parameters, never a finished sentence,
 * so every screen can say it in its own language (texts: `@markt/sdk/reasons`).
 */

/** The words of a space-separated list, each after a prefix: `keys('note.', 'minAge maxAge')` is `['note.minAge', 'note.maxAge']`. */
type Keys<P extends string, W extends string> = W extends `${infer Head} ${infer Tail}` ? readonly [`${P}${Head}`, ...Keys<P, Tail>] : readonly [`${P}${W}`];

// Written as one string per group: the list is the same, and the bundle holds each word once instead of a quoted key per entry.
function keys<P extends string, W extends string>(prefix: P, words: W): Keys<P, W> {
  return words.split(' ').map((word) => prefix + word) as unknown as Keys<P, W>;
}

/** Hard rules: an offer with one of these reasons is removed from the results. */
export const EXCLUSION_KEYS = keys(
  'excluded.',
  'targetGroup germanLevel schedule days hours fullTime physicalLoad minAge maxAge drivingLicence schoolCertificate travel',
);

/** Why an offer fits. */
export const FIT_KEYS = [
  ...keys('fit.interest.', 'R I A S E C'),
  ...keys(
    'fit.',
    'wishedOccupation wishedKind strength targetGroup need topic recognition germanCourse language schedule flexibleHours partTime nearby remote wishes general',
  ),
  ...keys('radar.', 'shortage demand demandArea'),
] as const;

/** Things to ask about: a requirement the person did not say anything about (never a hard fail). */
export const NOTE_KEYS = keys('note.', 'targetGroup germanLevel drivingLicence schoolCertificate physicalLoad minAge maxAge');

export type ExclusionKey = (typeof EXCLUSION_KEYS)[number];
export type FitKey = (typeof FIT_KEYS)[number];
export type NoteKey = (typeof NOTE_KEYS)[number];
export type ReasonKey = ExclusionKey | FitKey | NoteKey;

/** Every key `match` can emit. */
export const REASON_KEYS: readonly ReasonKey[] = Object.freeze([...EXCLUSION_KEYS, ...FIT_KEYS, ...NOTE_KEYS]);

/**
 * One reason: a message key and its parameters. Parameters named `group`/`groups`, `kind`, `topic`,
 * `strength`, `load`, `certificate`, `language` hold vocabulary words (lists comma-separated), `kldb` a
 * KldB code, `region` a region name as given in the radar data; times are `HH:MM`.
 */
export interface Reason {
  readonly key: ReasonKey;
  readonly params: Readonly<Record<string, string | number>>;
}

const NO_PARAMS: Readonly<Record<string, string | number>> = Object.freeze({});

/** Makes a reason (params frozen). */
export function reason(key: ReasonKey, params: Record<string, string | number> = NO_PARAMS): Reason {
  return { key, params: Object.freeze(params) };
}
