// Bit helpers shared by the ranking (occupation and target-group masks) and the search (letter sets).

/**
 * Number of set bits of a 32-bit integer.
 * @param x any number (taken as 32 bits)
 * @returns 0–32
 * @example popcount(0b1011) // 3
 */
export function popcount(x: number): number {
  // Clears the lowest set bit until none is left: as many steps as bits set (few, where it is used).
  let n = 0;
  for (x |= 0; x; n++) x &= x - 1;
  return n;
}
