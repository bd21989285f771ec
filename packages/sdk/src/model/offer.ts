import * as v from 'valibot';
import { IdSchema, KldbCodeSchema, PlaceSchema, TimeOfDaySchema, DateSchema, localized, longText, shortText, WEB_ADDRESS } from './common.js';
import {
  CounsellingTopicSchema,
  FundingSchema,
  GermanLevelSchema,
  LocaleSchema,
  OfferKindSchema,
  PhysicalLoadSchema,
  SchoolCertificateSchema,
  TargetGroupSchema,
} from './picklists.js';

/** A RIASEC code such as `S`, `SA` or `RCI`: one to three distinct dimensions, strongest first. */
export const RiasecCodeSchema = v.pipe(
  v.string(),
  v.regex(/^(?!.*(.).*\1)[RIASEC]{1,3}$/, 'must be one to three distinct letters of R, I, A, S, E, C'),
);

/** When an offer takes place. */
export const ScheduleSchema = v.strictObject({
  /** Can be done part time. */
  partTime: v.optional(v.boolean(), false),
  /** Hours per week when taken up (full-time jobs and courses: 35–40). */
  hoursPerWeek: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60))),
  /** Earliest start of a day, `HH:MM`. */
  start: v.optional(TimeOfDaySchema),
  /** Latest end of a day, `HH:MM`. */
  end: v.optional(TimeOfDaySchema),
  /** Days of the week, 1 = Monday … 7 = Sunday. */
  days: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))), v.maxLength(7))),
  /** Hours can be arranged with the provider (so they never clash with childcare). */
  flexible: v.optional(v.boolean(), false),
  /** First possible start date, or none for "any time". */
  startDate: v.optional(DateSchema),
  durationWeeks: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(520))),
});
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

/** What a person needs to take up an offer. Anything not named is not required. */
export const RequirementsSchema = v.strictObject({
  germanLevel: v.optional(GermanLevelSchema),
  drivingLicence: v.optional(v.boolean()),
  schoolCertificate: v.optional(SchoolCertificateSchema),
  /** The heaviest physical load the work involves. */
  physicalLoad: v.optional(PhysicalLoadSchema),
  minAge: v.optional(v.pipe(v.number(), v.integer(), v.minValue(14), v.maxValue(99))),
  maxAge: v.optional(v.pipe(v.number(), v.integer(), v.minValue(14), v.maxValue(99))),
});
export type Requirements = v.InferOutput<typeof RequirementsSchema>;

/** Angebot / Maßnahme / Stelle: what a provider offers. */
export const OfferSchema = v.strictObject({
  id: IdSchema,
  providerId: IdSchema,
  kind: OfferKindSchema,
  title: localized(160),
  summary: localized(600),
  description: v.optional(localized(4000)),
  /** KldB 2010 codes of the occupations the offer leads to or is about (2–5 digits). */
  occupations: v.optional(v.pipe(v.array(KldbCodeSchema), v.maxLength(12)), []),
  /** Interest profile of the offer; derived from its occupations when absent. */
  riasec: v.optional(RiasecCodeSchema),
  /** Groups the offer is meant for; empty means everyone. */
  targetGroups: v.optional(v.pipe(v.array(TargetGroupSchema), v.maxLength(8)), []),
  /** Only people of one of `targetGroups` can take part (e.g. a measure for under-25s). */
  targetGroupsOnly: v.optional(v.boolean(), false),
  /** Counselling topics the offer covers. */
  topics: v.optional(v.pipe(v.array(CounsellingTopicSchema), v.maxLength(8)), []),
  requirements: v.optional(RequirementsSchema, {}),
  schedule: v.optional(ScheduleSchema, {}),
  place: v.optional(PlaceSchema, {}),
  funding: v.optional(v.pipe(v.array(FundingSchema), v.maxLength(5)), []),
  /** Languages the offer is given or counselled in, besides German. */
  languages: v.optional(v.pipe(v.array(v.union([LocaleSchema, v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))])), v.maxLength(12)), []),
  /** Extra search words (synonyms, old job titles). */
  keywords: v.optional(v.pipe(v.array(shortText(60)), v.maxLength(30)), []),
  url: v.optional(v.pipe(v.string(), v.trim(), v.url('must be a URL'), v.regex(WEB_ADDRESS, 'must be a web address (http:// or https://), mailto: or tel:'), v.maxLength(500))),
  contact: v.optional(longText(300)),
});
/** An offer as stored and matched: every defaulted field filled in. */
export type Offer = v.InferOutput<typeof OfferSchema>;
/** An offer as written by hand or received: defaulted fields may be left out. */
export type OfferInput = v.InferInput<typeof OfferSchema>;
