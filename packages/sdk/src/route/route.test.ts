import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MarktError } from '../errors/markt-error.js';
import type { Point } from '../model/common.js';
import type { Stand } from '../model/stand.js';
import { planRoute } from './index.js';
import { exactOrder, improveOrder, nearestNeighbourOrder, pathLength } from './plan.js';

const stand = (id: string, position?: Point): Stand => ({
  id,
  eventId: 'ev',
  providerId: `p-${id}`,
  number: id,
  ...(position ? { position } : {}),
});

const pointArb = fc.record({ x: fc.integer({ min: 0, max: 1000 }), y: fc.integer({ min: 0, max: 1000 }) });

describe('planRoute', () => {
  it('walks stands on a line in order of distance from the start', () => {
    const stands = [stand('c', { x: 30, y: 0 }), stand('a', { x: 10, y: 0 }), stand('b', { x: 20, y: 0 })];
    const r = planRoute(stands, { x: 0, y: 0 });
    expect(r.order.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(r.distance).toBe(30);
    expect(r.path).toEqual([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 0 }, { x: 30, y: 0 }]);
  });

  it('does not follow nearest neighbour into a detour', () => {
    // Nearest neighbour goes right to 1, then must cross back over the start to the left side and return.
    const stands = [stand('r1', { x: 11, y: 0 }), stand('l1', { x: 0, y: 0 }), stand('r2', { x: 40, y: 0 })];
    const start = { x: 10, y: 0 };
    const r = planRoute(stands, start);
    expect(r.order.map((s) => s.id)).toEqual(['l1', 'r1', 'r2']);
    expect(r.distance).toBe(50);
    const nn = nearestNeighbourOrder(start, stands.map((s) => s.position as Point));
    expect(pathLength(start, stands.map((s) => s.position as Point), nn)).toBe(52);
  });

  it('returns an empty route for no stands', () => {
    expect(planRoute([], { x: 5, y: 5 })).toEqual({ order: [], distance: 0, path: [{ x: 5, y: 5 }] });
  });

  it('throws ROUTE_UNKNOWN_STAND for a stand without a position', () => {
    expect(() => planRoute([stand('a', { x: 1, y: 1 }), stand('nowhere')], { x: 0, y: 0 })).toThrow(MarktError);
    expect(() => planRoute([stand('nowhere')], { x: 0, y: 0 })).toThrow(
      expect.objectContaining({ code: 'ROUTE_UNKNOWN_STAND', message: expect.stringContaining('"nowhere"') }),
    );
  });

  it('property: the order is a permutation of the stands and distance matches the path', () => {
    fc.assert(
      fc.property(fc.array(pointArb, { maxLength: 25 }), pointArb, (points, start) => {
        const stands = points.map((p, i) => stand(`s${i}`, p));
        const r = planRoute(stands, start);
        expect([...r.order].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...stands].sort((a, b) => a.id.localeCompare(b.id)),
        );
        let d = 0;
        for (let i = 1; i < r.path.length; i++) d += Math.hypot(r.path[i]!.x - r.path[i - 1]!.x, r.path[i]!.y - r.path[i - 1]!.y);
        expect(r.distance).toBeCloseTo(d, 6);
      }),
      { numRuns: 60 },
    );
  });

  it('property: 2-opt/Or-opt is never longer than nearest neighbour', () => {
    fc.assert(
      fc.property(fc.array(pointArb, { minLength: 2, maxLength: 40 }), pointArb, (points, start) => {
        const nn = nearestNeighbourOrder(start, points);
        const better = improveOrder(start, points, nn);
        expect([...better].sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
        expect(pathLength(start, points, better)).toBeLessThanOrEqual(pathLength(start, points, nn) + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('property: up to 12 stands the route is as short as the best of all orders', () => {
    const permutations = (n: number): number[][] =>
      n === 0 ? [[]] : permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
    fc.assert(
      fc.property(fc.array(pointArb, { minLength: 1, maxLength: 6 }), pointArb, (points, start) => {
        const best = Math.min(...permutations(points.length).map((o) => pathLength(start, points, o)));
        expect(pathLength(start, points, exactOrder(start, points))).toBeCloseTo(best, 6);
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic', () => {
    const stands = Array.from({ length: 30 }, (_, i) => stand(`s${i}`, { x: (i * 37) % 101, y: (i * 53) % 89 }));
    expect(planRoute(stands, { x: 0, y: 0 })).toEqual(planRoute(stands, { x: 0, y: 0 }));
  });
});
