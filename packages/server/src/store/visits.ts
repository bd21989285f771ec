import { randomId } from '../security/tokens.js';
import type { Services } from '../services.js';
import { nextSeq, visitItem } from './feed.js';

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

/** What a write answers: the record, its sequence number, and whether this call created it. */
export interface Recorded {
  id: string;
  seq: number;
  created: boolean;
}

/**
 * Records a visit once per idempotency key: numbers it in the same transaction, and publishes it to the
 * live hub after COMMIT. A repeated key returns the first answer and writes nothing.
 * @param services the server services
 * @param visit the visit
 * @returns `{ id, seq, created }`
 * @example const { id, seq, created } = await recordVisit(services, { eventId, standId, providerId, deviceId, source: 'qr', idempotencyKey });
 */
export async function recordVisit(services: Services, visit: NewVisit): Promise<Recorded> {
  const at = visit.at ?? services.now().toISOString();
  const result = await services.queue.run(async (tx) => {
    const existing = (
      await tx.execute({
        sql: 'SELECT id, seq FROM visits WHERE event_id = ? AND idempotency_key = ?',
        args: [visit.eventId, visit.idempotencyKey],
      })
    ).rows[0];
    if (existing) return { id: String(existing.id), seq: Number(existing.seq), created: false };
    const seq = await nextSeq(tx, visit.eventId);
    const id = randomId();
    await tx.execute({
      sql: `INSERT INTO visits (id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [id, visit.eventId, seq, visit.standId, visit.providerId, visit.deviceId, visit.source, at, visit.idempotencyKey],
    });
    return { id, seq, created: true };
  });
  if (result.created) {
    const item = visitItem({ id: result.id, seq: result.seq, at, stand_id: visit.standId, source: visit.source });
    services.live.publish({ eventId: visit.eventId, providerId: visit.providerId, seq: result.seq, kind: 'visit', item: { ...item } });
  }
  return result;
}
