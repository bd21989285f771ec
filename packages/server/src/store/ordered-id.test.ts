import { describe, expect, it } from 'vitest';
import { orderedId, orderedIdTime } from './ordered-id.js';

describe('orderedId', () => {
  it('is 22 base64url characters, unique, and sorts by its creation time', () => {
    const times = [0, 1, 63, 64, 4095, 1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000, 2 ** 48 - 1];
    const ids = times.map((t) => orderedId(t));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Code-unit order (= SQLite's BINARY collation for ASCII) follows time order.
    expect([...ids].sort()).toEqual(ids);
    const same = new Set(Array.from({ length: 10_000 }, () => orderedId(1_700_000_000_000)));
    expect(same.size).toBe(10_000);
    expect(orderedId(1_700_000_000_000).slice(0, 8)).toBe(orderedId(1_700_000_000_000).slice(0, 8));
  });

  it('bounds ids by time: orderedIdTime(t) sorts after every id made before t and not after any made at or after it', () => {
    const t = 1_700_000_000_000;
    for (let i = 0; i < 1000; i++) {
      expect(orderedId(t - 1) < orderedIdTime(t)).toBe(true);
      expect(orderedId(t) >= orderedIdTime(t)).toBe(true);
      expect(orderedId(t + 1) >= orderedIdTime(t)).toBe(true);
    }
  });
});
