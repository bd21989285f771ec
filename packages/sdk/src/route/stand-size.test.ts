import { describe, expect, it } from 'vitest';
import type { Stand } from '../model/stand.js';
import { newStandSize } from './stand-size.js';

describe('newStandSize', () => {
  it("sizes a new stand like the event's others (median), or 5 % × 6 % of the plan, in whole units", () => {
    expect(newStandSize([], { width: 800, height: 500 })).toEqual({ w: 40, h: 30 });
    expect(newStandSize([], { width: 40, height: 20 })).toEqual({ w: 2, h: 1 });
    expect(newStandSize([], { width: 10, height: 5 })).toEqual({ w: 1, h: 1 });
    const sized = (w: number, h: number, id = `s${w}${h}`): Stand => ({ id, eventId: 'e1', providerId: 'p1', number: id, size: { w, h } });
    const unsized: Stand = { id: 'u', eventId: 'e1', providerId: 'p1', number: 'U1' };
    expect(newStandSize([sized(40, 30), sized(20, 10), sized(60, 30), unsized], { width: 800, height: 500 })).toEqual({ w: 40, h: 30 });
    expect(newStandSize([sized(4, 2), sized(5, 3)], { width: 800, height: 500 })).toEqual({ w: 5, h: 3 }); // 4.5 → 5, 2.5 → 3
  });
});
