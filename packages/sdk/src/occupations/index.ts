// Public surface of the occupations module: the KldB 2010 Berufshauptgruppen and code helpers.
export { occupationGroups, occupationSubgroups, occupationOf } from './groups.js';
export type { Occupation, OccupationGroup } from './groups.js';
export { SKILL_LEVELS, isKldbCode, riasecOfKldb, skillLevelOf } from './kldb.js';
export type { SkillLevel } from './kldb.js';
