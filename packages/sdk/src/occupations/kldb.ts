import { groupRiasec, subgroupRiasec } from './codes.js';

/** The fifth KldB digit: Anforderungsniveau (1 helper, 2 skilled, 3 specialist, 4 expert). */
export const SKILL_LEVELS = ['helper', 'skilled', 'specialist', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** 2–4 digits, or 5 whose last (the skill level) is 1–4. */
const KLDB_SHAPE = /^\d\d(\d\d?|\d\d[1-4])?$/;

/**
 * Whether a string is a KldB 2010 code this SDK knows: 2–5 digits, the first two one of the
 * 37 Berufshauptgruppen, a fifth digit (if any) from 1 to 4.
 * @param code any string
 * @returns true for a usable code
 * @example isKldbCode('82102') // true; isKldbCode('99') // false; isKldbCode('82105') // false
 */
export function isKldbCode(code: string): boolean {
  return KLDB_SHAPE.test(code) && groupRiasec.has(code.slice(0, 2));
}

/**
 * The skill level a five-digit KldB code states in its last digit.
 * @param code a KldB code of any length
 * @returns `'helper' | 'skilled' | 'specialist' | 'expert'`, or `undefined` for shorter or invalid codes
 * @example skillLevelOf('52122') // 'skilled'; skillLevelOf('521') // undefined
 */
export function skillLevelOf(code: string): SkillLevel | undefined {
  return code.length === 5 && isKldbCode(code) ? SKILL_LEVELS[code.charCodeAt(4) - 49] : undefined;
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
  return subgroupRiasec.get(code.slice(0, 3)) ?? groupRiasec.get(code.slice(0, 2));
}

/** Length of the common prefix of two KldB codes (internal: not exported from the package). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
