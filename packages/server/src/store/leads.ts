import { EventEmitter } from 'node:events';
import type { Client, Transaction } from '@libsql/client';
import type { LeadInput } from '@markt/sdk';
import { isLocalUrl, truncateWal } from '../db/client.js';
import { HttpError } from '../http/errors.js';
import { randomId } from '../security/tokens.js';
import type { Services } from '../services.js';
import { leadItem, nextSeq, type Fields, type LeadItem } from './feed.js';
import { DAY_MS, deleteAfter, eventClosed } from './retention.js';
import type { Recorded } from './visits.js';

/** Booth changes to a lead; only the fields given change. */
export interface LeadPatch {
  rating?: number | null | undefined;
  notes?: string | null | undefined;
  tags?: string[] | undefined;
  status?: 'new' | 'contacted' | 'done' | undefined;
  /** The tablet's key for this change: a key already applied to the lead changes nothing more. */
  idempotencyKey?: string | undefined;
}

const invalid = (path: string, message: string) =>
  new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [{ path, message }]);

/** How far a device's clock may run ahead of the server's when it gives consent. */
const CLOCK_AHEAD_MS = 5 * 60_000;
/**
 * How long a consent may have waited in a device's outbox before it reaches the server: a kiosk drops its queue
 * a day after the fair, a phone keeps retrying while the page is open. Not tied to the event's dates: a visitor
 * may scan a stand's poster days before the fair and ask for contact then.
 */
const QUEUED_AT_MOST_MS = 7 * DAY_MS;

/**
 * Reads the event inside the write: refuses a lead once the retention period is over (410) and a consent time
 * that cannot be true (400 at `consent.at`: more than 7 days before the server's now, or more than 5 minutes
 * ahead of it). Returns the deletion date the consent text promised, which the lead keeps.
 */
async function checkEvent(tx: Transaction, eventId: string, lead: LeadInput, now: Date): Promise<string | null> {
  const event = (await tx.execute({ sql: 'SELECT ends_at, retention_days, delete_after FROM events WHERE id = ?', args: [eventId] })).rows[0];
  if (!event) throw new Error(`No event ${eventId} to record a lead in.`);
  const until = event.delete_after == null ? deleteAfter(String(event.ends_at), Number(event.retention_days)) : String(event.delete_after);
  if (until !== null && until <= now.toISOString()) throw eventClosed(eventId);
  const at = Date.parse(lead.consent.at);
  if (!(at >= now.getTime() - QUEUED_AT_MOST_MS)) throw invalid('consent.at', "must not be more than 7 days before the server's time");
  if (!(at <= now.getTime() + CLOCK_AHEAD_MS)) throw invalid('consent.at', "must not be later than the server's time (plus 5 minutes)");
  return until;
}

async function checkRefs(tx: Transaction, eventId: string, lead: LeadInput): Promise<void> {
  const provider = await tx.execute({ sql: 'SELECT 1 FROM providers WHERE event_id = ? AND id = ?', args: [eventId, lead.providerId] });
  if (provider.rows.length === 0) throw invalid('providerId', 'is not a provider of this event');
  if (lead.offerId !== undefined) {
    const offer = await tx.execute({
      sql: 'SELECT 1 FROM offers WHERE event_id = ? AND id = ? AND provider_id = ?',
      args: [eventId, lead.offerId, lead.providerId],
    });
    if (offer.rows.length === 0) throw invalid('offerId', "is not one of this provider's offers");
  }
  if (lead.standId !== undefined) {
    const stand = await tx.execute({
      sql: 'SELECT 1 FROM stands WHERE event_id = ? AND id = ? AND provider_id = ?',
      args: [eventId, lead.standId, lead.providerId],
    });
    if (stand.rows.length === 0) throw invalid('standId', "is not one of this provider's stands");
  }
}

/**
 * Records a contact request once per idempotency key: checks that offer and stand belong to the provider,
 * stores only the shared contact fields with the consent text, language and time, the server's time of
 * receipt (`created_at`) and the deletion date the consent promised (`delete_after`: the event's end plus its
 * retention days, now), numbers it in the same transaction and publishes it to the provider's tablets after COMMIT.
 * @param services the server services
 * @param eventId the event
 * @param lead the validated lead input
 * @returns `{ id, seq, created }` (`created: false` for a repeated key, which writes nothing)
 * @throws HttpError 400 naming `providerId`, `offerId` or `standId` when they do not fit together, or
 *   `consent.at` when it lies more than 7 days before the server's now or more than 5 minutes after it
 * @throws HttpError 410 `EVENT_CLOSED` when the event's retention period is over
 * @example const { id, seq } = await recordLead(services, eventId, input);
 */
