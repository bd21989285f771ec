export * from './vocabulary.js';
export * from './picklists.js';
export * from './common.js';
export * from './offer.js';
export * from './provider.js';
export * from './event.js';
export * from './stand.js';
export * from './profile.js';
export * from './radar-row.js';
export * from './visit.js';
export * from './lead.js';
export * from './feedback.js';
export * from './validate.js';
export * from './text.js';

import { EventSchema } from './event.js';
import { FeedbackInputSchema, FeedbackSchema } from './feedback.js';
import { LeadInputSchema, LeadSchema } from './lead.js';
import { OfferSchema } from './offer.js';
import { ProfileSchema } from './profile.js';
import { ProviderSchema } from './provider.js';
import { RadarRowSchema } from './radar-row.js';
import { StandSchema } from './stand.js';
import { VisitInputSchema, VisitSchema } from './visit.js';

/** Every domain schema by name: the source of the JSON Schema files in `docs/schemas/`. */
export const schemas = {
  Event: EventSchema,
  Provider: ProviderSchema,
  Stand: StandSchema,
  Offer: OfferSchema,
  Profile: ProfileSchema,
  RadarRow: RadarRowSchema,
  Visit: VisitSchema,
  VisitInput: VisitInputSchema,
  Lead: LeadSchema,
  LeadInput: LeadInputSchema,
  Feedback: FeedbackSchema,
  FeedbackInput: FeedbackInputSchema,
} as const;
