import type { Event } from '@markt/sdk';
import { IdSchema, TimestampSchema, shortText } from '@markt/sdk/schemas';
import * as v from 'valibot';
import { HttpError, notFound } from '../http/errors.js';
import type { Services } from '../services.js';

/**
 * One shift of the staffing rota (Dienstplan): who covers which stand or help desk, and when.
 * Staff names are employees' personal data: organizer and booth routes only, never public.
 */
export const RotaShiftSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    standId: IdSchema,
    staffName: shortText(80),
    role: v.optional(shortText(80)),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
  }),
  v.forward(
    // Written as "not at or before" so that an invalid startsAt is reported once, on startsAt only.
    v.check((s) => !(Date.parse(s.endsAt) <= Date.parse(s.startsAt)), 'must be after startsAt'),
    ['endsAt'],
  ),
);
export type RotaShift = v.InferOutput<typeof RotaShiftSchema>;

const BAD_INPUT = 'Some fields are missing or invalid: see details.';

/**
 * The calendar days an event covers, in the event's own UTC offset, as a half-open interval in epoch ms.
 * @param event the event
 * @returns `[start of the first day, start of the day after the last]`
 * @example eventDays({ startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00', … })
 *   // [Date.parse('2027-03-10T00:00:00+01:00'), Date.parse('2027-03-11T00:00:00+01:00')]
 */
export function eventDays(event: Pick<Event, 'startsAt' | 'endsAt'>): [number, number] {
  const offsetOf = (ts: string) => /(Z|[+-]\d\d:?\d\d)$/i.exec(ts)?.[1] ?? 'Z';
  const dayStart = (ts: string) => Date.parse(`${ts.slice(0, 10)}T00:00:00${offsetOf(ts)}`);
  return [dayStart(event.startsAt), dayStart(event.endsAt) + 24 * 3600 * 1000];
}

/**
 * Checks a shift against its event: the stand exists and the shift lies within the event's day(s).
 * @param services the server services
 * @param event the event
 * @param shift the validated shift
 * @returns nothing
 * @throws HttpError 400 naming `standId`, `startsAt` or `endsAt`
 * @example await checkShift(services, event, shift);
 */
export async function checkShift(services: Services, event: Event, shift: RotaShift): Promise<void> {
  const details: { path: string; message: string }[] = [];
  const stand = await services.db.execute({ sql: 'SELECT 1 FROM stands WHERE event_id = ? AND id = ?', args: [event.id, shift.standId] });
  if (stand.rows.length === 0) details.push({ path: 'standId', message: `no stand of this event has the id "${shift.standId}"` });
  const [from, to] = eventDays(event);
  if (Date.parse(shift.startsAt) < from || Date.parse(shift.startsAt) >= to) {
    details.push({ path: 'startsAt', message: `must be on the day(s) of the event (${event.startsAt.slice(0, 10)} – ${event.endsAt.slice(0, 10)})` });
  }
  if (Date.parse(shift.endsAt) > to) {
    details.push({ path: 'endsAt', message: `must be on the day(s) of the event (${event.startsAt.slice(0, 10)} – ${event.endsAt.slice(0, 10)})` });
  }
  if (details.length > 0) throw new HttpError(400, 'INVALID_INPUT', BAD_INPUT, details);
}

type Row = Readonly<Record<string, unknown>>;
const toShift = (r: Row): RotaShift => ({
  id: String(r.id),
  standId: String(r.stand_id),
  staffName: String(r.staff_name),
  ...(r.role == null ? {} : { role: String(r.role) }),
  startsAt: String(r.starts_at),
  endsAt: String(r.ends_at),
});

/**
 * The shifts of an event by start time, then stand.
 * @param services the server services
 * @param eventId the event (the caller checks the tenant)
 * @param standIds only these stands (default: all)
 * @returns the shifts
 * @example const shifts = await listShifts(services, 'fair-1');
 */
