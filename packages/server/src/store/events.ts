import type { Transaction } from '@libsql/client';
import type { Event, Offer, Provider, RadarRow, Stand } from '@markt/sdk';
import { HttpError, notFound, type ErrorDetail } from '../http/errors.js';
import { notifyRevoked } from '../live/revocations.js';
import { hashToken, newStandTokenRev, standToken } from '../security/tokens.js';
import type { Services } from '../services.js';
import { invalidatePublicData } from './public-data.js';
import { purgeExpired } from './purge.js';
import { deleteAfter } from './retention.js';

/** An event row as the organizer sees it. */
export interface EventRecord {
  event: Event;
  tenantId: string;
  lastSeq: number;
  createdAt: string;
  updatedAt: string;
  purgedAt: string | null;
}

/** The resources below an event that the organizer edits one by one. */
export type ResourceKind = 'providers' | 'offers' | 'stands';

/**
 * An event of a tenant. Another tenant's event is reported as missing (404), so ids of other tenants'
 * events cannot be probed.
 * @param services the server services
 * @param tenantId the caller's tenant
 * @param eventId the event
 * @returns the event
 * @throws HttpError 404 when it does not exist or belongs to another tenant
 * @example const { event } = await eventOfTenant(services, c.get('tenantId'), c.req.param('id'));
 */
export async function eventOfTenant(services: Services, tenantId: string, eventId: string): Promise<EventRecord> {
  const row = (
    await services.db.execute({
      sql: 'SELECT data, tenant_id, last_seq, created_at, updated_at, purged_at FROM events WHERE id = ?',
      args: [eventId],
    })
  ).rows[0];
  if (!row || String(row.tenant_id) !== tenantId) throw notFound(`Event "${eventId}"`);
  return {
    event: JSON.parse(String(row.data)) as Event,
    tenantId,
    lastSeq: Number(row.last_seq),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
    purgedAt: row.purged_at == null ? null : String(row.purged_at),
  };
}

/**
 * Every event of a tenant, newest start first.
 * @param services the server services
 * @param tenantId the caller's tenant
 * @returns the events' data
 * @example const events = await listEvents(services, c.get('tenantId'));
 */
export async function listEvents(services: Services, tenantId: string): Promise<Event[]> {
  const rows = (
    await services.db.execute({ sql: 'SELECT data FROM events WHERE tenant_id = ? ORDER BY starts_at DESC, id', args: [tenantId] })
  ).rows;
  return rows.map((r) => JSON.parse(String(r.data)) as Event);
}

/**
 * Inserts a new event (validated by the caller).
 * @param services the server services
 * @param tenantId the owning tenant
 * @param event the validated event
 * @throws HttpError 409 when the id is taken (by any tenant)
 * @example await insertEvent(services, tenantId, parse(EventSchema, body));
 */
