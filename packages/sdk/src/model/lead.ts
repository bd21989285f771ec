import * as v from 'valibot';
import { IdSchema, TimestampSchema, shortText } from './common.js';
import { LocaleSchema } from './picklists.js';
import { DeviceIdSchema, IdempotencyKeySchema } from './visit.js';

/** The contact fields a visitor chose to share: at least a phone number or an e-mail address. */
export const LeadContactSchema = v.pipe(
  v.strictObject({
    name: v.optional(shortText(120)),
    phone: v.optional(
      v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9 ()/-]{5,30}$/, 'must be a phone number (digits, spaces, + ( ) / -)')),
    ),
    email: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200), v.email('must be an e-mail address'))),
  }),
  v.check((c) => Boolean(c.phone || c.email), 'needs a phone number or an e-mail address'),
);
export type LeadContact = v.InferOutput<typeof LeadContactSchema>;

/** The consent the visitor gave: the exact text shown, its language, and when. */
export const ConsentSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(20, 'must be the consent text that was shown'), v.maxLength(2000)),
  locale: LocaleSchema,
  at: TimestampSchema,
});
export type Consent = v.InferOutput<typeof ConsentSchema>;

/** What a phone or kiosk sends to ask a provider for contact. */
export const LeadInputSchema = v.strictObject({
  providerId: IdSchema,
  standId: v.optional(IdSchema),
  offerId: v.optional(IdSchema),
  deviceId: DeviceIdSchema,
  contact: LeadContactSchema,
  /** Language the visitor wants to be contacted in. */
  locale: v.optional(LocaleSchema, 'de'),
  message: v.optional(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters'))),
  consent: ConsentSchema,
  idempotencyKey: IdempotencyKeySchema,
});
export type LeadInput = v.InferOutput<typeof LeadInputSchema>;

/** Kontaktwunsch: a visitor asked a provider to contact them, with explicit consent. */
export const LeadSchema = v.strictObject({
  ...LeadInputSchema.entries,
  id: IdSchema,
  eventId: IdSchema,
  createdAt: TimestampSchema,
});
export type Lead = v.InferOutput<typeof LeadSchema>;
