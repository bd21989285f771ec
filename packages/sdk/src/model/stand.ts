import * as v from 'valibot';
import { IdSchema, PointSchema, shortText } from './common.js';

/** A stand as the public sees it: number and place on the floor plan. */
export const StandSchema = v.strictObject({
  id: IdSchema,
  eventId: IdSchema,
  providerId: IdSchema,
  /** The number on the stand's sign, e.g. `12` or `B4`. */
  number: shortText(12),
  /** The stand's centre on the floor plan (maps draw it there; routes walk to it). */
  position: v.optional(PointSchema),
  /** Width and depth in plan units, centred on `position`. */
  size: v.optional(
    v.strictObject({ w: v.pipe(v.number(), v.minValue(1)), h: v.pipe(v.number(), v.minValue(1)) }),
  ),
  /** Help desks and Jobcenter counters that are not a provider's stand. */
  label: v.optional(shortText(80)),
});
export type Stand = v.InferOutput<typeof StandSchema>;
export type StandInput = v.InferInput<typeof StandSchema>;