export async function insertEvent(services: Services, tenantId: string, event: Event): Promise<void> {
  const now = services.now().toISOString();
  await services.queue.run(async (tx) => {
    const exists = await tx.execute({ sql: 'SELECT 1 FROM events WHERE id = ?', args: [event.id] });
    if (exists.rows.length > 0) throw new HttpError(409, 'CONFLICT', `An event with the id "${event.id}" exists already: choose another id.`);
    await tx.execute({
      sql: `INSERT INTO events (id, tenant_id, data, starts_at, ends_at, retention_days, delete_after, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [event.id, tenantId, JSON.stringify(event), event.startsAt, event.endsAt, event.retentionDays, deleteAfter(event.endsAt, event.retentionDays), now, now],
    });
  });
}

/**
 * Replaces an event's data (validated by the caller; the id stays) and its query columns. The deletion date
 * that visitors were promised may move earlier, never later: while the event holds leads or visits, a change
 * of `endsAt` or `retentionDays` that would delete later is refused. A change that deletes earlier runs the
 * purge at once, so what is now past its date is gone when this returns.
 * @param services the server services
 * @param event the validated event, with the existing id
 * @returns nothing
 * @throws HttpError 409 `RETENTION_LOCKED`, with a detail for `endsAt` and/or `retentionDays` (whichever grew),
 *   when the change would keep stored visitor data longer than promised
 * @example await replaceEvent(services, { ...event, retentionDays: 14 });
 */
export async function replaceEvent(services: Services, event: Event): Promise<void> {
  const next = deleteAfter(event.endsAt, event.retentionDays);
  const shortened = await services.queue.run(async (tx) => {
    const row = (await tx.execute({ sql: 'SELECT ends_at, retention_days, delete_after FROM events WHERE id = ?', args: [event.id] })).rows[0];
    const before = row === undefined ? null : row.delete_after == null ? deleteAfter(String(row.ends_at), Number(row.retention_days)) : String(row.delete_after);
    if (row !== undefined && next !== null && before !== null && next > before) {
      const stored = await tx.execute({
        sql: 'SELECT EXISTS (SELECT 1 FROM leads WHERE event_id = ?1) OR EXISTS (SELECT 1 FROM visits WHERE event_id = ?1) AS stored',
        args: [event.id],
      });
      if (Number(stored.rows[0]?.stored) === 1) throw retentionLocked(event, String(row.ends_at), Number(row.retention_days), before);
    }
    await tx.execute({
      sql: 'UPDATE events SET data = ?, starts_at = ?, ends_at = ?, retention_days = ?, delete_after = ?, updated_at = ? WHERE id = ?',
      args: [JSON.stringify(event), event.startsAt, event.endsAt, event.retentionDays, next, services.now().toISOString(), event.id],
    });
    return next !== null && before !== null && next < before;
  });
  if (shortened) await purgeExpired(services, { vacuum: false });
}

/** The 409 for a change that would delete stored visitor data later than its consent promised. */
function retentionLocked(event: Event, endsAt: string, retentionDays: number, promised: string): HttpError {
  const details: ErrorDetail[] = [];
  if (Date.parse(event.endsAt) > Date.parse(endsAt)) {
    details.push({ path: 'endsAt', message: `must not be later than ${endsAt} while visitor data is stored (or shorten retentionDays to match)` });
  }
  if (event.retentionDays > retentionDays) {
    details.push({ path: 'retentionDays', message: `must not be more than ${retentionDays} while visitor data is stored` });
  }
  return new HttpError(
    409,
    'RETENTION_LOCKED',
    `Visits and contact requests of this event were given with deletion by ${promised} at the latest: the event's end plus its retention may move earlier, not later. Keep the deletion date or move it earlier.`,
    details,
  );
}

type ResourceOf<K extends ResourceKind> = K extends 'providers' ? Provider : K extends 'offers' ? Offer : Stand;

/**
 * All records of one kind below an event, ordered by id.
 * @example const offers = await listResources(services, eventId, 'offers');
 */
export async function listResources<K extends ResourceKind>(services: Services, eventId: string, kind: K): Promise<ResourceOf<K>[]> {
  const rows = (await services.db.execute({ sql: `SELECT data FROM ${kind} WHERE event_id = ? ORDER BY id`, args: [eventId] })).rows;
  return rows.map((r) => JSON.parse(String(r.data)) as ResourceOf<K>);
}

/**
 * One record below an event.
 * @param services the server services
 * @param eventId the event
 * @param kind providers, offers or stands
 * @param id the record's id
 * @returns the record, or undefined
 * @example const provider = await getResource(services, eventId, 'providers', 'p-1');
 */
export async function getResource<K extends ResourceKind>(
  services: Services,
  eventId: string,
  kind: K,
  id: string,
): Promise<ResourceOf<K> | undefined> {
  const row = (await services.db.execute({ sql: `SELECT data FROM ${kind} WHERE event_id = ? AND id = ?`, args: [eventId, id] })).rows[0];
  return row ? (JSON.parse(String(row.data)) as ResourceOf<K>) : undefined;
}

/** True when a provider of the event has this id (inside a write transaction). */
async function providerExists(tx: Transaction, eventId: string, providerId: string): Promise<boolean> {
  return (await tx.execute({ sql: 'SELECT 1 FROM providers WHERE event_id = ? AND id = ?', args: [eventId, providerId] })).rows.length > 0;
}

function unknownProvider(providerId: string): HttpError {
  return new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [
    { path: 'providerId', message: `no provider of this event has the id "${providerId}": create the provider first` },
  ]);
}

/**
 * A stand number as people compare it: trimmed and case-insensitive (" 12a" and "12A" are one number).
 * @param number the number on the stand's sign
 * @returns the comparison key
 * @example standNumberKey(' 12a ') === standNumberKey('12A') // true
 */
export function standNumberKey(number: string): string {
  return number.normalize('NFC').trim().toLocaleLowerCase('de');
}

/** Where a written stand's number is reported in the 409 details: the field path, and the CSV line for an import. */
export interface StandNumberPlace {
  path: string;
  line?: number;
}

/**
 * Refuses a stand number that another stand of the same event already has. Call it inside the write
 * transaction after writing the stands, so it judges the end state of the whole write (a swap of two
 * numbers in one import is fine) and two concurrent writes cannot both pass (the write queue runs one job
 * at a time). Only the stands just written are judged: duplicates that an older database already holds
 * between other stands do not block unrelated writes.
 * @param tx the open write transaction
 * @param eventId the event
 * @param standIds the ids of the stands this write created or changed
 * @param placeOf where each stand is reported (default: path `number`; an import adds its CSV line)
 * @returns nothing
 * @throws HttpError 409 `STAND_NUMBER_TAKEN`, one detail per refused stand: `{ path, message: 'is already stand <id>' }`
 * @example await services.queue.run(async (tx) => { await writeResource(tx, …); await checkStandNumbers(tx, eventId, [stand.id]); });
 */
export async function checkStandNumbers(
  tx: Transaction,
  eventId: string,
  standIds: readonly string[],
  placeOf: (standId: string) => StandNumberPlace = () => ({ path: 'number' }),
): Promise<void> {
  if (standIds.length === 0) return;
  const rows = (
    await tx.execute({ sql: "SELECT id, json_extract(data, '$.number') AS number FROM stands WHERE event_id = ? ORDER BY id", args: [eventId] })
  ).rows;
  const byKey = new Map<string, string[]>();
  const numberOf = new Map<string, string>();
  for (const row of rows) {
    const id = String(row.id);
    const number = String(row.number ?? '');
    numberOf.set(id, number);
    const key = standNumberKey(number);
    const ids = byKey.get(key);
    if (ids) ids.push(id);
    else byKey.set(key, [id]);
  }
  const details: (ErrorDetail & { line?: number })[] = [];
  const taken = new Set<string>();
  for (const id of new Set(standIds)) {
    const number = numberOf.get(id);
    if (number === undefined) continue;
    const other = byKey.get(standNumberKey(number))?.find((otherId) => otherId !== id);
    if (other === undefined) continue;
    const { path, line } = placeOf(id);
    details.push({ ...(line === undefined ? {} : { line }), path, message: `is already stand ${other}` });
    taken.add(number.trim());
  }
  if (details.length === 0) return;
  const numbers = [...taken].map((n) => `"${n}"`).join(', ');
  const what = taken.size === 1 ? `Stand number ${numbers} is` : `Stand numbers ${numbers} are`;
  throw new HttpError(
    409,
    'STAND_NUMBER_TAKEN',
    `${what} already used by another stand of this event: choose another number (numbers are compared trimmed and case-insensitive).`,
    details,
  );
}

/**
 * Writes one provider, offer or stand (validated by the caller) inside a transaction.
 * Offers and stands must name a provider of the event; a new stand gets its QR token hash. A stand's
 * number is checked against the event's other stands (see `checkStandNumbers`) unless the caller writes
 * several stands and checks them together at the end (`deferStandNumberCheck`).
 * @param tx the open write transaction
 * @param services the server services (for the stand token secret)
 * @param eventId the event
 * @param kind providers, offers or stands
 * @param record the validated record
 * @param mode `create` (409 if the id exists), `replace` (404 if it does not) or `upsert`
 * @param options `deferStandNumberCheck`: the caller calls `checkStandNumbers` after its last write
 * @returns nothing
 * @throws HttpError 409 `CONFLICT` (id taken) or `STAND_NUMBER_TAKEN`, 404, 400 (unknown provider)
 * @example await services.queue.run((tx) => writeResource(tx, services, eventId, 'stands', stand, 'create'));
 */
export async function writeResource(
  tx: Transaction,
  services: Services,
  eventId: string,
  kind: ResourceKind,
  record: Provider | Offer | Stand,
  mode: 'create' | 'replace' | 'upsert',
  { deferStandNumberCheck = false }: { deferStandNumberCheck?: boolean } = {},
): Promise<void> {
  const exists = (await tx.execute({ sql: `SELECT 1 FROM ${kind} WHERE event_id = ? AND id = ?`, args: [eventId, record.id] })).rows.length > 0;
  if (mode === 'create' && exists) {
    throw new HttpError(409, 'CONFLICT', `The id "${record.id}" is taken in this event: choose another id or PUT to replace it.`);
  }
  if (mode === 'replace' && !exists) throw notFound(`${kind.slice(0, -1)} "${record.id}"`);
  const data = JSON.stringify(record);
  if (kind === 'providers') {
    await tx.execute({
      sql: 'INSERT INTO providers (event_id, id, data) VALUES (?, ?, ?) ON CONFLICT (event_id, id) DO UPDATE SET data = excluded.data',
      args: [eventId, record.id, data],
    });
    return;
  }
  const providerId = (record as Offer | Stand).providerId;
  if (!(await providerExists(tx, eventId, providerId))) throw unknownProvider(providerId);
  if (kind === 'offers') {
    await tx.execute({
      sql: `INSERT INTO offers (event_id, id, provider_id, data) VALUES (?, ?, ?, ?)
            ON CONFLICT (event_id, id) DO UPDATE SET provider_id = excluded.provider_id, data = excluded.data`,
      args: [eventId, record.id, providerId, data],
    });
    return;
  }
  // An update keeps the stand's token (its printed posters); only a new row gets a new revision.
  const rev = newStandTokenRev();
  await tx.execute({
    sql: `INSERT INTO stands (event_id, id, provider_id, data, token_rev, token_hash) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (event_id, id) DO UPDATE SET provider_id = excluded.provider_id, data = excluded.data`,
    args: [eventId, record.id, providerId, data, rev, hashToken(standToken(services.secret, eventId, record.id, rev))],
  });
  if (!deferStandNumberCheck) await checkStandNumbers(tx, eventId, [record.id]);
}

/**
 * Deletes one provider, offer or stand.
 * @param services the server services
 * @param eventId the event
 * @param kind providers, offers or stands
 * @param id the record's id
 * @throws HttpError 404 when the record does not exist, 409 for a provider that still has offers, stands or leads
 * @example await deleteResource(services, eventId, 'offers', 'o-1');
 */
export async function deleteResource(services: Services, eventId: string, kind: ResourceKind, id: string): Promise<void> {
  const revoked: string[] = [];
  await services.queue.run(async (tx) => {
    revoked.length = 0; // in case the queue runs this job again
    if (kind === 'providers') {
      const used = await tx.execute({
        sql: `SELECT (SELECT COUNT(*) FROM offers WHERE event_id = ?1 AND provider_id = ?2)
                   + (SELECT COUNT(*) FROM stands WHERE event_id = ?1 AND provider_id = ?2)
                   + (SELECT COUNT(*) FROM leads WHERE event_id = ?1 AND provider_id = ?2) AS n`,
        args: [eventId, id],
      });
      if (Number(used.rows[0]?.n) > 0) {
        throw new HttpError(409, 'IN_USE', `Provider "${id}" still has offers, stands or contact requests: delete or move them first (contact requests go with the retention purge).`);
      }
      // Its booth tablets and unused pairing codes go with it: a provider created later with the same id must
      // not inherit a tablet of the one deleted.
      const devices = await tx.execute({
        sql: "UPDATE devices SET revoked_at = ? WHERE event_id = ? AND provider_id = ? AND revoked_at IS NULL RETURNING id",
        args: [services.now().toISOString(), eventId, id],
      });
      revoked.push(...devices.rows.map((row) => String(row.id)));
      await tx.execute({ sql: 'DELETE FROM pairing_codes WHERE event_id = ? AND provider_id = ? AND used_at IS NULL', args: [eventId, id] });
    }
    const result = await tx.execute({ sql: `DELETE FROM ${kind} WHERE event_id = ? AND id = ?`, args: [eventId, id] });
    if (result.rowsAffected === 0) throw notFound(`${kind.slice(0, -1)} "${id}"`);
    // A stand's shifts go with it (rota_shifts, migration 2).
    if (kind === 'stands') await tx.execute({ sql: 'DELETE FROM rota_shifts WHERE event_id = ? AND stand_id = ?', args: [eventId, id] });
  });
  for (const deviceId of revoked) notifyRevoked(deviceId);
}

/**
 * The radar rows of an event in their order.
 * @param services the server services
 * @param eventId the event
 * @returns the rows
 * @example const radar = await listRadar(services, eventId);
 */
export async function listRadar(services: Services, eventId: string): Promise<RadarRow[]> {
  const rows = (await services.db.execute({ sql: 'SELECT data FROM radar_rows WHERE event_id = ? ORDER BY line', args: [eventId] })).rows;
  return rows.map((r) => JSON.parse(String(r.data)) as RadarRow);
}

/**
 * Replaces all radar rows of an event.
 * @param tx the open write transaction
 * @param eventId the event
 * @param rows the validated rows, in order
 * @example await services.queue.run((tx) => replaceRadar(tx, eventId, rows));
 */
export async function replaceRadar(tx: Transaction, eventId: string, rows: readonly RadarRow[]): Promise<void> {
  await tx.execute({ sql: 'DELETE FROM radar_rows WHERE event_id = ?', args: [eventId] });
  if (rows.length === 0) return;
  await tx.batch(
    rows.map((row, i) => ({ sql: 'INSERT INTO radar_rows (event_id, line, data) VALUES (?, ?, ?)', args: [eventId, i + 1, JSON.stringify(row)] })),
  );
}

/**
 * Call after any change to an event's public data (event, providers, offers, stands, radar): drops cached
 * copies so kiosks and phones see the change.
 * @param eventId the changed event
 * @example afterEventChange(eventId);
 */
export function afterEventChange(eventId: string): void {
  invalidatePublicData(eventId);
}

/**
 * Marks an event as changed (inside the write transaction that changed it), so caches that compare
 * `events.updated_at` notice it in every process.
 * @param tx the open write transaction
 * @param services the server services (for the clock)
 * @param eventId the changed event
 * @example await services.queue.run(async (tx) => { …; await touchEvent(tx, services, eventId); });
 */
export async function touchEvent(tx: Transaction, services: Services, eventId: string): Promise<void> {
  await tx.execute({ sql: 'UPDATE events SET updated_at = ? WHERE id = ?', args: [services.now().toISOString(), eventId] });
}
