// Public surface of the occupations module: the KldB 2010 Berufshauptgruppen and code helpers.
export { occupationGroups, occupationSubgroups } from './groups.js';
export type { OccupationGroup } from './groups.js';
export { SKILL_LEVELS, isKldbCode, occupationOf, riasecOfKldb, skillLevelOf } from './kldb.js';
export type { Occupation, SkillLevel } from './kldb.js';
