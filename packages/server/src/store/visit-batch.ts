import type { InValue, Transaction } from '@libsql/client';
import { HttpError } from '../http/errors.js';
import { visitItem } from './feed.js';
import { orderedId } from './ordered-id.js';
import { eventClosed } from './retention.js';
import type { Services } from '../services.js';

/** Where a visit happened: a stand's QR token (hashed), or a stand id within an event (kiosks). */
export type StandRef = { tokenHash: string } | { eventId: string; standId: string };

/** One visit waiting for the next group. */
export interface VisitRequest {
  stand: StandRef;
  deviceId: string;
  source: 'qr' | 'kiosk';
  idempotencyKey: string;
  at: string;
}

/** A written (or, for a repeated key, found) visit with the stand it was resolved to. */
export interface WrittenVisit {
  id: string;
  seq: number;
  created: boolean;
  eventId: string;
  standId: string;
  providerId: string;
}

interface Waiting {
  request: VisitRequest;
  resolve: (value: WrittenVisit | undefined) => void;
  reject: (error: unknown) => void;
}

interface Stand {
  eventId: string;
  standId: string;
  providerId: string;
  /** The event's deletion date now (events.delete_after), kept on the visit; null when it could not be computed. */
  deleteAfter: string | null;
}

/** What one visit of a group comes to: written or found, an unknown stand, or refused (a closed event). */
type Outcome = WrittenVisit | undefined | HttpError;

/** Rows per multi-row INSERT (10 parameters each, well under SQLite's 32,766). */
const CHUNK = 500;

/** Most visits one job writes: its look-ups take one or two parameters per visit, far under SQLite's 32,766. */
const MAX_PER_JOB = 2000;

const qs = (n: number, one = '?') => Array.from({ length: n }, () => one).join(', ');

/**
 * Hands a newly written visit to the live hub (booth tablets, the organizer's dashboard). Call it from the
 * write job's `afterCommit`, so that items leave in sequence order, after COMMIT.
 * @param services the server services
 * @param written the visit as written
 * @param at when it happened
 * @param source `qr` or `kiosk`
 * @returns nothing
 * @example afterCommit(() => publishVisit(services, written, at, 'qr'));
 */
export function publishVisit(services: Services, written: WrittenVisit, at: string, source: string): void {
  const item = visitItem({ id: written.id, seq: written.seq, at, stand_id: written.standId, source });
  services.live.publish({ eventId: written.eventId, providerId: written.providerId, seq: written.seq, kind: 'visit', item: { ...item } });
}

/**
 * Writes the visits that arrive while a group gathers as ONE job of the write queue, with a handful of
 * statements for all of them instead of two per visit: one read of their stands, one of their repeated
 * keys, one counter update per event and multi-row inserts. Sequence numbers stay gap-free (taken for the
 * new visits only), a repeated key (also twice in one group) answers the first visit, and every promise
 * resolves after COMMIT. A visit to an event past its retention period is refused (410 `EVENT_CLOSED`)
 * without failing the others of its group; each new visit keeps its event's deletion date (`delete_after`).
 *
 * @example
 * const written = await visitBatcher(services).add({ stand: { tokenHash }, deviceId, source: 'qr', idempotencyKey, at });
 */
export class VisitBatcher {
  readonly #services: Services;
  #waiting: Waiting[] = [];
  #scheduled = false;

  constructor(services: Services) {
    this.#services = services;
  }