export async function listShifts(services: Services, eventId: string, standIds?: readonly string[]): Promise<RotaShift[]> {
  if (standIds && standIds.length === 0) return [];
  const filter = standIds ? ` AND stand_id IN (${standIds.map(() => '?').join(', ')})` : '';
  const rows = (
    await services.db.execute({
      sql: `SELECT id, stand_id, staff_name, role, starts_at, ends_at FROM rota_shifts WHERE event_id = ?${filter}
            ORDER BY starts_ms, stand_id, id`,
      args: [eventId, ...(standIds ?? [])],
    })
  ).rows as unknown as Row[];
  return rows.map(toShift);
}

/**
 * Writes a shift: `create` refuses an existing id (409), `replace` a missing one (404).
 * @param services the server services
 * @param eventId the event
 * @param shift the checked shift
 * @param mode create or replace
 * @returns nothing
 * @example await writeShift(services, eventId, shift, 'create');
 */
export async function writeShift(services: Services, eventId: string, shift: RotaShift, mode: 'create' | 'replace'): Promise<void> {
  await services.queue.run(async (tx) => {
    const exists = (await tx.execute({ sql: 'SELECT 1 FROM rota_shifts WHERE event_id = ? AND id = ?', args: [eventId, shift.id] })).rows.length > 0;
    if (mode === 'create' && exists) throw new HttpError(409, 'CONFLICT', `Shift "${shift.id}" exists already: PUT it to change it.`);
    if (mode === 'replace' && !exists) throw notFound(`Shift "${shift.id}"`);
    await tx.execute({
      sql: `INSERT OR REPLACE INTO rota_shifts (event_id, id, stand_id, staff_name, role, starts_at, ends_at, starts_ms, ends_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [eventId, shift.id, shift.standId, shift.staffName, shift.role ?? null, shift.startsAt, shift.endsAt, Date.parse(shift.startsAt), Date.parse(shift.endsAt)],
    });
  });
}

/**
 * Deletes a shift.
 * @param services the server services
 * @param eventId the event
 * @param id the shift
 * @returns nothing
 * @throws HttpError 404 when there is no such shift
 * @example await deleteShift(services, eventId, 'sh-1');
 */
export async function deleteShift(services: Services, eventId: string, id: string): Promise<void> {
  await services.queue.run(async (tx) => {
    const result = await tx.execute({ sql: 'DELETE FROM rota_shifts WHERE event_id = ? AND id = ?', args: [eventId, id] });
    if (result.rowsAffected === 0) throw notFound(`Shift "${id}"`);
  });
}

/**
 * The shifts a booth tablet sees: those of its provider's stands, plus every help desk (a stand with a
 * `label`) when the provider is the Jobcenter.
 * @param services the server services
 * @param eventId the booth's event
 * @param providerId the booth's provider
 * @returns the stands concerned (id, number, label) and their shifts
 * @example const { stands, shifts } = await boothRota(services, 'fair-1', 'p-jc');
 */
export async function boothRota(
  services: Services,
  eventId: string,
  providerId: string,
): Promise<{ stands: { id: string; number: string; label?: string }[]; shifts: RotaShift[] }> {
  const rows = (
    await services.db.execute({
      sql: `SELECT s.id, json_extract(s.data, '$.number') AS number, json_extract(s.data, '$.label') AS label
            FROM stands s
            WHERE s.event_id = ?1 AND (s.provider_id = ?2 OR (json_extract(s.data, '$.label') IS NOT NULL AND EXISTS (
              SELECT 1 FROM providers p WHERE p.event_id = ?1 AND p.id = ?2 AND json_extract(p.data, '$.kind') = 'jobcenter')))
            ORDER BY s.id`,
      args: [eventId, providerId],
    })
  ).rows as unknown as Row[];
  const stands = rows.map((r) => ({ id: String(r.id), number: String(r.number ?? ''), ...(r.label == null ? {} : { label: String(r.label) }) }));
  return { stands, shifts: await listShifts(services, eventId, stands.map((s) => s.id)) };
}
