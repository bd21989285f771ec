/**
 * The closed word lists of the domain. Each is a const tuple (for code) and a union type; the valibot
 * picklists over the same tuples (for validation and JSON Schema) are in `picklists.ts` (`@markt/sdk/schemas`).
 */

import { words } from './words.js';

/** Languages a visitor can choose. `de-x-ls` is Leichte Sprache (easy German). */
export const LOCALES = words('de en tr ar uk ru de-x-ls');
export type Locale = (typeof LOCALES)[number];

/** What a provider is. */
export const PROVIDER_KINDS = words('training integration counselling employer jobcenter network');
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** What an offer is. `language` covers German and integration courses. */
export const OFFER_KINDS = words('qualification integration job apprenticeship counselling self-employment health language');
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Zielgruppen as the Jobcenter names them. */
export const TARGET_GROUPS = words('under-25 over-45 over-50 single-parents migrants disability returners long-term-unemployed');
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** How an offer can be paid for. */
export const FUNDINGS = words('bildungsgutschein avgs einstiegsgeld free paid-job');
export type Funding = (typeof FUNDINGS)[number];

/** Topics of counselling: what a person may need before (or beside) work. */
export const COUNSELLING_TOPICS = words('debt addiction health recognition migration family housing career');
export type CounsellingTopic = (typeof COUNSELLING_TOPICS)[number];

/** CEFR levels; `none` for no German yet. Ordered from least to most. */
export const GERMAN_LEVELS = words('none A1 A2 B1 B2 C1 C2');
export type GermanLevel = (typeof GERMAN_LEVELS)[number];

/** School leaving certificates, ordered from none to Abitur. */
export const SCHOOL_CERTIFICATES = words('none hauptschule mittlere-reife abitur');
export type SchoolCertificate = (typeof SCHOOL_CERTIFICATES)[number];

/** How physically demanding work is, ordered. */
export const PHYSICAL_LOADS = words('light medium heavy');
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];

/** The six Holland (RIASEC) interest dimensions. */
export const RIASEC = words('R I A S E C');
export type RiasecDimension = (typeof RIASEC)[number];

/** Strengths a person can name about themselves (the quiz's strength items map onto these). */
export const STRENGTHS = words('helping fixing organising creating explaining languages numbers driving outdoors caring selling computers');
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
