// Bit helpers shared by the ranking (occupation and target-group masks) and the search (letter sets).

/**
 * Number of set bits of a 32-bit integer.
 * @param x any number (taken as 32 bits)
 * @returns 0–32
 * @example popcount(0b1011) // 3
 */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
