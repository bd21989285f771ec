import * as v from 'valibot';
import { KldbCodeSchema, PlaceSchema, TimeOfDaySchema, longText } from './common.js';
import {
  CounsellingTopicSchema,
  GermanLevelSchema,
  LocaleSchema,
  OfferKindSchema,
  PhysicalLoadSchema,
  SchoolCertificateSchema,
  StrengthSchema,
  TargetGroupSchema,
} from './picklists.js';

const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** Interest scores per RIASEC dimension, each in [0, 1] (as `scoreQuiz` returns them). */
export const InterestProfileSchema = v.strictObject({ R: unit, I: unit, A: unit, S: unit, E: unit, C: unit });
export type InterestProfile = v.InferOutput<typeof InterestProfileSchema>;

/**
 * Profil: what a visitor tells the kiosk. Anonymous: no name, no birth date, no address.
 * It lives on the device and in the take-home link, never on the server. Every field is optional.
 */
export const ProfileSchema = v.strictObject({
  locale: v.optional(LocaleSchema, 'de'),
  interests: v.optional(InterestProfileSchema),
  strengths: v.optional(v.pipe(v.array(StrengthSchema), v.maxLength(12)), []),
  /** KldB codes (2–5 digits) of occupations the person would like. */
  wishedOccupations: v.optional(v.pipe(v.array(KldbCodeSchema), v.maxLength(12)), []),
  wishedKinds: v.optional(v.pipe(v.array(OfferKindSchema), v.maxLength(8)), []),
  /** Free-text wishes, matched through the fuzzy search ("etwas mit Tieren"). */
  wishes: v.optional(longText(300)),
  /** Counselling the person says they need (debts, recognition of a foreign degree, …). */
  needs: v.optional(v.pipe(v.array(CounsellingTopicSchema), v.maxLength(8)), []),
  targetGroups: v.optional(v.pipe(v.array(TargetGroupSchema), v.maxLength(8)), []),
  age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(14), v.maxValue(99))),
  germanLevel: v.optional(GermanLevelSchema),
  /** Languages the person speaks (visitor locales or ISO 639 codes). */
  languages: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-x-ls)?$/))), v.maxLength(12)), []),
  home: v.optional(PlaceSchema),
  /** Longest acceptable one-way travel time in minutes. */
  maxTravelMinutes: v.optional(v.pipe(v.number(), v.minValue(5), v.maxValue(240))),
  /** The hours the person can be away, e.g. while children are at school or Kita. */
  availability: v.optional(
    v.strictObject({
      from: TimeOfDaySchema,
      until: TimeOfDaySchema,
      days: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))), v.maxLength(7))),
    }),
  ),
  maxHoursPerWeek: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(60))),
  partTimeOnly: v.optional(v.boolean(), false),
  drivingLicence: v.optional(v.boolean()),
  schoolCertificate: v.optional(SchoolCertificateSchema),
  /** The heaviest physical load the person can take (back pain: `light`). */
  maxPhysicalLoad: v.optional(PhysicalLoadSchema),
  /** Holds a qualification from abroad (recognition counselling becomes relevant). */
  foreignQualification: v.optional(v.boolean(), false),
});
/** A profile after validation: defaulted fields filled in. */
export type Profile = v.InferOutput<typeof ProfileSchema>;
/** A profile as written by hand or received from a kiosk. */
export type ProfileInput = v.InferInput<typeof ProfileSchema>;
