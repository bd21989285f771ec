import * as v from 'valibot';
import { LeadContactSchema } from '@markt/sdk/schemas';
import type { Services } from '../services.js';
import { afterErasure } from './leads.js';

const contactFields = LeadContactSchema.pipe[0].entries;

/**
 * `POST /api/org/…/erasure`: whose contact requests to erase (Art. 17 GDPR), by the e-mail address or phone number
 * the person gave; at least one. The fields are checked as a lead's contact fields are.
 */
export const ErasureRequestSchema = v.pipe(
  v.strictObject({
    email: contactFields.email,
    // A number of fewer than 5 digits cannot be compared (`phoneKey`): refused, rather than "0 deleted".
    phone: v.optional(v.pipe(v.unwrap(contactFields.phone), v.check((phone) => phoneKey(phone) !== undefined, 'must hold at least 5 digits'))),
  }),
  v.forward(
    v.check((r) => Boolean(r.email || r.phone), 'needs an e-mail address or a phone number (phone) of the person'),
    ['email'],
  ),
);
export type ErasureRequest = v.InferOutput<typeof ErasureRequestSchema>;

/** Which leads an erasure may reach: one tenant's, optionally one of its events only. */
export interface ErasureScope {
  tenantId: string;
  /** Only this event (it must be the tenant's); all the tenant's events when left out. */
  eventId?: string | undefined;
}

/**
 * An e-mail address as erasure compares it: trimmed, lower case.
 * @param email the address as given
 * @returns the comparable address
 * @example emailKey(' Erika@Example.ORG ') // 'erika@example.org'
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A phone number as erasure compares it: digits only, in international form without `+`, where a leading
 * `+49`, `0049` and a single `0` (German national) are alike, and the `(0)` written after a country code
 * (`+49 (0)30 …`) or a national `0` after it (`+49 030 …`) is dropped. The kiosk's `telHref` (packages/kiosk
 * src/shared/contact.ts) reads the `(0)` the same way. A number without any prefix stays as written.
 * @param phone the number as given (digits, spaces, `+ ( ) / -`)
 * @returns the comparable digits, or undefined when fewer than 5 digits remain
 * @example phoneKey('030 555-7777') === phoneKey('+49 (0)30 5557777') // both '49305557777'
 * @example phoneKey('0049 30 5557777') // '49305557777'
 */
export function phoneKey(phone: string): string | undefined {
  const text = phone.trim().replace(/^(\+|00)\s*(\d{1,3})[\s/-]*\(0\)/, '$1$2');
  const digits = text.replace(/\D/g, '');
  let international: string;
  if (text.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith('0')) international = `49${digits.slice(1)}`;
  else international = digits;
  if (international.startsWith('490')) international = `49${international.slice(3)}`;
  return international.length >= 5 ? international : undefined;
}

/** SQLite takes a bounded number of `?` per statement: delete in chunks. */
const CHUNK = 500;

/**
 * Erases every lead in the scope whose e-mail address or phone number matches the request (a person asked the
 * Jobcenter, the controller, to delete their contact requests): the same erasure as a provider's
 * `DELETE /api/booth/leads/:id` (`eraseLead`): the leads and the keys of their tablet changes in one write,
 * with `secure_delete` (on for every write), the providers' tablets told live (`erased { leadIds }`), then the
 * WAL emptied. Nothing about the leads is returned or logged but their number.
 * @param services the server services
 * @param scope the tenant, and optionally one of its events
 * @param request the e-mail address and/or phone number (validated by {@link ErasureRequestSchema})
 * @returns how many leads were erased
 * @example const n = await eraseContact(services, { tenantId, eventId }, { phone: '0170 1234567' });
 */
export async function eraseContact(services: Services, scope: ErasureScope, request: ErasureRequest): Promise<number> {
  const email = request.email ? emailKey(request.email) : undefined;
  const phone = request.phone ? phoneKey(request.phone) : undefined;
  if (email === undefined && phone === undefined) return 0;
  // A coarse filter in SQL, so a big fair's leads are not all parsed inside the write (which holds the queue);
  // the exact comparison follows in JS. The last digits of a number are the same in every notation: its key
  // minus the country code (at most 3 digits) is the tail of the digits as written.
  const filters: string[] = [];
  const filterArgs: string[] = [];
  if (email !== undefined) {
    // SQLite's lower() folds ASCII only, which is enough: the lead and erasure schemas (valibot's email) accept
    // ASCII addresses alone.
    filters.push("instr(lower(json_extract(l.contact, '$.email')), ?) > 0");
    filterArgs.push(email);
  }
  if (phone !== undefined) {
    const tail = phone.slice(-Math.min(6, phone.length - 3));
    const digits = ['+', ' ', '-', '/', '(', ')'].reduce((sql, char) => `replace(${sql}, '${char}', '')`, "json_extract(l.contact, '$.phone')");
    filters.push(`${digits} LIKE '%' || ?`);
    filterArgs.push(tail);
  }
  const rows = await services.queue.run(async (tx) => {
    const candidates = await tx.execute({
      sql: `SELECT l.id, l.contact FROM leads l JOIN events e ON e.id = l.event_id
            WHERE e.tenant_id = ? ${scope.eventId === undefined ? '' : 'AND l.event_id = ?'} AND (${filters.join(' OR ')})`,
      args: [scope.tenantId, ...(scope.eventId === undefined ? [] : [scope.eventId]), ...filterArgs],
    });
    const ids = candidates.rows
      .filter((row) => {
        const contact = JSON.parse(String(row.contact)) as { email?: unknown; phone?: unknown };
        if (email !== undefined && typeof contact.email === 'string' && emailKey(contact.email) === email) return true;
        return phone !== undefined && typeof contact.phone === 'string' && phoneKey(contact.phone) === phone;
      })
      .map((row) => String(row.id));
    const deleted: Record<string, unknown>[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const marks = chunk.map(() => '?').join(', ');
      // The keys of the tablets' changes go with the lead (explicitly: a remote database may not enforce the cascade).
      await tx.execute({ sql: `DELETE FROM lead_changes WHERE lead_id IN (${marks})`, args: chunk });
      deleted.push(...(await tx.execute({ sql: `DELETE FROM leads WHERE id IN (${marks}) RETURNING id, event_id, provider_id`, args: chunk })).rows);
    }
    return deleted;
  });
  await afterErasure(services, rows, rows.length, {
    msg: "erased leads on a person's request to the organizer",
    ...(scope.eventId ? { eventId: scope.eventId } : {}),
    leads: rows.length,
  });
  return rows.length;
}
