import { ValidationError } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';
import { occupationGroups, occupationSubgroups, type OccupationGroup } from './groups.js';

/** The fifth KldB digit: Anforderungsniveau (1 helper, 2 skilled, 3 specialist, 4 expert). */
export const SKILL_LEVELS = ['helper', 'skilled', 'specialist', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** What a KldB code names: its Hauptgruppe, the closest named group and, for 5 digits, the skill level. */
export interface Occupation {
  /** The code as given (2–5 digits). */
  readonly code: string;
  /** The two-digit Berufshauptgruppe. */
  readonly group: OccupationGroup;
  /** The most specific named group: a listed three-digit Berufsgruppe, else the Hauptgruppe. */
  readonly named: OccupationGroup;
  /** RIASEC code of `named`. */
  readonly riasec: string;
  readonly skillLevel: SkillLevel | undefined;
}

const byGroup = new Map(occupationGroups.map((g) => [g.code, g]));
const bySubgroup = new Map(occupationSubgroups.map((g) => [g.code, g]));
const KLDB_SHAPE = /^\d{2,5}$/;

/**
 * Whether a string is a KldB 2010 code this SDK knows: 2–5 digits, the first two one of the
 * 37 Berufshauptgruppen, a fifth digit (if any) from 1 to 4.
 * @param code any string
 * @returns true for a usable code
 * @example isKldbCode('82102') // true; isKldbCode('99') // false; isKldbCode('82105') // false
 */
export function isKldbCode(code: string): boolean {
  if (!KLDB_SHAPE.test(code) || !byGroup.has(code.slice(0, 2))) return false;
  if (code.length === 5) {
    const level = code.charCodeAt(4) - 48;
    return level >= 1 && level <= 4;
  }
  return true;
}

/**
 * The skill level a five-digit KldB code states in its last digit.
 * @param code a KldB code of any length
 * @returns `'helper' | 'skilled' | 'specialist' | 'expert'`, or `undefined` for shorter or invalid codes
 * @example skillLevelOf('52122') // 'skilled'; skillLevelOf('521') // undefined
 */
export function skillLevelOf(code: string): SkillLevel | undefined {
  if (code.length !== 5 || !isKldbCode(code)) return undefined;
  return SKILL_LEVELS[code.charCodeAt(4) - 49];
}

/**
 * Describes a KldB 2010 code: its Berufshauptgruppe, the closest named group and the skill level.
 * @param code a KldB code of 2–5 digits
 * @returns the occupation
 * @throws {ValidationError} code `KLDB_INVALID` when `code` is not a KldB 2010 code (see `isKldbCode`)
 * @example occupationOf('82102').named.name.en // 'Care for the elderly'
 */
export function occupationOf(code: string): Occupation {
  if (!isKldbCode(code)) {
    throw new ValidationError('KLDB_INVALID', errorMessages.KLDB_INVALID(code), [
      { path: '(root)', message: 'must be a KldB 2010 code' },
    ]);
  }
  const group = byGroup.get(code.slice(0, 2)) as OccupationGroup;
  const named = (code.length >= 3 ? bySubgroup.get(code.slice(0, 3)) : undefined) ?? group;
  return { code, group, named, riasec: named.riasec, skillLevel: skillLevelOf(code) };
}

/**
 * The RIASEC interest code of an occupation: of its three-digit Berufsgruppe where listed, else of its
 * Berufshauptgruppe.
 * @param code a KldB code of 2–5 digits
 * @returns one to three RIASEC letters, strongest first, or `undefined` for an unknown code
 * @example riasecOfKldb('82102') // 'SR'; riasecOfKldb('25') // 'RI'
 */
export function riasecOfKldb(code: string): string | undefined {
  if (!isKldbCode(code)) return undefined;
  return ((code.length >= 3 ? bySubgroup.get(code.slice(0, 3)) : undefined) ?? byGroup.get(code.slice(0, 2)))?.riasec;
}
