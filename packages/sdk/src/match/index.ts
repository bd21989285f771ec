// Public surface of the match module: match(profile, offers, options) and its reason keys.
export { match, matchDefaults } from './match.js';
export type { ExcludedOffer, MatchOptions, MatchResult, RankedOffer } from './match.js';
export { EXCLUSION_KEYS, FIT_KEYS, NOTE_KEYS, REASON_KEYS } from './reasons.js';
export type { ExclusionKey, FitKey, NoteKey, Reason, ReasonKey } from './reasons.js';
export { SOFT_WEIGHTS, NOTE_FACTOR } from './soft-fit.js';
export { STRENGTH_GROUPS } from './context.js';
export { TRAVEL_ACCESS_MINUTES, TRAVEL_DETOUR, TRAVEL_SPEED_KMH } from './hard-rules.js';
