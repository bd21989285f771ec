/**
 * Why an offer was ranked or excluded: a stable message key with parameters, never a finished sentence,
 * so every screen can say it in its own language (texts: `@markt/sdk/reasons`).
 */

/** Hard rules: an offer with one of these reasons is removed from the results. */
export const EXCLUSION_KEYS = [
  'excluded.targetGroup',
  'excluded.germanLevel',
  'excluded.schedule',
  'excluded.days',
  'excluded.hours',
  'excluded.fullTime',
  'excluded.physicalLoad',
  'excluded.minAge',
  'excluded.maxAge',
  'excluded.drivingLicence',
  'excluded.schoolCertificate',
  'excluded.travel',
] as const;

/** Why an offer fits. */
export const FIT_KEYS = [
  'fit.interest.R',
  'fit.interest.I',
  'fit.interest.A',
  'fit.interest.S',
  'fit.interest.E',
  'fit.interest.C',
  'fit.wishedOccupation',
  'fit.wishedKind',
  'fit.strength',
  'fit.targetGroup',
  'fit.need',
  'fit.topic',
  'fit.recognition',
  'fit.germanCourse',
  'fit.language',
  'fit.schedule',
  'fit.flexibleHours',
  'fit.partTime',
  'fit.nearby',
  'fit.remote',
  'fit.wishes',
  'fit.general',
  'radar.shortage',
  'radar.demand',
  'radar.demandArea',
] as const;

/** Things to ask about: a requirement the person did not say anything about (never a hard fail). */
export const NOTE_KEYS = [
  'note.targetGroup',
  'note.germanLevel',
  'note.drivingLicence',
  'note.schoolCertificate',
  'note.physicalLoad',
  'note.minAge',
  'note.maxAge',
] as const;

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
