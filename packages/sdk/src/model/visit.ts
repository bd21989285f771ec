import * as v from 'valibot';
import { IdSchema, TimestampSchema } from './common.js';

/** A random key a device makes once per item, so a retry never creates a second record. */
export const IdempotencyKeySchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16–64 letters, digits, "_" or "-"'),
);

/** The random id a visitor's phone or kiosk session keeps: no login, no person behind it on the server. */
export const DeviceIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16–64 letters, digits, "_" or "-"'));

/** What a phone or kiosk sends to record a visit. */
export const VisitInputSchema = v.strictObject({
  standId: IdSchema,
  deviceId: DeviceIdSchema,
  source: v.picklist(['qr', 'kiosk']),
  idempotencyKey: IdempotencyKeySchema,
  /** When it happened on the device (an offline visit is sent later). */
  at: v.optional(TimestampSchema),
});
export type VisitInput = v.InferOutput<typeof VisitInputSchema>;

/** Besuch: a visitor device met a stand. */
export const VisitSchema = v.strictObject({
  ...VisitInputSchema.entries,
  id: IdSchema,
  eventId: IdSchema,
  providerId: IdSchema,
  at: TimestampSchema,
});
export type Visit = v.InferOutput<typeof VisitSchema>;
