import * as v from 'valibot';

/** An id: letters, digits, `_` and `-`, 1–64 characters. */
export const IdSchema = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(64, 'must be at most 64 characters'),
  v.regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "_" and "-"'),
);

/** A KldB 2010 code of 2 to 5 digits (Berufshauptgruppe … Berufsgattung with skill level). */
export const KldbCodeSchema = v.pipe(v.string(), v.regex(/^\d{2,5}$/, 'must be a KldB 2010 code of 2–5 digits'));

/** A local time of day, `HH:MM` on the 24-hour clock. */
export const TimeOfDaySchema = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (24-hour clock)'),
);

/** An ISO 8601 timestamp with time zone, e.g. `2026-03-12T10:00:00+01:00` or `…Z`. */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 timestamp with time zone'));

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));

/**
 * An address a visitor may follow: http(s), or mailto:/tel: as some providers give for contact. `v.url()` alone
 * also takes `javascript:` and `data:`, which would run script where a component renders the link.
 */
export const WEB_ADDRESS = /^(https?:\/\/|mailto:|tel:)/i;

/** A short single-line text (names, titles). */
export const shortText = (max = 200) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

/** A longer text (descriptions). */
export const longText = (max = 4000) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));

/**
 * A text in several languages. German is required; every other visitor language is optional and
 * falls back to English, then German, when shown (see `pickText`).
 */
export const localized = (max = 200) => {
  const other = v.optional(v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`)));
  return v.strictObject({
    de: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`)),
    en: other,
    tr: other,
    ar: other,
    uk: other,
    ru: other,
    'de-x-ls': other,
  });
};

export const LocalizedTextSchema = localized(200);
/** Text in German and, optionally, the other visitor languages. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

/** A point on the floor plan, in the plan's own units (0 … width, 0 … height). */
export const PointSchema = v.strictObject({
  x: v.pipe(v.number(), v.finite(), v.minValue(0)),
  y: v.pipe(v.number(), v.finite(), v.minValue(0)),
});
export type Point = v.InferOutput<typeof PointSchema>;

/** A place in the world: district (Ortsteil) and optional coordinates for travel-time estimates. */
export const PlaceSchema = v.strictObject({
  district: v.optional(shortText(80)),
  address: v.optional(shortText(200)),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  /** Takes place online or by phone: no travel. */
  remote: v.optional(v.boolean(), false),
});
export type Place = v.InferOutput<typeof PlaceSchema>;
