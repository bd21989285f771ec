import type { Transaction } from '@libsql/client';
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

/** The floor plan stands are placed on when the event has none (as the organizer's editor draws it). */
const DEFAULT_PLAN = { width: 40, height: 25 } as const;

/** A provider name as people compare it: trimmed, inner whitespace collapsed, case-insensitive. */
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Rect, b: Rect) => Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;


/**
 * Free places on a grid over the floor plan, row by row from the top left, for stands without a position:
 * a cell is free when it does not overlap a stand that has a place. When the plan is full, cells are
 * used again (the organizer then moves stands in the editor).
 * @param plan the floor plan's width and height
 * @param size the size of the stands to place
 * @param taken the stands that have a place
 * @param count how many places are wanted
 * @returns `count` centres
 * @example gridPlaces({ width: 40, height: 25 }, { w: 2, h: 2 }, [], 3) // [{ x: 2, y: 2 }, { x: 5, y: 2 }, { x: 8, y: 2 }]
 */
export function gridPlaces(plan: { width: number; height: number }, size: { w: number; h: number }, taken: readonly Rect[], count: number): { x: number; y: number }[] {
  const gap = Math.max(1, Math.round(Math.min(size.w, size.h) / 2));
  const cells: { x: number; y: number }[] = [];
  for (let y = gap + size.h / 2; y + size.h / 2 <= plan.height; y += size.h + gap) {
    for (let x = gap + size.w / 2; x + size.w / 2 <= plan.width; x += size.w + gap) cells.push({ x, y });
  }
  if (cells.length === 0) cells.push({ x: plan.width / 2, y: plan.height / 2 });
  // Cells do not overlap one another, so each free cell takes one stand: one pass over the placed stands.
  const free = cells.filter((c) => !taken.some((r) => overlaps({ ...c, ...size }, r)));
  const places: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) places.push(i < free.length ? free[i]! : cells[(i - free.length) % cells.length]!);
  return places;
}

/**
 * Resolves the rows of a stands file against the event (inside the write transaction, so nothing changes
 * between the check and the write) and, unless `all` mode meets a bad row, writes them.
 * The key of a row is its `id` when given, else its number: a row without id updates the stand that has
 * that number, so importing the same file again updates instead of duplicating. A position, size or label
 * that a row leaves empty is kept from the stand it updates; a stand still without a position gets a free
 * place on a grid over the floor plan.
 * @param tx the open write transaction
 * @param services the server services (stand token secret, clock)
 * @param eventId the event
 * @param rows the rows that passed `StandCsvRowSchema`, with their lines
 * @param mode `all`: write nothing when any row is bad (counting `earlier` issues); `valid-only`: write the good rows
 * @param earlier issues found while reading the file (they count for `all`)
 * @returns what was written and every row issue, sorted by line
 * @example const outcome = await services.queue.run((tx) => importStandRows(tx, services, 'fair-1', rows, 'all', []));
 */
