// The domain types, inferred from the valibot schemas (type-only: importing them loads no valibot code).
// The main entry exports these; the schemas themselves are in `@markt/sdk/schemas`.
export type { LocalizedText, Point, Place } from './common.js';
export type { FloorPlan, Event, EventInput, EventPrivacy } from './event.js';
export type { Feedback, FeedbackInput } from './feedback.js';
export type { Consent, Lead, LeadContact, LeadInput } from './lead.js';
export type { Offer, OfferInput, Requirements, Schedule } from './offer.js';
export type { InterestProfile, Profile, ProfileInput } from './profile.js';
export type { Provider, ProviderInput } from './provider.js';
export type { RadarRow, RadarRowInput } from './radar-row.js';
export type { Stand, StandInput } from './stand.js';
export type { Visit, VisitInput } from './visit.js';
export type { CheckResult } from './validate.js';
