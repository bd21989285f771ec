import type { Offer } from '../model/offer.js';
import { RIASEC } from '../model/vocabulary.js';
import { riasecOfKldb } from '../occupations/kldb.js';

const codeVectors = new Map<string, Float64Array>();

/** RIASEC weights of a code such as `SAI`, summing to 1 (cached per code). */
export function riasecVector(code: string): Float64Array {
  let vec = codeVectors.get(code);
  if (!vec) {
    vec = new Float64Array(6);
    let sum = 0;
    for (let i = 0; i < code.length && i < 3; i++) {
      const d = RIASEC.indexOf(code[i] as (typeof RIASEC)[number]);
      // Holland's weighting of a code's letters: the first counts most (1, 0.5, 0.25).
      const weight = 0.5 ** i;
      if (d >= 0) {
        vec[d] = (vec[d] as number) + weight;
        sum += weight;
      }
    }
    for (let d = 0; d < 6; d++) vec[d] = (vec[d] as number) / (sum || 1);
    codeVectors.set(code, vec);
  }
  return vec;
}

/** RIASEC weights of an offer (its own code, else the mean over its occupations), or null. */
export function offerRiasec(offer: Offer): Float64Array | null {
  if (offer.riasec) return riasecVector(offer.riasec);
  const codes = offer.occupations.map(riasecOfKldb).filter((c): c is string => c !== undefined);
  if (!codes.length) return null;
  const vec = new Float64Array(6);
  for (const code of codes) {
    const part = riasecVector(code);
    for (let d = 0; d < 6; d++) vec[d] = (vec[d] as number) + (part[d] as number) / codes.length;
  }
  return vec;
}

/** Minutes after midnight of `HH:MM`, or −1. */
export function minutesOf(time: string | undefined): number {
  if (!time) return -1;
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Bit mask of a list of words in a vocabulary. */
export function maskOf<T extends string>(vocabulary: readonly T[], words: readonly T[]): number {
  let mask = 0;
  for (const w of words) {
    const i = vocabulary.indexOf(w);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/**
 * The words of a vocabulary whose bits are set in a mask: the inverse of `maskOf`.
 * @param vocabulary a word list such as `TARGET_GROUPS`
 * @param mask bit i stands for `vocabulary[i]`
 * @returns the words, in vocabulary order
 * @example wordsOf(TARGET_GROUPS, 0b11) // ['under-25', 'over-45']
 */
export function wordsOf<T extends string>(vocabulary: readonly T[], mask: number): T[] {
  return vocabulary.filter((_, i) => mask & (1 << i));
}

export function dayMaskOf(days: readonly number[] | undefined): number {
  let mask = 0;
  for (const d of days ?? []) mask |= 1 << (d - 1);
  return mask;
}

/** Degrees to radians. */
export const DEG = Math.PI / 180;
