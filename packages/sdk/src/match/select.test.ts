import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diversify, makeBetter, topOf } from './select.js';

describe('partial top-k selection', () => {
  it('gives the same prefix as a full sort, ties broken by id', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (raw, h) => {
        const scores = Float64Array.from(raw, (x) => x / 5);
        const ids = raw.map((_, i) => `id${String((i * 7919) % 1000).padStart(4, '0')}-${i}`);
        const better = makeBetter(scores, ids);
        const all = Int32Array.from(raw.keys());
        const full = topOf(all, all.length, all.length, better);
        expect(topOf(all, all.length, h, better)).toEqual(full.slice(0, h));
        for (let k = 1; k < full.length; k++) {
          const a = full[k - 1] as number;
          const b = full[k] as number;
          expect((scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && (ids[a] as string) < (ids[b] as string))).toBe(true);
        }
      }),
    );
  });
});

describe('diversify', () => {
  it('moves a third offer of one provider behind the top k, keeping order', () => {
    const providers = ['a', 'a', 'a', 'b', 'c'];
    expect(diversify([0, 1, 2, 3, 4], providers, 2, 3, 10, true)).toEqual([0, 1, 3, 2, 4]);
  });

  it('asks for more candidates when the top k cannot be filled from an incomplete list', () => {
    expect(diversify([0, 1, 2], ['a', 'a', 'a'], 1, 2, 10, false)).toBeUndefined();
    expect(diversify([0, 1, 2], ['a', 'a', 'a'], 1, 2, 10, true)).toEqual([0, 1, 2]);
  });

  it('returns no more than `limit` even when the top k is longer', () => {
    const providers = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(diversify([0, 1, 2, 3, 4, 5], providers, 2, 5, 3, true)).toEqual([0, 1, 2]);
  });
});
