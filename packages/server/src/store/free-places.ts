// Free places on a floor plan for stands without a position: the stands CSV import (import-stands.ts) places them.

/** The most candidate cells one stand size is tried on: the free-place search never enumerates a whole big plan. */
const MAX_CELLS = 4096;
/** The most cells one call tries over all sizes (many different sizes on a full plan): then places repeat. */
const MAX_TRIES = 100_000;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Plan {
  width: number;
  height: number;
}
const overlaps = (a: Rect, b: Rect) => Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;

/**
 * The placed rectangles in buckets of a coarse grid over the plan, so a candidate is compared with the stands
 * near it only (each at most once), never with every stand.
 */
class RectIndex {
  readonly #rects: Rect[] = [];
  readonly #buckets: number[][];
  readonly #n: number;
  readonly #plan: Plan;
  #stamp: number[] = [];
  #query = 0;

  constructor(plan: Plan, expected: number) {
    this.#plan = plan;
    this.#n = Math.min(64, Math.max(1, Math.ceil(Math.sqrt(expected))));
    this.#buckets = Array.from({ length: this.#n * this.#n }, () => []);
  }

  #range(from: number, to: number, length: number): [number, number] {
    const cell = (v: number) => Math.min(this.#n - 1, Math.max(0, Math.floor((v / length) * this.#n)));
    return [cell(from), cell(to)];
  }

  #each(r: Rect, visit: (bucket: number[]) => boolean | void): boolean {
    const [x0, x1] = this.#range(r.x - r.w / 2, r.x + r.w / 2, this.#plan.width);
    const [y0, y1] = this.#range(r.y - r.h / 2, r.y + r.h / 2, this.#plan.height);
    for (let by = y0; by <= y1; by++) for (let bx = x0; bx <= x1; bx++) if (visit(this.#buckets[by * this.#n + bx]!)) return true;
    return false;
  }

  add(r: Rect): void {
    const id = this.#rects.push(r) - 1;
    this.#stamp.push(0);
    this.#each(r, (bucket) => void bucket.push(id));
  }

  hits(r: Rect): boolean {
    const query = ++this.#query;
    return this.#each(r, (bucket) =>
      bucket.some((id) => {
        if (this.#stamp[id] === query) return false;
        this.#stamp[id] = query;
        return overlaps(r, this.#rects[id]!);
      }),
    );
  }
}

/** Centres along one axis: `count` of them from `first`, `step` apart (one centred cell when the stand barely fits). */
interface Axis {
  first: number;
  step: number;
  count: number;
}
function axis(length: number, extent: number, gap: number, step: number): Axis {
  if (length < gap + extent) return { first: length / 2, step, count: 1 };
  return { first: gap + extent / 2, step, count: Math.floor((length - gap - extent) / step) + 1 };
}

/** The candidate cells for one stand size: a grid with a gap between stands, coarsened until it has at most `maxCells`. */
function cellGrid(plan: Plan, size: { w: number; h: number }, maxCells: number): { x: Axis; y: Axis } {
  const gap = Math.max(1, Math.round(Math.min(size.w, size.h) / 2));
  let x = axis(plan.width, size.w, gap, size.w + gap);
  let y = axis(plan.height, size.h, gap, size.h + gap);
  // A big plan with tiny stands: wider steps (the spacing grows, the order stays top left first).
  for (let scale = Math.sqrt((x.count * y.count) / maxCells); x.count * y.count > maxCells; scale = 1.1) {
    x = axis(plan.width, size.w, gap, x.step * Math.max(1, scale));
    y = axis(plan.height, size.h, gap, y.step * Math.max(1, scale));
  }
  return { x, y };
}

/**
 * Free places on the floor plan, row by row from the top left, for stands without a position, each by its own
 * size: a place is inside the plan (when the stand fits it) and overlaps neither a placed stand nor a stand placed
 * before it in the same call. Each size is tried on a grid of at most `maxCells` cells (a coarser one on a big
 * plan), and a cell is compared with the stands near it only. When a size's cells are all taken (or the call has
 * tried `maxTries` cells in all), its cells are used again in order (the organizer then moves stands in the editor).
 * @param plan the floor plan's width and height
 * @param taken the stands that have a place (centre and size)
 * @param sizes the size of each stand to place, in order
 * @param options `maxCells` (default 4096): the most cells one size is tried on; `maxTries` (default 100,000): the most
 *   cells tried in all
 * @returns one centre per size, in the same order
 * @example freePlaces({ width: 40, height: 25 }, [], [{ w: 2, h: 2 }, { w: 2, h: 2 }]) // [{ x: 2, y: 2 }, { x: 5, y: 2 }]
 */
export function freePlaces(
  plan: Plan,
  taken: readonly Rect[],
  sizes: readonly { w: number; h: number }[],
  { maxCells = MAX_CELLS, maxTries = MAX_TRIES }: { maxCells?: number; maxTries?: number } = {},
): { x: number; y: number }[] {
  maxCells = Math.max(1, maxCells);
  const index = new RectIndex(plan, taken.length + sizes.length);
  for (const r of taken) index.add(r);
  const grids = new Map<string, { x: Axis; y: Axis; next: number; reused: number }>();
  return sizes.map((size) => {
    const key = `${size.w}×${size.h}`;
    let grid = grids.get(key);
    if (!grid) grids.set(key, (grid = { ...cellGrid(plan, size, maxCells), next: 0, reused: 0 }));
    const { x, y } = grid;
    const cell = (i: number) => ({ x: x.first + (i % x.count) * x.step, y: y.first + Math.floor(i / x.count) * y.step });
    // Cells only ever fill up, so a size's search goes on where it stopped: each cell is tried once.
    while (grid.next < x.count * y.count && maxTries-- > 0) {
      const c = cell(grid.next++);
      const rect = { ...c, ...size };
      if (!index.hits(rect)) {
        index.add(rect);
        return c;
      }
    }
    const c = cell(grid.reused++ % (x.count * y.count));
    index.add({ ...c, ...size });
    return c;
  });
}
