import * as v from 'valibot';

/**
 * The closed word lists of the domain. Each is a const tuple (for code), a valibot picklist
 * (for validation and JSON Schema) and a union type, from one source.
 */

/** Languages a visitor can choose. `de-x-ls` is Leichte Sprache (easy German). */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocaleSchema = v.picklist(LOCALES);

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
export const ProviderKindSchema = v.picklist(PROVIDER_KINDS);

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
export const OfferKindSchema = v.picklist(OFFER_KINDS);

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
export const TargetGroupSchema = v.picklist(TARGET_GROUPS);

/** How an offer can be paid for. */
export const FUNDINGS = ['bildungsgutschein', 'avgs', 'einstiegsgeld', 'free', 'paid-job'] as const;
export type Funding = (typeof FUNDINGS)[number];
export const FundingSchema = v.picklist(FUNDINGS);

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
export const CounsellingTopicSchema = v.picklist(COUNSELLING_TOPICS);

/** CEFR levels; `none` for no German yet. Ordered from least to most. */
export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type GermanLevel = (typeof GERMAN_LEVELS)[number];
export const GermanLevelSchema = v.picklist(GERMAN_LEVELS);

/** School leaving certificates, ordered from none to Abitur. */
export const SCHOOL_CERTIFICATES = ['none', 'hauptschule', 'mittlere-reife', 'abitur'] as const;
export type SchoolCertificate = (typeof SCHOOL_CERTIFICATES)[number];
export const SchoolCertificateSchema = v.picklist(SCHOOL_CERTIFICATES);

/** How physically demanding work is, ordered. */
export const PHYSICAL_LOADS = ['light', 'medium', 'heavy'] as const;
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];
export const PhysicalLoadSchema = v.picklist(PHYSICAL_LOADS);

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
export const StrengthSchema = v.picklist(STRENGTHS);

/** Rank of a value in an ordered list, for comparisons such as "German level below the requirement". */
export function rankOf<T extends string>(list: readonly T[], value: T): number {
  return list.indexOf(value);
}
