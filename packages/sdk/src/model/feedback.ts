import * as v from 'valibot';
import { IdSchema, TimestampSchema } from './common.js';
import { LocaleSchema } from './picklists.js';
import { DeviceIdSchema, IdempotencyKeySchema } from './visit.js';

/** What the kiosk sends at the end: a 1–5 smiley rating and, optionally, what was missing. */
export const FeedbackInputSchema = v.strictObject({
  rating: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(5)),
  missing: v.optional(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters'))),
  locale: v.optional(LocaleSchema, 'de'),
  deviceId: v.optional(DeviceIdSchema),
  idempotencyKey: IdempotencyKeySchema,
});
export type FeedbackInput = v.InferOutput<typeof FeedbackInputSchema>;

/** Visitor feedback on the fair. */
export const FeedbackSchema = v.strictObject({
  ...FeedbackInputSchema.entries,
  id: IdSchema,
  eventId: IdSchema,
  at: TimestampSchema,
});
export type Feedback = v.InferOutput<typeof FeedbackSchema>;
