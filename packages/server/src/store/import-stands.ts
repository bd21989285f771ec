import type { Client } from '@libsql/client';
import { newStandSize, type Event, type Stand } from '@markt/sdk';
import { IdSchema, StandSchema, check, shortText } from '@markt/sdk/schemas';
import * as v from 'valibot';
import type { Services } from '../services.js';
import type { ImportIssue as Issue } from './import.js';
import { checkStandNumbers, standNumberKey, touchEvent, writeResource } from './events.js';

// valibot's own messages: the organizer page says them in German ("Bitte eine Zahl eingeben.").
const coordinate = v.pipe(v.number(), v.finite(), v.minValue(0));
const extent = v.pipe(v.number(), v.finite(), v.minValue(1));
/**
 * One row of a stands CSV file, before the provider and the place are resolved against the event.
 * `provider` is a provider's name; `x`/`y` the stand's centre and `w`/`h` its size, in floor-plan units.
 */
export const StandCsvRowSchema = v.pipe(
  v.strictObject({
    id: v.optional(IdSchema),
    number: shortText(12),
    providerId: v.optional(IdSchema),
    provider: v.optional(shortText(200)),
    x: v.optional(coordinate),
    y: v.optional(coordinate),
    w: v.optional(extent),
    h: v.optional(extent),
    label: v.optional(shortText(80)),
  }),
  v.forward(v.check((r) => r.providerId !== undefined || r.provider !== undefined, 'name the provider (by name) or its providerId'), ['provider']),
  // A place or size needs both of its cells; the error names the empty one.
  v.forward(v.check((r) => r.x === undefined || r.y !== undefined, 'give y with x, or neither'), ['y']),
  v.forward(v.check((r) => r.y === undefined || r.x !== undefined, 'give x with y, or neither'), ['x']),
  v.forward(v.check((r) => r.w === undefined || r.h !== undefined, 'give h with w, or neither'), ['h']),
  v.forward(v.check((r) => r.h === undefined || r.w !== undefined, 'give w with h, or neither'), ['w']),
);
export type StandCsvRow = v.InferOutput<typeof StandCsvRowSchema>;


/** What a stands import did. */
export interface StandsImportOutcome {
  written: number;
  /** Of the rows written, how many changed a stand that existed. */
  updated: number;
  errors: Issue[];
}

/**
 * The floor plan stands are placed on when the event has none (as the organizer's editor draws it). The same plan
 * bounds the `x`/`y` of a row then, so a stand the file places and one placed on a free place share one frame.
 */
const DEFAULT_PLAN = { width: 40, height: 25 } as const;

/** The most candidate cells one stand size is tried on: the free-place search never enumerates a whole big plan. */
const MAX_CELLS = 4096;
/** The most cells one call tries over all sizes (many different sizes on a full plan): then places repeat. */
const MAX_TRIES = 100_000;

