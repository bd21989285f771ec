// Public surface of the match module: match(profile, offers, options) and its reason keys.
export { match, matchDefaults } from './match.js';
export type { ExcludedOffer, MatchOptions, MatchResult, RankedOffer } from './match.js';
export { EXCLUSION_KEYS, FIT_KEYS, NOTE_KEYS, REASON_KEYS } from './reasons.js';
export type { ExclusionKey, FitKey, NoteKey, Reason, ReasonKey } from './reasons.js';
export { DERIVED_NEED, NEUTRAL, NOTE_FACTOR, SOFT_WEIGHTS, UNNAMED_SENSITIVE_FACTOR } from './weights.js';
export { STRENGTH_GROUPS } from './context.js';
export { TRAVEL_ACCESS_MINUTES, TRAVEL_DETOUR, TRAVEL_SPEED_KMH } from './hard-rules.js';
