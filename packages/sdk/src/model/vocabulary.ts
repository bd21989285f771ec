/**
 * The closed word lists of the domain. Each is a const tuple (for code) and a union type; the valibot
 * picklists over the same tuples (for validation and JSON Schema) are in `picklists.ts` (`@markt/sdk/schemas`).
 */

/** Languages a visitor can choose. `de-x-ls` is Leichte Sprache (easy German). */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'] as const;
export type Locale = (typeof LOCALES)[number];

/** What a provider is. */
export const PROVIDER_KINDS = [
  'training',
  'integration',
  'counselling',
  'employer',
  'jobcenter',
  'network',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** What an offer is. `language` covers German and integration courses. */
export const OFFER_KINDS = [
  'qualification',
  'integration',
  'job',
  'apprenticeship',
  'counselling',
  'self-employment',
  'health',
  'language',
] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Zielgruppen as the Jobcenter names them. */
export const TARGET_GROUPS = [
  'under-25',
  'over-45',
  'over-50',
  'single-parents',
  'migrants',
  'disability',
  'returners',
  'long-term-unemployed',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** How an offer can be paid for. */
export const FUNDINGS = ['bildungsgutschein', 'avgs', 'einstiegsgeld', 'free', 'paid-job'] as const;
export type Funding = (typeof FUNDINGS)[number];

/** Topics of counselling: what a person may need before (or beside) work. */
export const COUNSELLING_TOPICS = [
  'debt',
  'addiction',
  'health',
  'recognition',
  'migration',
  'family',
  'housing',
  'career',
] as const;
export type CounsellingTopic = (typeof COUNSELLING_TOPICS)[number];

/** CEFR levels; `none` for no German yet. Ordered from least to most. */
export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type GermanLevel = (typeof GERMAN_LEVELS)[number];

/** School leaving certificates, ordered from none to Abitur. */
export const SCHOOL_CERTIFICATES = ['none', 'hauptschule', 'mittlere-reife', 'abitur'] as const;
export type SchoolCertificate = (typeof SCHOOL_CERTIFICATES)[number];

/** How physically demanding work is, ordered. */
export const PHYSICAL_LOADS = ['light', 'medium', 'heavy'] as const;
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];

/** The six Holland (RIASEC) interest dimensions. */
export const RIASEC = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecDimension = (typeof RIASEC)[number];

/** Strengths a person can name about themselves (the quiz's strength items map onto these). */
export const STRENGTHS = [
  'helping',
  'fixing',
  'organising',
  'creating',
  'explaining',
  'languages',
  'numbers',
  'driving',
  'outdoors',
  'caring',
  'selling',
  'computers',
] as const;
export type Strength = (typeof STRENGTHS)[number];

/**
 * Rank of a value in an ordered list, for comparisons such as "German level below the requirement".
 * @param list an ordered word list such as `GERMAN_LEVELS`
 * @param value a word of the list, or `undefined`
 * @returns its index; −1 when `value` is missing or not in the list
 * @example rankOf(GERMAN_LEVELS, 'B1') // 3
 */
export function rankOf<T extends string>(list: readonly T[], value: T | undefined): number {
  return list.indexOf(value as T);
}