export async function importStandRows(
  tx: Transaction,
  services: Services,
  eventId: string,
  rows: readonly { line: number; record: StandCsvRow }[],
  mode: 'all' | 'valid-only',
  earlier: readonly Issue[],
): Promise<StandsImportOutcome> {
  const errors: Issue[] = [];
  const bad = new Set<number>();
  const fail = (line: number, path: string, message: string) => {
    errors.push({ line, path, message });
    bad.add(line);
  };

  const eventRow = (await tx.execute({ sql: 'SELECT data FROM events WHERE id = ?', args: [eventId] })).rows[0];
  const floorPlan = eventRow ? (JSON.parse(String(eventRow.data)) as Event).floorPlan : undefined;
  const plan = floorPlan ?? DEFAULT_PLAN;
  const providerRows = (
    await tx.execute({ sql: "SELECT id, json_extract(data, '$.name') AS name FROM providers WHERE event_id = ? ORDER BY id", args: [eventId] })
  ).rows;
  const providerIds = new Set(providerRows.map((p) => String(p.id)));
  const byName = new Map<string, string[]>();
  for (const p of providerRows) {
    const key = nameKey(String(p.name ?? ''));
    byName.set(key, [...(byName.get(key) ?? []), String(p.id)]);
  }
  const existing = new Map(
    (await tx.execute({ sql: 'SELECT data FROM stands WHERE event_id = ? ORDER BY id', args: [eventId] })).rows.map((r) => {
      const stand = JSON.parse(String(r.data)) as Stand;
      return [stand.id, stand] as const;
    }),
  );
  const existingByNumber = new Map<string, string>();
  for (const stand of existing.values()) if (!existingByNumber.has(standNumberKey(stand.number))) existingByNumber.set(standNumberKey(stand.number), stand.id);

  // Per row: its provider, its target stand id, and no number or stand twice in the file.
  const planned: { line: number; record: StandCsvRow; providerId: string; id: string; byNumber: boolean }[] = [];
  const numberLine = new Map<string, number>();
  const targetLine = new Map<string, number>();
  const newIds = new Set<string>();
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
    // In valibot's words, so the organizer page translates it; the plan's size says why.
    const outside = (value: number, max: number) => `Invalid value: Expected <=${max} but received ${value} (the floor plan is ${floorPlan?.width} × ${floorPlan?.height})`;
    if (floorPlan && record.x !== undefined && record.x > floorPlan.width) fail(line, 'x', outside(record.x, floorPlan.width));
    if (floorPlan && record.y !== undefined && record.y > floorPlan.height) fail(line, 'y', outside(record.y, floorPlan.height));
    const key = standNumberKey(record.number);
    const sameNumber = numberLine.get(key);
    if (sameNumber !== undefined) fail(line, 'number', `"${record.number}" is on line ${sameNumber} already`);
    else numberLine.set(key, line);
    if (bad.has(line) || providerId === undefined) continue;
    const byNumber = record.id === undefined;
    const id = record.id ?? existingByNumber.get(key) ?? newStandId(record.number, existing, newIds);
    const other = targetLine.get(id);
    if (other !== undefined) {
      fail(line, byNumber ? 'number' : 'id', `updates stand ${id}, which line ${other} writes already: give each row its own id`);
      continue;
    }
    targetLine.set(id, line);
    if (!existing.has(id)) newIds.add(id);
    planned.push({ line, record, providerId, id, byNumber });
  }

  // A number another stand keeps after the import is taken. Dropping a row can keep an old number in use,
  // so this repeats until nothing changes (`valid-only` writes the rest).
  for (let changed = true; changed; ) {
    changed = false;
    const ok = planned.filter((p) => !bad.has(p.line));
    const numberOf = new Map([...existing.values()].map((s) => [s.id, s.number] as const));
    for (const p of ok) numberOf.set(p.id, p.record.number);
    const holders = new Map<string, string[]>();
    for (const [id, number] of numberOf) holders.set(standNumberKey(number), [...(holders.get(standNumberKey(number)) ?? []), id]);
    for (const p of ok) {
      const other = holders.get(standNumberKey(p.record.number))?.find((id) => id !== p.id);
      if (other === undefined) continue;
      fail(p.line, 'number', `is already stand ${other}: give that stand's id to update it, or choose another number`);
      changed = true;
    }
  }

  const writes = planned.filter((p) => !bad.has(p.line));
  errors.sort((a, b) => a.line - b.line);
  if ((mode === 'all' && (errors.length > 0 || earlier.length > 0)) || writes.length === 0) return { written: 0, updated: 0, errors };

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
    const places = gridPlaces(plan, size, taken, unplaced.length);
    unplaced.forEach((s, i) => {
      s.stand.position = places[i]!;
      s.stand.size ??= size;
    });
  }
  for (const { line, stand } of stands) {
    const result = check(StandSchema, stand);
    // Cannot happen after the row schema; reported rather than written if a rule of the schema changes.
    if (!result.ok) throw new Error(`stand of line ${line} is invalid: ${JSON.stringify(result.issues)}`);
    await writeResource(tx, services, eventId, 'stands', result.value, 'upsert', { deferStandNumberCheck: true });
  }
  // The same check as every other stand write, on the end state; it cannot fail after the check above
  // (the queue runs one job at a time), and would name the CSV line if it did.
  const lineOf = new Map(stands.map((s) => [s.stand.id, s.line]));
  await checkStandNumbers(tx, eventId, [...writtenIds], (id) => ({ path: 'number', line: lineOf.get(id) ?? 0 }));
  await touchEvent(tx, services, eventId);
  return { written: stands.length, updated: stands.filter((s) => existing.has(s.stand.id)).length, errors };
}

/** A readable, unused id for a new stand: `st-<number>` ("st-a-12"), with a suffix when taken. */
function newStandId(number: string, existing: ReadonlyMap<string, Stand>, planned: ReadonlySet<string>): string {
  const slug = number.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'stand';
  const base = `st-${slug}`.slice(0, 56);
  let id = base;
  for (let n = 2; existing.has(id) || planned.has(id); n++) id = `${base}-${n}`;
  return id;
}