  /**
   * Adds a visit to the next group.
   * @param request the visit
   * @returns the written visit (`created: false` for a repeated key), or `undefined` for an unknown stand;
   *   rejects with HttpError 410 `EVENT_CLOSED` when the stand's event is past its retention period
   */
  add(request: VisitRequest): Promise<WrittenVisit | undefined> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ request, resolve, reject });
      if (this.#scheduled) this.#services.queue.joined();
      else this.#schedule();
    });
  }

  /** Queues one job for the visits waiting when its group starts (at most `MAX_PER_JOB`; the rest get the next job). */
  #schedule(): void {
    this.#scheduled = true;
    let taken: Waiting[] | undefined;
    const take = (): Waiting[] => {
      if (!taken) {
        taken = this.#waiting.splice(0, MAX_PER_JOB);
        this.#scheduled = false;
        // A burst past the cap (its statements would exceed SQLite's limit on parameters) goes on in a job of its own.
        if (this.#waiting.length > 0) this.#schedule();
      }
      return taken;
    };
    // The job runs when the queue's group starts: every visit queued by then joins it. It runs without a
    // SAVEPOINT of its own (two statements less per group): should it fail halfway, the queue rolls the
    // group back and runs each job again alone, and a second run writes the same visits (`take` keeps them).
    // New visits go to the live hub right after COMMIT, in sequence order with the group's other items.
    this.#services.queue
      .run(
        async (tx, afterCommit) => {
          const requests = take().map((w) => w.request);
          const results = await writeAll(tx, requests, this.#services.now().toISOString());
          afterCommit(() =>
            results.forEach((written, i) => {
              if (written && !(written instanceof HttpError) && written.created) publishVisit(this.#services, written, requests[i]!.at, requests[i]!.source);
            }),
          );
          return results;
        },
        { isolated: false },
      )
      .then(
        (results) => {
          const written = take();
          // The queue's statistics count writes: this one job carried `written.length` of them.
          this.#services.queue.stats.jobs += written.length - 1;
          written.forEach((w, i) => {
            const result = results[i];
            if (result instanceof HttpError) w.reject(result);
            else w.resolve(result);
          });
        },
        // Refused before it ran (queue closed), the visits are taken now.
        (error: unknown) => {
          for (const w of take()) w.reject(error);
        },
      );
  }
}

const batchers = new WeakMap<Services, VisitBatcher>();

/**
 * The visit batcher of a server (one per services object).
 * @param services the server services
 * @returns its batcher
 * @example await visitBatcher(services).add(request);
 */
export function visitBatcher(services: Services): VisitBatcher {
  let batcher = batchers.get(services);
  if (!batcher) {
    batcher = new VisitBatcher(services);
    batchers.set(services, batcher);
  }
  return batcher;
}

async function resolveStands(tx: Transaction, requests: readonly VisitRequest[]): Promise<(Stand | undefined)[]> {
  // Each stand with its event's deletion date: the caller refuses visits to an event past it.
  const hashes = [...new Set(requests.flatMap((r) => ('tokenHash' in r.stand ? [r.stand.tokenHash] : [])))];
  const pairKeys = new Set(requests.flatMap((r) => ('standId' in r.stand ? [`${r.stand.eventId}\u0000${r.stand.standId}`] : [])));
  const pairs = [...pairKeys].map((k) => k.split('\u0000') as [string, string]);
  const byHash = new Map<string, Stand>();
  const byId = new Map<string, Stand>();
  const toStand = (row: Record<string, unknown>): Stand => ({
    eventId: String(row.event_id),
    standId: String(row.id),
    providerId: String(row.provider_id),
    deleteAfter: row.delete_after == null ? null : String(row.delete_after),
  });
  const columns = 's.token_hash, s.event_id, s.id, s.provider_id, e.delete_after FROM stands s JOIN events e ON e.id = s.event_id';
  if (hashes.length > 0) {
    const rows = await tx.execute({ sql: `SELECT ${columns} WHERE s.token_hash IN (${qs(hashes.length)})`, args: hashes });
    for (const row of rows.rows) byHash.set(String(row.token_hash), toStand(row));
  }
  if (pairs.length > 0) {
    const rows = await tx.execute({
      sql: `SELECT ${columns} WHERE (s.event_id, s.id) IN (VALUES ${qs(pairs.length, '(?, ?)')})`,
      args: pairs.flat(),
    });
    for (const row of rows.rows) byId.set(`${String(row.event_id)}\u0000${String(row.id)}`, toStand(row));
  }
  return requests.map((r) => ('tokenHash' in r.stand ? byHash.get(r.stand.tokenHash) : byId.get(`${r.stand.eventId}\u0000${r.stand.standId}`)));
}

const INSERT_ONE = `INSERT INTO visits (id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key, delete_after)
  SELECT ?, s.event_id, e.last_seq + 1, s.id, s.provider_id, ?, ?, ?, ?, e.delete_after FROM stands s JOIN events e ON e.id = s.event_id`;
const INSERTED = 'ON CONFLICT (event_id, idempotency_key) DO NOTHING RETURNING seq, event_id, stand_id, provider_id';

/**
 * A group of one visit (the usual case when a fair is not busy) in two statements instead of four: the
 * insert resolves the stand and numbers the visit itself, then the event's counter follows. `null` when it
 * inserted nothing (an unknown stand, a repeated key, an event past its retention period): the general path then answers.
 */
async function writeOne(tx: Transaction, request: VisitRequest, now: string): Promise<WrittenVisit | null> {
  const id = orderedId();
  const { stand } = request;
  const [where, args] = 'tokenHash' in stand ? ['WHERE s.token_hash = ?', [stand.tokenHash]] : ['WHERE s.event_id = ? AND s.id = ?', [stand.eventId, stand.standId]];
  const row = (
    await tx.execute({
      sql: `${INSERT_ONE} ${where} AND (e.delete_after IS NULL OR e.delete_after > ?) ${INSERTED}`,
      args: [id, request.deviceId, request.source, request.at, request.idempotencyKey, ...args, now],
    })
  ).rows[0];
  if (!row) return null;
  const seq = Number(row.seq);
  const eventId = String(row.event_id);
  await tx.execute({ sql: 'UPDATE events SET last_seq = ? WHERE id = ?', args: [seq, eventId] });
  return { id, seq, created: true, eventId, standId: String(row.stand_id), providerId: String(row.provider_id) };
}

async function writeAll(tx: Transaction, requests: readonly VisitRequest[], now: string): Promise<Outcome[]> {
  if (requests.length === 1) {
    const written = await writeOne(tx, requests[0]!, now);
    if (written) return [written];
  }
  const stands = await resolveStands(tx, requests);
  const results: Outcome[] = requests.map(() => undefined);
  const byEvent = new Map<string, number[]>();
  stands.forEach((stand, i) => {
    if (!stand) return;
    if (stand.deleteAfter !== null && stand.deleteAfter <= now) {
      results[i] = eventClosed(stand.eventId);
      return;
    }
    const list = byEvent.get(stand.eventId);
    if (list) list.push(i);
    else byEvent.set(stand.eventId, [i]);
  });
  for (const [eventId, indexes] of byEvent) {
    const keys = [...new Set(indexes.map((i) => requests[i]!.idempotencyKey))];
    const existing = new Map<string, WrittenVisit>();
    const found = await tx.execute({
      sql: `SELECT id, seq, stand_id, provider_id, idempotency_key FROM visits WHERE event_id = ? AND idempotency_key IN (${qs(keys.length)})`,
      args: [eventId, ...keys],
    });
    for (const row of found.rows) {
      existing.set(String(row.idempotency_key), {
        id: String(row.id),
        seq: Number(row.seq),
        created: false,
        eventId,
        standId: String(row.stand_id),
        providerId: String(row.provider_id),
      });
    }
    // New visits, first of each key only; a key twice in this group answers the first.
    const fresh: number[] = [];
    const firstOfKey = new Map<string, number>();
    for (const i of indexes) {
      const key = requests[i]!.idempotencyKey;
      if (!existing.has(key) && !firstOfKey.has(key)) {
        firstOfKey.set(key, i);
        fresh.push(i);
      }
    }
    if (fresh.length > 0) {
      const counter = await tx.execute({ sql: 'UPDATE events SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq', args: [fresh.length, eventId] });
      let seq = Number(counter.rows[0]!.last_seq) - fresh.length;
      const rows = fresh.map((i) => {
        const stand = stands[i]!;
        const written: WrittenVisit = { id: orderedId(), seq: ++seq, created: true, eventId, standId: stand.standId, providerId: stand.providerId };
        results[i] = written;
        return { written, deleteAfter: stand.deleteAfter };
      });
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        const args: InValue[] = chunk.flatMap(({ written: w, deleteAfter }, j) => {
          const r = requests[fresh[start + j]!]!;
          return [w.id, eventId, w.seq, w.standId, w.providerId, r.deviceId, r.source, r.at, r.idempotencyKey, deleteAfter];
        });
        await tx.execute({
          sql: `INSERT INTO visits (id, event_id, seq, stand_id, provider_id, device_id, source, at, idempotency_key, delete_after)
                VALUES ${qs(chunk.length, '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')}`,
          args,
        });
      }
    }
    for (const i of indexes) {
      if (results[i]) continue;
      const key = requests[i]!.idempotencyKey;
      const first = existing.get(key) ?? (results[firstOfKey.get(key)!] as WrittenVisit);
      results[i] = { ...first, created: false };
    }
  }
  return results;
}
