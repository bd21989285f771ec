// Public surface of the radar module: the Beschäftigungs-Radar (labour demand per region × occupation).
export { buildRadar } from './build-radar.js';
export type { Radar, RadarEntry, RadarRegion, RadarView } from './build-radar.js';
export { findRegion, radarLookup, radarView } from './lookup.js';
export { seekersPerVacancyPoints, statusOf, trendPoints, vacancyDurationPoints } from './indicators.js';
export type { IndicatorPoints, RadarStatus } from './indicators.js';
