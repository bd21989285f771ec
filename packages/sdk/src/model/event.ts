import * as v from 'valibot';
import { IdSchema, PointSchema, TimestampSchema, localized, shortText } from './common.js';
import { LocaleSchema, OfferKindSchema, TargetGroupSchema } from './picklists.js';

/** The hall: its size in plan units, an optional image, the entrance ("you are here" by default). */
export const FloorPlanSchema = v.strictObject({
  width: v.pipe(v.number(), v.minValue(1), v.maxValue(10000)),
  height: v.pipe(v.number(), v.minValue(1), v.maxValue(10000)),
  /** URL of a PNG or SVG image drawn under the stands; a grid is drawn when absent. */
  imageUrl: v.optional(v.pipe(v.string(), v.maxLength(500))),
  entrance: v.optional(PointSchema),
});
export type FloorPlan = v.InferOutput<typeof FloorPlanSchema>;

/**
 * Who is responsible for the visitors' data at this fair (the Art. 13 DSGVO notice on the visitor pages):
 * the controller (usually the Jobcenter), how to reach it, its data protection officer, its privacy page.
 */
export const EventPrivacySchema = v.strictObject({
  /** The body responsible (Verantwortlicher), e.g. "Jobcenter Berlin Pankow". */
  controller: shortText(200),
  /** How to reach it: postal address and/or e-mail address. */
  contact: shortText(300),
  /** How to reach its data protection officer (Datenschutzbeauftragte). */
  dpo: v.optional(shortText(300)),
  /** Its privacy page (http or https). */
  url: v.optional(v.pipe(v.string(), v.trim(), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be a web address (http:// or https://)'), v.maxLength(500, 'must be at most 500 characters'))),
});
export type EventPrivacy = v.InferOutput<typeof EventPrivacySchema>;

/** Markt / Veranstaltung: one fair. */
export const EventSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    title: localized(160),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
    venue: v.strictObject({
      name: shortText(160),
      address: v.optional(shortText(200)),
      district: v.optional(shortText(80)),
    }),
    theme: v.optional(
      v.strictObject({
        targetGroups: v.optional(v.array(TargetGroupSchema), []),
        offerKinds: v.optional(v.array(OfferKindSchema), []),
        employerFocus: v.optional(v.boolean(), false),
      }),
      {},
    ),
    languages: v.optional(v.pipe(v.array(LocaleSchema), v.minLength(1)), ['de', 'en']),
    /** Days after the event's end when its visits and leads are deleted. */
    retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)), 30),
    floorPlan: v.optional(FloorPlanSchema),
    /** The organizer's list of tags that booth staff can put on leads (e.g. "Rückruf", "Bildungsgutschein"). */
    leadTags: v.optional(v.pipe(v.array(shortText(40)), v.maxLength(30)), []),
    /** Who is responsible for the visitors' data; shown to visitors as the privacy notice. */
    privacy: v.optional(EventPrivacySchema),
  }),
  v.forward(
    v.check((e) => Date.parse(e.endsAt) >= Date.parse(e.startsAt), 'must not be before startsAt'),
    ['endsAt'],
  ),
);
export type Event = v.InferOutput<typeof EventSchema>;
export type EventInput = v.InferInput<typeof EventSchema>;
