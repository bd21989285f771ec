import type { Client } from '@libsql/client';
import { newStandSize, type Event, type Stand } from '@markt/sdk';
import { IdSchema, StandSchema, check, shortText } from '@markt/sdk/schemas';
import * as v from 'valibot';
import type { Services } from '../services.js';
import { freePlaces, type Plan } from './free-places.js';
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

/** A provider name as people compare it: trimmed, inner whitespace collapsed, case-insensitive. */
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

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
