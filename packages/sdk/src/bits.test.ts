import { describe, expect, it } from 'vitest';
import { popcount } from './bits.js';

describe('popcount', () => {
  it('counts the set bits of the low 32 bits of any number', () => {
    expect(popcount(0)).toBe(0);
    expect(popcount(0b1011)).toBe(3);
    expect(popcount(-1)).toBe(32);
    expect(popcount(0x80000000)).toBe(1);
    // Only the low 32 bits count: none are set in these.
    expect(popcount(2 ** 32)).toBe(0);
    expect(popcount(3 * 2 ** 32)).toBe(0);
    expect(popcount(2 ** 53)).toBe(0);
    expect(popcount(0.5)).toBe(0);
    expect(popcount(2 ** 32 + 5)).toBe(2);
  });
});
