import { MarktError } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';
import type { Point } from '../model/common.js';
import type { Stand } from '../model/stand.js';

/** A walking order through the stands. */
export interface Route {
  /** The stands in walking order. */
  readonly order: Stand[];
  /** Length of the walk from the start through every stand, in floor-plan units (straight lines). */
  readonly distance: number;
  /** The start followed by each stand's position, in walking order. */
  readonly path: Point[];
}

const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Length of the open path start → points[order[0]] → … (no return to the start).
 * @param start where the walk begins
 * @param points the stands' positions
 * @param order indexes into `points`
 * @returns the length in floor-plan units
 * @example pathLength({ x: 0, y: 0 }, [{ x: 3, y: 4 }], [0]) // 5
 */
export function pathLength(start: Point, points: readonly Point[], order: readonly number[]): number {
  let total = 0;
  let at = start;
  for (const i of order) {
    const p = points[i] as Point;
    total += dist(at, p);
    at = p;
  }
  return total;
}

/**
 * Nearest-neighbour order: from the start, always walk to the closest stand not yet visited
 * (ties go to the stand given first).
 * @param start where the walk begins
 * @param points the stands' positions
 * @returns indexes into `points` in walking order
 * @example nearestNeighbourOrder({ x: 0, y: 0 }, [{ x: 9, y: 0 }, { x: 1, y: 0 }]) // [1, 0]
 */
export function nearestNeighbourOrder(start: Point, points: readonly Point[]): number[] {
  const left = new Set(points.keys());
  const order: number[] = [];
  let at = start;
  while (left.size > 0) {
    let best = -1;
    let bestD = Infinity;
    for (const i of left) {
      const d = dist(at, points[i] as Point);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    order.push(best);
    left.delete(best);
    at = points[best] as Point;
  }
  return order;
}

/** Up to this many stands the route is exact (Held-Karp dynamic programming, 2^n · n² steps). */
const EXACT_MAX = 12;
/** Up to this many stands Or-opt runs after 2-opt. */
const OR_OPT_MAX = 60;

/**
 * The shortest open path from the start through every point (Held-Karp); ties go to the smaller index.
 * Only for a few points: memory and time grow as 2^n.
 * @param start where the walk begins
 * @param points the stands' positions (at most about 12)
 * @returns indexes into `points` in walking order
 * @example exactOrder({ x: 10, y: 0 }, [{ x: 11, y: 0 }, { x: 0, y: 0 }, { x: 40, y: 0 }]) // [1, 0, 2]
 */
export function exactOrder(start: Point, points: readonly Point[]): number[] {
  const n = points.length;
  if (n === 0) return [];
  const full = (1 << n) - 1;
  const cost = new Float64Array((full + 1) * n).fill(Infinity);
  const prev = new Int8Array((full + 1) * n).fill(-1);
  for (let j = 0; j < n; j++) cost[(1 << j) * n + j] = dist(start, points[j] as Point);
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < n; j++) {
      const c = cost[mask * n + j] as number;
      // Unreached (which includes every j outside the mask): nothing to extend.
      if (c === Infinity) continue;
      for (let k = 0; k < n; k++) {
        if (mask & (1 << k)) continue;
        const extended = (mask | (1 << k)) * n + k; // the state: the stands of mask and k, ending at k
        const d = c + dist(points[j] as Point, points[k] as Point);
        if (d < (cost[extended] as number) - 1e-12) {
          cost[extended] = d;
          prev[extended] = j;
        }
      }
    }
  }
  let last = 0;
  for (let j = 1; j < n; j++) if ((cost[full * n + j] as number) < (cost[full * n + last] as number) - 1e-12) last = j;
  const order: number[] = [];
  for (let mask = full, j = last; j >= 0; ) {
    order.unshift(j);
    const p = prev[mask * n + j] as number;
    mask ^= 1 << j;
    j = p;
  }
  return order;
}

/**
 * Improves an open path by 2-opt (reverse a segment) and Or-opt (move a run of 1–3 stands) until neither helps.
 * Only strictly shorter moves are taken, so the result is never longer than the input order.
 * @param start where the walk begins
 * @param points the stands' positions
 * @param initial a starting order (indexes into `points`), e.g. from `nearestNeighbourOrder`
 * @returns a new order, never longer than `initial`
 * @example improveOrder(start, points, nearestNeighbourOrder(start, points))
 */
export function improveOrder(start: Point, points: readonly Point[], initial: readonly number[]): number[] {
  const order = [...initial];
  const n = order.length;
  const pt = (k: number): Point => (k < 0 ? start : (points[order[k] as number] as Point));
  const eps = 1e-9;
  for (let round = 0, improved = true; improved && round < 100; round++) {
    improved = false;
    // 2-opt: reverse order[i..j]; the open end after j has no edge to fix.
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pt(i - 1), b = pt(i), c = pt(j);
        const toNext = (p: Point) => (j + 1 < n ? dist(p, pt(j + 1)) : 0);
        if (dist(a, c) + toNext(b) < dist(a, b) + toNext(c) - eps) {
          for (let l = i, r = j; l < r; l++, r--) [order[l], order[r]] = [order[r] as number, order[l] as number];
          improved = true;
        }
      }
    }
    // Or-opt: move the run order[i..i+len-1] to another place if that is shorter (cubic: small lists only).
    // It stops at the first place tried after an improvement, including one that 2-opt made in this round.
    orOpt: for (let len = 1; len <= 3 && n <= OR_OPT_MAX; len++) {
      for (let i = 0; i + len <= n; i++) {
        const current = pathLength(start, points, order);
        const run = order.slice(i, i + len);
        const rest = order.toSpliced(i, len);
        for (let at = 0; at <= rest.length; at++) {
          if (at === i) continue;
          for (const r of [run, run.toReversed()]) {
            const candidate = rest.toSpliced(at, 0, ...r);
            if (pathLength(start, points, candidate) < current - eps) {
              order.splice(0, n, ...candidate);
              improved = true;
              break;
            }
          }
          if (improved) break orOpt;
        }
      }
    }
  }
  return order;
}

/**
 * Plans a short walking order through the chosen stands: the shortest one for up to 12 stands (Held-Karp),
 * otherwise nearest neighbour improved by 2-opt and Or-opt. The walk ends at the last stand (no return).
 * Deterministic: the same stands in the same order and the same start give the same route.
 * @param stands the stands to visit; each needs a `position` on the floor plan
 * @param start where the visitor stands now (e.g. the kiosk's position or the entrance)
 * @returns `{ order, distance, path }`; `path` starts with `start`; an empty list gives distance 0
 * @throws {MarktError} `ROUTE_UNKNOWN_STAND` for a stand without a position
 * @example
 * const { order, distance } = planRoute(chosenStands, { x: 0, y: 0 });
 * order.map((s) => s.number); // ['3', '7', '12']
 */
export function planRoute(stands: readonly Stand[], start: Point): Route {
  const points = stands.map((s) => {
    if (!s.position) throw new MarktError('ROUTE_UNKNOWN_STAND', errorMessages.ROUTE_UNKNOWN_STAND(s.id));
    return s.position;
  });
  const order =
    points.length <= EXACT_MAX ? exactOrder(start, points) : improveOrder(start, points, nearestNeighbourOrder(start, points));
  return {
    order: order.map((i) => stands[i] as Stand),
    distance: pathLength(start, points, order),
    path: [start, ...order.map((i) => points[i] as Point)],
  };
}