export async function recordLead(services: Services, eventId: string, lead: LeadInput): Promise<Recorded> {
  const now = services.now();
  const createdAt = now.toISOString();
  const result = await services.queue.run(async (tx, afterCommit) => {
    const existing = (
      await tx.execute({ sql: 'SELECT id, seq FROM leads WHERE event_id = ? AND idempotency_key = ?', args: [eventId, lead.idempotencyKey] })
    ).rows[0];
    if (existing) return { id: String(existing.id), seq: Number(existing.seq), created: false };
    const until = await checkEvent(tx, eventId, lead, now);
    await checkRefs(tx, eventId, lead);
    const seq = await nextSeq(tx, eventId);
    const id = randomId();
    const row = (
      await tx.execute({
        sql: `INSERT INTO leads (id, event_id, seq, provider_id, stand_id, offer_id, device_id, contact, locale, message,
                consent_text, consent_locale, consent_at, created_at, idempotency_key, delete_after)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
        args: [
          id, eventId, seq, lead.providerId, lead.standId ?? null, lead.offerId ?? null, lead.deviceId,
          JSON.stringify(lead.contact), lead.locale, lead.message ?? null,
          lead.consent.text, lead.consent.locale, lead.consent.at, createdAt, lead.idempotencyKey, until,
        ],
      })
    ).rows[0]!;
    afterCommit(() => services.live.publish({ eventId, providerId: lead.providerId, seq, kind: 'lead', item: { ...leadItem(row) } }));
    return { id, seq, created: true };
  });
  return { id: result.id, seq: result.seq, created: result.created };
}

/** A lead as its provider reads it from the server: the booth item, with the consent it rests on and its deletion date. */
export interface ProviderLead extends LeadItem {
  /** The consent text as shown to the visitor. */
  consentText: string;
  /** When the visitor gave consent (the device's time, checked against the event and the server's clock). */
  consentAt: string;
  /** When the lead is deleted at the latest (what the consent promised); null only for a lead older than this column whose event end could not be read. */
  deleteAfter: string | null;
}

/**
 * A `leads` row as its provider reads it.
 * @param row a full `leads` row
 * @returns the booth item with consent text, consent time and deletion date
 * @example const lead = providerLead(row);
 */
export function providerLead(row: Fields): ProviderLead {
  return {
    ...leadItem(row),
    consentText: String(row.consent_text),
    consentAt: String(row.consent_at),
    deleteAfter: row.delete_after == null ? null : String(row.delete_after),
  };
}

/**
 * One provider's leads after a sequence number, oldest first.
 * @param services the server services
 * @param eventId the event
 * @param providerId the provider whose leads these are (never another's)
 * @param after only leads with a larger `seq` (default 0: all)
 * @returns the leads as booth items, with consent text, consent time and deletion date
 * @example const leads = await listLeads(services, eventId, 'p-care', 0);
 */
export async function listLeads(services: Services, eventId: string, providerId: string, after = 0): Promise<ProviderLead[]> {
  const rows = await services.db.execute({
    sql: 'SELECT * FROM leads WHERE event_id = ? AND provider_id = ? AND seq > ? ORDER BY seq',
    args: [eventId, providerId, after],
  });
  return rows.rows.map((row) => providerLead(row));
}

/**
 * Changes rating, notes, tags or status of one of a provider's leads. The lead takes the next sequence
 * number, so every tablet of the provider gets the new state through live sync (and a reconnecting one
 * through `sync`); tablets replace a lead by its id. A change with an idempotency key is applied once: when
 * the key was already applied to this lead (a tablet resending a change whose answer it lost), nothing is
 * written, numbered or pushed, and the lead is returned as it is now, so the retry cannot undo a change that
 * another tablet made in between.
 * @param services the server services
 * @param eventId the event
 * @param providerId the provider asking; another provider's lead is reported as not found
 * @param id the lead id
 * @param patch the fields to change, and the change's optional `idempotencyKey`
 * @returns the lead as it is after the change (or as it is now, for a key already applied)
 * @throws HttpError 404 when the lead does not exist or belongs to another provider
 * @example await updateLead(services, eventId, 'p-care', leadId, { rating: 4, status: 'contacted', idempotencyKey });
 */
export async function updateLead(services: Services, eventId: string, providerId: string, id: string, patch: LeadPatch): Promise<LeadItem> {
  return services.queue.run(async (tx, afterCommit) => {
    const found = (
      await tx.execute({ sql: 'SELECT * FROM leads WHERE id = ? AND event_id = ? AND provider_id = ?', args: [id, eventId, providerId] })
    ).rows[0];
    if (!found) throw new HttpError(404, 'NOT_FOUND', 'This lead was not found.');
    if (patch.idempotencyKey !== undefined) {
      const fresh = await tx.execute({
        sql: 'INSERT INTO lead_changes (lead_id, event_id, idempotency_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1',
        args: [id, eventId, patch.idempotencyKey],
      });
      if (fresh.rows.length === 0) return leadItem(found); // applied before: the lead as it is now
    }
    const columns: Record<string, string | number | null | undefined> = {
      rating: patch.rating,
      notes: patch.notes,
      tags: patch.tags && JSON.stringify(patch.tags),
      status: patch.status,
    };
    const changed = Object.entries(columns).filter(([, value]) => value !== undefined) as [string, string | number | null][];
    const sets = changed.map(([column]) => `${column} = ?`);
    const args = changed.map(([, value]) => value);
    const seq = await nextSeq(tx, eventId);
    const item = leadItem(
      (await tx.execute({ sql: `UPDATE leads SET ${[...sets, 'seq = ?'].join(', ')} WHERE id = ? RETURNING *`, args: [...args, seq, id] })).rows[0]!,
    );
    afterCommit(() => services.live.publish({ eventId, providerId, seq: item.seq, kind: 'lead', item: { ...item } }));
    return item;
  });
}

/** Leads of one provider that were deleted (erased by their visitor or purged): its tablets drop them. */
export interface Erasure {
  eventId: string;
  providerId: string;
  leadIds: string[];
}

/**
 * In-process signal of deleted leads, emitted as `erased` after the delete committed; the socket layer
 * pushes `erased { leadIds }` to the provider's booth tablets. (A purge run by the CLI in another
 * process reaches tablets through their next `sync`, whose ack names the leads still stored.)
 * @example erasureEvents.on('erased', ({ eventId, providerId, leadIds }) => …);
 */
export const erasureEvents = new EventEmitter<{ erased: [Erasure] }>();
erasureEvents.setMaxListeners(0);

/**
 * Groups deleted lead rows by event and provider and emits one `erased` per group.
 * @param rows the deleted rows (`id`, `event_id`, `provider_id`)
 * @returns nothing
 * @example notifyErased((await tx.execute('DELETE … RETURNING id, event_id, provider_id')).rows);
 */
export function notifyErased(rows: readonly Record<string, unknown>[]): void {
  const groups = new Map<string, Erasure>();
  for (const row of rows) {
    const eventId = String(row.event_id);
    const providerId = String(row.provider_id);
    const group = groups.get(`${eventId}\n${providerId}`) ?? { eventId, providerId, leadIds: [] };
    group.leadIds.push(String(row.id));
    groups.set(`${eventId}\n${providerId}`, group);
  }
  for (const group of groups.values()) erasureEvents.emit('erased', group);
}

/**
 * What follows every erasure of visitor data (a phone's, a provider's, an organizer's on request): the providers'
 * tablets are told which leads went (`notifyErased`); the WAL, which still holds the rows as they were written
 * (every write runs with `secure_delete`, so the file itself was zeroed), is copied in and truncated, as the purge
 * does (a local file only; a busy checkpoint is logged and the next purge does it); and one log line with counts
 * only, never contents or ids, since operators read the log.
 * @param services the server services
 * @param leads the deleted lead rows (`id`, `event_id`, `provider_id`)
 * @param deleted how many rows were deleted in all (leads, visits): nothing more happens when 0
 * @param log the info line to write: its message and counts
 * @returns when the WAL is emptied and the line written
 * @example await afterErasure(services, rows, rows.length, { msg: 'erased a lead from a booth tablet', leads: rows.length });
 */
export async function afterErasure(
  services: Services,
  leads: readonly Record<string, unknown>[],
  deleted: number,
  log: { msg: string } & Record<string, unknown>,
): Promise<void> {
  notifyErased(leads);
  if (deleted === 0) return;
  if (isLocalUrl(services.config.dbUrl)) {
    try {
      if (!(await truncateWal(services.config.dbUrl))) throw new Error('the WAL checkpoint stayed busy');
    } catch (error) {
      services.config.log({ level: 'warn', msg: 'emptying the WAL after an erasure failed; the next purge does it', error: String(error) });
    }
  }
  services.config.log({ level: 'info', ...log });
}

/**
 * The ids of a provider's leads the server still holds at an event (the booth's `sync` ack carries them,
 * so a tablet drops leads erased or purged while it was away).
 * @param db the database
 * @param eventId the event
 * @param providerId the provider
 * @returns the lead ids, oldest first
 * @example const leadIds = await providerLeadIds(services.db, 'fair-1', 'p-care');
 */
export async function providerLeadIds(db: Pick<Client, 'execute'>, eventId: string, providerId: string): Promise<string[]> {
  const { rows } = await db.execute({ sql: 'SELECT id FROM leads WHERE event_id = ? AND provider_id = ? ORDER BY seq', args: [eventId, providerId] });
  return rows.map((row) => String(row.id));
}

/**
 * Erases everything a visitor device left: its visits and leads (the random device id is the capability).
 * The providers' booth tablets are told which leads are gone (`erasureEvents`).
 * @param services the server services
 * @param deviceId the visitor's device id
 * @returns how many visits and leads were deleted
 * @example const { visits, leads } = await eraseVisitor(services, deviceId);
 */
export async function eraseVisitor(services: Services, deviceId: string): Promise<{ visits: number; leads: number }> {
  const { visits, leads } = await services.queue.run(async (tx) => {
    // Overwrite the deleted rows' bytes in their pages (not just mark them free); the setting stays on for
    // this connection, which costs a little on later deletes only.
    await tx.execute('PRAGMA secure_delete = ON');
    const visits = await tx.execute({ sql: 'DELETE FROM visits WHERE device_id = ?', args: [deviceId] });
    // The keys of the tablets' changes go with their leads (explicitly: a remote database may not enforce the cascade).
    await tx.execute({ sql: 'DELETE FROM lead_changes WHERE lead_id IN (SELECT id FROM leads WHERE device_id = ?)', args: [deviceId] });
    const leads = await tx.execute({ sql: 'DELETE FROM leads WHERE device_id = ? RETURNING id, event_id, provider_id', args: [deviceId] });
    return { visits: visits.rowsAffected, leads: leads.rows };
  });
  await afterErasure(services, leads, visits + leads.length, { msg: "erased a phone's visits and leads (its visitor's request)", visits, leads: leads.length });
  return { visits, leads: leads.length };
}

/**
 * One CSV cell, quoted when needed, with formula injection defused: a cell that starts with
 * `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` so spreadsheets show it as text
 * (a cell of only digits, spaces and `+ ( ) / -`, i.e. a phone number, cannot call a function and stays as is).
 * @param value the cell value (null and undefined become empty)
 * @returns the encoded cell
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value);
  // A phone number such as "+49 30 1234" cannot call a function: leave it readable.
  if (/^[=+\-@\t\r]/.test(text) && !/^\+?[0-9 ()/-]+$/.test(text)) text = `'${text}`;
  return /[",\r\n;']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A provider's leads as CSV (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read umlauts). Each line
 * says by when the provider must delete it (`delete_by`, what the consent promised: an exported copy is the
 * provider's to delete) and the consent it rests on (`consent_at`, `consent_text`).
 * @param leads the leads (the consent and deletion columns stay empty for items without them)
 * @returns the CSV text
 * @example c.body(leadsCsv(await listLeads(services, eventId, providerId)), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
 */
export function leadsCsv(leads: readonly (LeadItem & Partial<Omit<ProviderLead, keyof LeadItem>>)[]): string {
  const header = [
    'created_at', 'name', 'phone', 'email', 'locale', 'message', 'offer_id', 'stand_id', 'rating', 'status', 'tags', 'notes',
    'delete_by', 'consent_at', 'consent_text',
  ];
  const lines = leads.map((l) =>
    [
      l.createdAt, l.contact.name, l.contact.phone, l.contact.email, l.locale, l.message, l.offerId, l.standId, l.rating, l.status, l.tags.join(', '), l.notes,
      l.deleteAfter, l.consentAt, l.consentText,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
