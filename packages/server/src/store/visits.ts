import type { InStatement, Transaction } from '@libsql/client';
import { hashToken } from '../security/tokens.js';
import type { Services } from '../services.js';
import { orderedId } from './ordered-id.js';
import { eventClosed } from './retention.js';
import { publishVisit, visitBatcher } from './visit-batch.js';

/** A visit to write: the stand and its provider are already resolved (from a QR token or a kiosk). */
export interface NewVisit {
  eventId: string;
  standId: string;
  providerId: string;
  deviceId: string;
  source: 'qr' | 'kiosk';
  idempotencyKey: string;
  /** When it happened on the device; default now. */
  at?: string | undefined;
}

/** A visit sent from a stand's page: the stand is named by its QR token. */
export interface StandVisit {
  deviceId: string;
  idempotencyKey: string;
  /** When it happened on the device; default now. */
  at?: string | undefined;
}

/** What a write answers: the record, its sequence number, and whether this call created it. */
export interface Recorded {
  id: string;
  seq: number;
  created: boolean;
}

/** A recorded visit with the stand it was resolved to. */
interface Written extends Recorded {
  eventId: string;
  standId: string;
  providerId: string;
}

const COLUMNS = 'id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key, delete_after';
// One statement numbers and inserts the visit, or inserts nothing for a repeated key (the local libSQL
// client prepares every statement anew, so each one saved is time saved on every visit).
const CONFLICT = 'ON CONFLICT (event_id, idempotency_key) DO NOTHING RETURNING seq, event_id, stand_id, provider_id';

/**
 * Runs a visit's statements in the open write transaction: the insert (numbered `last_seq + 1`), then the
 * event's counter; for a repeated key, the first visit. `undefined` when the stand does not exist.
 * Only the insert and the counter write, in that order, so the job cannot fail halfway in a way that
 * matters: it runs without a SAVEPOINT (a failure fails the group, which the queue retries job by job).
 */
async function writeVisit(tx: Transaction, insert: InStatement, existing: InStatement, id: string): Promise<Written | undefined> {
  const row = (await tx.execute(insert)).rows[0];
  if (row) {
    await tx.execute({ sql: 'UPDATE events SET last_seq = ? WHERE id = ? RETURNING last_seq', args: [Number(row.seq), String(row.event_id)] });
    return { id, seq: Number(row.seq), created: true, eventId: String(row.event_id), standId: String(row.stand_id), providerId: String(row.provider_id) };
  }
  const first = (await tx.execute(existing)).rows[0];
  if (!first) return undefined;
  return {
    id: String(first.id),
    seq: Number(first.seq),
    created: false,
    eventId: String(first.event_id),
    standId: String(first.stand_id),
    providerId: String(first.provider_id),
  };
}

/**
 * Records a visit once per idempotency key: numbers it in the same transaction, keeps the event's deletion
 * date as it is now (`delete_after`, what a consent given now promises), and publishes it to the live hub
 * after COMMIT. A repeated key returns the first answer and writes nothing.
 * @param services the server services
 * @param visit the visit
 * @returns `{ id, seq, created }`
 * @throws HttpError 410 `EVENT_CLOSED` when the event's retention period is over (a repeated key still answers)
 * @throws Error when the event does not exist
 * @example const { id, seq, created } = await recordVisit(services, { eventId, standId, providerId, deviceId, source: 'kiosk', idempotencyKey });
 */
export async function recordVisit(services: Services, visit: NewVisit): Promise<Recorded> {
  const now = services.now().toISOString();
  const at = visit.at ?? now;
  const id = orderedId();
  const written = await services.queue.run(
    async (tx, afterCommit) => {
      const result = await writeVisit(
        tx,
        {
          // An event past its retention period matches no row here: nothing is written (see below).
          sql: `INSERT INTO visits (${COLUMNS}) SELECT ?, id, last_seq + 1, ?, ?, ?, ?, ?, ?, delete_after FROM events
                WHERE id = ? AND (delete_after IS NULL OR delete_after > ?) ${CONFLICT}`,
          args: [id, visit.standId, visit.providerId, visit.deviceId, visit.source, at, visit.idempotencyKey, visit.eventId, now],
        },
        {
          sql: 'SELECT id, seq, event_id, stand_id, provider_id FROM visits WHERE event_id = ? AND idempotency_key = ?',
          args: [visit.eventId, visit.idempotencyKey],
        },
        id,
      );
      if (result?.created) afterCommit(() => publishVisit(services, result, at, visit.source));
      return result;
    },
    { isolated: false },
  );
  if (!written) {
    const event = await services.db.execute({ sql: 'SELECT 1 FROM events WHERE id = ?', args: [visit.eventId] });
    if (event.rows.length > 0) throw eventClosed(visit.eventId);
    throw new Error(`No event ${visit.eventId} to record a visit in.`);
  }
  return { id: written.id, seq: written.seq, created: written.created };
}

/**
 * Records a visit sent from a stand's page, naming the stand by its QR token. The token is resolved inside
 * the write transaction, so a rotated token stops counting at once and a busy fair pays no separate read
 * per visit; visits of one group are written together (see `VisitBatcher`). Same idempotency and
 * publishing as `recordVisit`.
 * @param services the server services
 * @param token the stand's QR token, as in `/s/<token>`
 * @param visit device id, idempotency key, optional time
 * @returns `{ id, seq, created }`, or `undefined` when no stand has this token (nothing is written)
 * @throws HttpError 410 `EVENT_CLOSED` when the stand's event is past its retention period (nothing is written)
 * @example const recorded = await recordStandVisit(services, token, { deviceId, idempotencyKey });
 */
export async function recordStandVisit(services: Services, token: string, visit: StandVisit): Promise<Recorded | undefined> {
  const at = visit.at ?? services.now().toISOString();
  const written = await visitBatcher(services).add({
    stand: { tokenHash: hashToken(token) },
    deviceId: visit.deviceId,
    source: 'qr',
    idempotencyKey: visit.idempotencyKey,
    at,
  });
  if (!written) return undefined;
  return { id: written.id, seq: written.seq, created: written.created };
}

/** A visit a paired kiosk sends: the stand by its id within the kiosk's event. */
export interface KioskVisit {
  standId: string;
  deviceId: string;
  source: 'qr' | 'kiosk';
  idempotencyKey: string;
  /** When it happened on the device; default now. */
  at?: string | undefined;
}

/**
 * Records a visit a kiosk sends for one of its event's stands, resolving the stand's provider inside the
 * write (no separate read); visits of one group are written together (see `VisitBatcher`). Same
 * idempotency and publishing as `recordVisit`.
 * @param services the server services
 * @param eventId the kiosk's event
 * @param visit stand id, device id, source, idempotency key, optional time
 * @returns `{ id, seq, created }`, or `undefined` when the event has no such stand (nothing is written)
 * @throws HttpError 410 `EVENT_CLOSED` when the event is past its retention period (nothing is written)
 * @example const recorded = await recordKioskVisit(services, device.eventId, { standId: 'st-1', deviceId, source: 'kiosk', idempotencyKey });
 */
export async function recordKioskVisit(services: Services, eventId: string, visit: KioskVisit): Promise<Recorded | undefined> {
  const at = visit.at ?? services.now().toISOString();
  const written = await visitBatcher(services).add({
    stand: { eventId, standId: visit.standId },
    deviceId: visit.deviceId,
    source: visit.source,
    idempotencyKey: visit.idempotencyKey,
    at,
  });
  if (!written) return undefined;
  return { id: written.id, seq: written.seq, created: written.created };
}
