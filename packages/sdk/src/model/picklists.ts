import * as v from 'valibot';
import {
  COUNSELLING_TOPICS,
  FUNDINGS,
  GERMAN_LEVELS,
  LOCALES,
  OFFER_KINDS,
  PHYSICAL_LOADS,
  PROVIDER_KINDS,
  SCHOOL_CERTIFICATES,
  STRENGTHS,
  TARGET_GROUPS,
} from './vocabulary.js';

/** Valibot picklists over the word lists of `vocabulary.ts`: validation and JSON Schema. */
export const LocaleSchema = v.picklist(LOCALES);
export const ProviderKindSchema = v.picklist(PROVIDER_KINDS);
export const OfferKindSchema = v.picklist(OFFER_KINDS);
export const TargetGroupSchema = v.picklist(TARGET_GROUPS);
export const FundingSchema = v.picklist(FUNDINGS);
export const CounsellingTopicSchema = v.picklist(COUNSELLING_TOPICS);
export const GermanLevelSchema = v.picklist(GERMAN_LEVELS);
export const SchoolCertificateSchema = v.picklist(SCHOOL_CERTIFICATES);
export const PhysicalLoadSchema = v.picklist(PHYSICAL_LOADS);
export const StrengthSchema = v.picklist(STRENGTHS);