/** A provider name as people compare it: trimmed, inner whitespace collapsed, case-insensitive. */
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Plan {
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

/** What the import is judged on: the event's plan, providers and stands, as read at one moment. */
interface Snapshot {
  floorPlan: Plan | undefined;
  providers: { id: string; name: string }[];
  stands: Stand[];
  /** The rows as stored: equal fingerprints, equal snapshots. */
  fingerprint: string;
}

async function readSnapshot(db: Pick<Client, 'execute'>, eventId: string): Promise<Snapshot> {
  const eventData = (await db.execute({ sql: 'SELECT data FROM events WHERE id = ?', args: [eventId] })).rows[0]?.data;
  const providers = (
    await db.execute({ sql: "SELECT id, json_extract(data, '$.name') AS name FROM providers WHERE event_id = ? ORDER BY id", args: [eventId] })
  ).rows.map((p) => ({ id: String(p.id), name: String(p.name ?? '') }));
  const standData = (await db.execute({ sql: 'SELECT data FROM stands WHERE event_id = ? ORDER BY id', args: [eventId] })).rows.map((r) => String(r.data));
  const fingerprint = [String(eventData ?? ''), ...providers.map((p) => `${p.id}\u0001${p.name}`), ...standData].join('\u0000');
  return {
    floorPlan: eventData == null ? undefined : (JSON.parse(String(eventData)) as Event).floorPlan,
    providers,
    stands: standData.map((d) => JSON.parse(d) as Stand),
    fingerprint,
  };
}

/** The outcome of judging a file against a snapshot: the issues, and the stands to write (empty: write nothing). */
interface StandsPlan {
  errors: Issue[];
  stands: { line: number; stand: Stand }[];
  updated: number;
}

/** Judges the rows against a snapshot and makes the stands to write, places included (no I/O). */
function planStands(
  snapshot: Snapshot,
  eventId: string,
  rows: readonly { line: number; record: StandCsvRow }[],
  mode: 'all' | 'valid-only',
  earlier: readonly Issue[],
): StandsPlan {
  const errors: Issue[] = [];
  const bad = new Set<number>();
  const fail = (line: number, path: string, message: string) => {
    errors.push({ line, path, message });
    bad.add(line);
  };

  const { floorPlan } = snapshot;
  const plan = floorPlan ?? DEFAULT_PLAN;
  const providerIds = new Set(snapshot.providers.map((p) => p.id));
  const byName = new Map<string, string[]>();
  for (const p of snapshot.providers) {
    const key = nameKey(p.name);
    const ids = byName.get(key);
    if (ids) ids.push(p.id);
    else byName.set(key, [p.id]);
  }
  const existing = new Map(snapshot.stands.map((stand) => [stand.id, stand] as const));
  const existingByNumber = new Map<string, string>();
  for (const stand of existing.values()) if (!existingByNumber.has(standNumberKey(stand.number))) existingByNumber.set(standNumberKey(stand.number), stand.id);

  // Ids the file names itself are never made up for another row, whichever line comes first.
  const named = new Set(rows.flatMap((r) => (r.record.id === undefined ? [] : [r.record.id])));
  // Per row: its provider, its target stand id, and no number or stand twice in the file.
  const planned: { line: number; record: StandCsvRow; providerId: string; id: string }[] = [];
  const numberLine = new Map<string, number>();
  const targetLine = new Map<string, number>();
  const madeUp = new Set<string>();
  // In valibot's words, so the organizer page translates it; the plan's size says why.
  const outside = (value: number, max: number) => `Invalid value: Expected <=${max} but received ${value} (the floor plan is ${plan.width} × ${plan.height})`;
  for (const { line, record } of rows) {
    let providerId = record.providerId;
    if (providerId !== undefined && !providerIds.has(providerId)) {
      fail(line, 'providerId', `no provider of this event has the id "${providerId}": import the providers first`);
    }
    if (record.provider !== undefined) {
      const ids = byName.get(nameKey(record.provider)) ?? [];
      if (ids.length === 0) fail(line, 'provider', `no provider of this event is called "${record.provider}": check the spelling, or import the providers first`);
      else if (ids.length > 1) fail(line, 'provider', `${ids.length} providers of this event are called "${record.provider}" (${ids.join(', ')}): give a providerId column instead`);
      else if (providerId !== undefined && providerId !== ids[0]) fail(line, 'provider', `is provider "${ids[0]}", but providerId says "${providerId}"`);
      else providerId = ids[0];
    }
    if (record.x !== undefined && record.x > plan.width) fail(line, 'x', outside(record.x, plan.width));
    if (record.y !== undefined && record.y > plan.height) fail(line, 'y', outside(record.y, plan.height));
    const key = standNumberKey(record.number);
    const sameNumber = numberLine.get(key);
    if (sameNumber !== undefined) fail(line, 'number', `"${record.number}" is on line ${sameNumber} already`);
    else numberLine.set(key, line);
    if (bad.has(line) || providerId === undefined) continue;
    const byNumber = record.id === undefined;
    let id = record.id ?? existingByNumber.get(key);
    if (id === undefined) {
      id = newStandId(record.number, (candidate) => existing.has(candidate) || named.has(candidate) || madeUp.has(candidate));
      madeUp.add(id);
    }
    const other = targetLine.get(id);
    if (other !== undefined) {
      fail(line, byNumber ? 'number' : 'id', `updates stand ${id}, which line ${other} writes already: give each row its own id`);
      continue;
    }
    targetLine.set(id, line);
    planned.push({ line, record, providerId, id });
  }

  rejectTakenNumbers(planned, existing, bad, fail);

  const writes = planned.filter((p) => !bad.has(p.line));
  errors.sort((a, b) => a.line - b.line);
  if ((mode === 'all' && (errors.length > 0 || earlier.length > 0)) || writes.length === 0) return { errors, stands: [], updated: 0 };

  const stands: { line: number; stand: Stand }[] = writes.map((p) => {
    const before = existing.get(p.id);
    const { record } = p;
    const stand: Stand = { id: p.id, eventId, providerId: p.providerId, number: record.number };
    const position = record.x !== undefined && record.y !== undefined ? { x: record.x, y: record.y } : before?.position;
    const size = record.w !== undefined && record.h !== undefined ? { w: record.w, h: record.h } : before?.size;
    const label = record.label ?? before?.label;
    if (position) stand.position = position;
    if (size) stand.size = size;
    if (label !== undefined) stand.label = label;
    return { line: p.line, stand };
  });
  const writtenIds = new Set(stands.map((s) => s.stand.id));
  const kept = [...existing.values()].filter((s) => !writtenIds.has(s.id));
  // New stands without a size are sized like the event's others, as the organizer's "add stand" does.
  const size = newStandSize([...kept, ...stands.map((s) => s.stand)], plan);
  for (const { stand } of stands) if (!existing.has(stand.id)) stand.size ??= size;
  const unplaced = stands.filter((s) => !s.stand.position);
  if (unplaced.length > 0) {
    const taken = [...kept, ...stands.map((s) => s.stand)].flatMap((s) => (s.position ? [{ ...s.position, ...(s.size ?? size) }] : []));
    const places = freePlaces(plan, taken, unplaced.map((s) => s.stand.size ?? size));
    unplaced.forEach((s, i) => {
      s.stand.position = places[i]!;
      s.stand.size ??= size;
    });
  }
  return { errors, stands, updated: stands.filter((s) => existing.has(s.stand.id)).length };
}

/**
 * Refuses each row whose number another stand keeps after the import. A refused row keeps its stand's old number
 * in use, which can refuse the row that wanted that number, and so on: a worklist re-checks only the row that
 * holds a number a refusal brought back, so a chain of n rows costs O(n), not n passes over every stand.
 */
function rejectTakenNumbers(
  planned: readonly { line: number; record: StandCsvRow; id: string }[],
  existing: ReadonlyMap<string, Stand>,
  bad: ReadonlySet<number>,
  fail: (line: number, path: string, message: string) => void,
): void {
  // The stand ids holding each number at the end (existing stands first, in id order, as the message names them).
  const holders = new Map<string, Set<string>>();
  const hold = (key: string, id: string) => {
    const ids = holders.get(key);
    if (ids) ids.add(id);
    else holders.set(key, new Set([id]));
  };
  const ok = planned.filter((p) => !bad.has(p.line));
  const rowOf = new Map(ok.map((p) => [p.id, p] as const));
  for (const stand of existing.values()) if (!rowOf.has(stand.id)) hold(standNumberKey(stand.number), stand.id);
  for (const p of ok) hold(standNumberKey(p.record.number), p.id);
  // A number is held by at most one row of the file (a number twice in the file is refused before), so the
  // row that holds a number is found by it.
  const rowByNumber = new Map(ok.map((p) => [standNumberKey(p.record.number), p] as const));
  const refused = new Set<string>();
  const work = [...ok];
  while (work.length > 0) {
    const p = work.pop()!;
    if (refused.has(p.id)) continue;
    const key = standNumberKey(p.record.number);
    const other = [...holders.get(key)!].find((id) => id !== p.id);
    if (other === undefined) continue;
    fail(p.line, 'number', `is already stand ${other}: give that stand's id to update it, or choose another number`);
    refused.add(p.id);
    holders.get(key)!.delete(p.id);
    const before = existing.get(p.id);
    if (before === undefined) continue;
    // The stand keeps its old number: the row that wanted it is judged again.
    const oldKey = standNumberKey(before.number);
    hold(oldKey, p.id);
    const wanting = rowByNumber.get(oldKey);
    if (wanting && wanting.id !== p.id && !refused.has(wanting.id)) work.push(wanting);
  }
}

/**
 * Imports the rows of a stands file into an event. The rows are judged and the free places found on the event's
 * data as read before the write queue is taken, so other writes (visits, leads) never wait on them; inside the
 * write transaction the data is read again and, only if it changed meanwhile, judged again.
 * The key of a row is its `id` when given, else its number: a row without id updates the stand that has
 * that number, so importing the same file again updates instead of duplicating. A position, size or label
 * that a row leaves empty is kept from the stand it updates; a stand still without a position gets a free
 * place of its own size on the floor plan (see `freePlaces`).
 * @param services the server services (database, write queue, stand token secret, clock)
 * @param eventId the event
 * @param rows the rows that passed `StandCsvRowSchema`, with their lines
 * @param mode `all`: write nothing when any row is bad (counting `earlier` issues); `valid-only`: write the good rows
 * @param earlier issues found while reading the file (they count for `all`)
 * @returns what was written and every row issue, sorted by line
 * @example const outcome = await importStands(services, 'fair-1', rows, 'all', []);
 */
export async function importStands(
  services: Services,
  eventId: string,
  rows: readonly { line: number; record: StandCsvRow }[],
  mode: 'all' | 'valid-only',
  earlier: readonly Issue[],
): Promise<StandsImportOutcome> {
  const first = await readSnapshot(services.db, eventId);
  const firstPlan = planStands(first, eventId, rows, mode, earlier);
  if (firstPlan.stands.length === 0) return { written: 0, updated: 0, errors: firstPlan.errors };
  return services.queue.run(async (tx) => {
    const now = await readSnapshot(tx, eventId);
    const { errors, stands, updated } = now.fingerprint === first.fingerprint ? firstPlan : planStands(now, eventId, rows, mode, earlier);
    if (stands.length === 0) return { written: 0, updated: 0, errors };
    for (const { line, stand } of stands) {
      const result = check(StandSchema, stand);
      // Cannot happen after the row schema; reported rather than written if a rule of the schema changes.
      if (!result.ok) throw new Error(`stand of line ${line} is invalid: ${JSON.stringify(result.issues)}`);
      await writeResource(tx, services, eventId, 'stands', result.value, 'upsert', { deferStandNumberCheck: true });
    }
    // The same check as every other stand write, on the end state; it cannot fail after the check above
    // (the queue runs one job at a time), and would name the CSV line if it did.
    const lineOf = new Map(stands.map((s) => [s.stand.id, s.line]));
    await checkStandNumbers(tx, eventId, [...lineOf.keys()], (id) => ({ path: 'number', line: lineOf.get(id) ?? 0 }));
    await touchEvent(tx, services, eventId);
    return { written: stands.length, updated, errors };
  });
}

/** A readable, unused id for a new stand: `st-<number>` ("st-a-12"), with a suffix when taken. */
function newStandId(number: string, taken: (id: string) => boolean): string {
  const slug = number.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'stand';
  const base = `st-${slug}`.slice(0, 56);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
