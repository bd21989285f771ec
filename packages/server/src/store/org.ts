import type { Event } from '@markt/sdk';
import { EventSchema, parse } from '@markt/sdk/schemas';
import { HttpError } from '../http/errors.js';
import { hashToken, normalisePairingCode, pairingCode, randomId, standToken } from '../security/tokens.js';
import type { Services } from '../services.js';
import { insertFair, type FairData } from './fair.js';
import { listRadar, listResources } from './events.js';

/** A pairing code lives 10 minutes: long enough to walk to the booth, short enough to be useless later. */
export const PAIRING_TTL_MS = 10 * 60_000;
/** A device counts as online when it was seen within 2 minutes. */
export const ONLINE_WINDOW_MS = 2 * 60_000;

/** A device as the organizer's device list shows it. */
export interface DeviceView {
  id: string;
  role: 'booth' | 'kiosk';
  providerId: string | null;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  online: boolean;
  revoked: boolean;
  revokedAt: string | null;
  /** Contact requests of this device the server refused for good (a kiosk drops them: 400, 404, 409, 410, 422). */
  refusedLeads: number;
  /** When the last of them was refused; null when none was. */
  lastRefusedAt: string | null;
}

/** A code prepared ahead (a sheet of codes for every stand) lives at most 14 days. */
export const PAIRING_MAX_AHEAD_MS = 14 * 24 * 60 * 60_000;

/**
 * Checks a chosen expiry of a pairing code prepared ahead: later than now, not after the event's end and not more
 * than 14 days from now, so a lost code sheet cannot pair a device after the fair or weeks later.
 * @param event the event's start and end (only `endsAt` bounds the expiry)
 * @param expiresAt the chosen time (ISO 8601)
 * @param now the server's time
 * @returns the expiry as an ISO string in UTC
 * @throws HttpError 400 `INVALID_INPUT` with a detail for the field `expiresAt`
 * @example const until = pairingExpiry(event, '2027-03-10T10:00:00+01:00', new Date());
 */
export function pairingExpiry(event: Pick<Event, 'endsAt'>, expiresAt: string, now: Date): string {
  const at = Date.parse(expiresAt);
  const refuse = (message: string): never => {
    throw new HttpError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [{ path: 'expiresAt', message }]);
  };
  if (Number.isNaN(at)) refuse('must be a date and time (ISO 8601)');
  if (at <= now.getTime()) refuse('must be later than now');
  if (at > Date.parse(event.endsAt)) refuse(`must not be after the end of the event (${event.endsAt})`);
  if (at > now.getTime() + PAIRING_MAX_AHEAD_MS) refuse('must be at most 14 days from now');
  return new Date(at).toISOString();
}

/**
 * Makes a single-use pairing code for a booth tablet (of one provider) or a kiosk. Only its hash is stored.
 * @param services the server services
 * @param input event, role, provider (booth only), a name for the device list and, for codes prepared ahead, when
 *   the code expires (already checked by {@link pairingExpiry}; default: 10 minutes from now)
 * @returns the code in clear (show it once), when it expires, and its id (as {@link listPairingCodes} lists it)
 * @example const { code } = await createPairingCode(services, { eventId, role: 'booth', providerId: 'p-1', name: 'Tablet 1' });
 */
export async function createPairingCode(
  services: Services,
  input: { eventId: string; role: 'booth' | 'kiosk'; providerId?: string | undefined; name: string; expiresAt?: string | undefined },
): Promise<{ code: string; expiresAt: string; id: string }> {
  // A code prepared ahead lives up to 14 days instead of 10 minutes: 12 characters (~60 bits) instead of 8 (~40),
  // so that guessing within its lifetime, rate limits and all, stays out of reach (the sheet prints a QR of it too).
  const code = pairingCode(input.expiresAt === undefined ? 8 : 12);
  const id = randomId();
  const now = services.now();
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + PAIRING_TTL_MS).toISOString();
  await services.queue.run((tx) =>
    tx.execute({
      sql: `INSERT INTO pairing_codes (id, code_hash, event_id, role, provider_id, name, expires_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [id, hashToken(normalisePairingCode(code)), input.eventId, input.role, input.providerId ?? null, input.name, expiresAt, now.toISOString()],
    }),
  );
  return { code, expiresAt, id };
}

/** A pairing code not used yet, as the organizer's list shows it: never the code, never its hash. */
export interface PendingPairingCode {
  /** A random id of the code (not derived from the code). */
  id: string;
  role: 'booth' | 'kiosk';
  providerId: string | null;
  name: string;
  createdAt: string;
  expiresAt: string;
}

/**
 * The pairing codes of an event that were made but not used and have not expired: a code sheet that went
 * missing can be seen here and withdrawn. Only ids and what the organizer typed, never the code or its hash.
 * @param services the server services
 * @param eventId the event
 * @returns the pending codes, newest first
 * @example const codes = await listPairingCodes(services, eventId);
 */
export async function listPairingCodes(services: Services, eventId: string): Promise<PendingPairingCode[]> {
  const { rows } = await services.db.execute({
    sql: `SELECT id, role, provider_id, name, created_at, expires_at FROM pairing_codes
          WHERE event_id = ? AND used_at IS NULL AND expires_at > ? ORDER BY created_at DESC, id`,
    args: [eventId, services.now().toISOString()],
  });
  return rows.map((row) => ({
    id: String(row.id),
    role: row.role === 'booth' ? 'booth' : 'kiosk',
    providerId: row.provider_id == null ? null : String(row.provider_id),
    name: String(row.name),
    createdAt: String(row.created_at),
    expiresAt: String(row.expires_at),
  }));
}

/**
 * Withdraws a pairing code that was not used: the row goes, so pairing with the code answers as for an
 * unknown code (400 `PAIRING_CODE_INVALID`). A used code, or another event's, is not touched.
 * @param services the server services
 * @param eventId the event the code must belong to
 * @param codeId the code's id from {@link listPairingCodes}
 * @returns false when the event has no unused code with this id
 * @example if (!(await withdrawPairingCode(services, eventId, codeId))) throw notFound('Pairing code');
 */
export async function withdrawPairingCode(services: Services, eventId: string, codeId: string): Promise<boolean> {
  const result = await services.queue.run((tx) =>
    tx.execute({ sql: 'DELETE FROM pairing_codes WHERE id = ? AND event_id = ? AND used_at IS NULL', args: [codeId, eventId] }),
  );
  return result.rowsAffected > 0;
}

/**
 * Withdraws every pairing code of an event that was not used yet (a whole code sheet went missing): pairing with any
 * of them then answers as for an unknown code. Used codes and other events' codes are not touched.
 * @param services the server services
 * @param eventId the event
 * @returns how many codes were withdrawn
 * @example const withdrawn = await withdrawAllPairingCodes(services, eventId);
 */
export async function withdrawAllPairingCodes(services: Services, eventId: string): Promise<number> {
  const result = await services.queue.run((tx) =>
    // Only what the list shows: unused and not expired (expired codes pair nothing and go with the purge).
    tx.execute({ sql: 'DELETE FROM pairing_codes WHERE event_id = ? AND used_at IS NULL AND expires_at > ?', args: [eventId, services.now().toISOString()] }),
  );
  return result.rowsAffected;
}

/**
 * The devices of an event, with online (seen within 2 minutes) and revoked flags and the count of contact requests
 * the server refused for good (a kiosk losing requests).
 * @param services the server services
 * @param eventId the event
 * @returns devices, newest first
 * @example const devices = await listDevices(services, eventId);
 */
export async function listDevices(services: Services, eventId: string): Promise<DeviceView[]> {
  const now = services.now().getTime();
  const rows = (
    await services.db.execute({
      sql: `SELECT id, role, provider_id, name, created_at, last_seen_at, revoked_at, refused_leads, last_refused_at
              FROM devices WHERE event_id = ? ORDER BY created_at DESC, id`,
      args: [eventId],
    })
  ).rows;
  return rows.map((row) => {
    const lastSeenAt = row.last_seen_at == null ? null : String(row.last_seen_at);
    const revokedAt = row.revoked_at == null ? null : String(row.revoked_at);
    return {
      id: String(row.id),
      role: row.role === 'booth' ? 'booth' : 'kiosk',
      providerId: row.provider_id == null ? null : String(row.provider_id),
      name: String(row.name),
      createdAt: String(row.created_at),
      lastSeenAt,
      online: revokedAt == null && lastSeenAt != null && now - Date.parse(lastSeenAt) <= ONLINE_WINDOW_MS,
      revoked: revokedAt != null,
      revokedAt,
      refusedLeads: Number(row.refused_leads ?? 0),
      lastRefusedAt: row.last_refused_at == null ? null : String(row.last_refused_at),
    };
  });
}

/**
 * Revokes a device of an event: its token is refused from now on (call `notifyRevoked` afterwards).
 * @param services the server services
 * @param eventId the event
 * @param deviceId the device
 * @returns false when the event has no such device
 * @example if (await revokeDevice(services, eventId, deviceId)) notifyRevoked(deviceId);
 */
export async function revokeDevice(services: Services, eventId: string, deviceId: string): Promise<boolean> {
  const now = services.now().toISOString();
  const result = await services.queue.run((tx) =>
    tx.execute({
      sql: 'UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND event_id = ?',
      args: [now, deviceId, eventId],
    }),
  );
  return result.rowsAffected > 0;
}

/** One poster of the poster sheet. */
export interface PosterData {
  standId: string;
  standNumber: string;
  providerName: string;
  /** The phone URL in the QR code. */
  url: string;
  /** The same URL without the scheme, for typing by hand. */
  shortUrl: string;
}

/**
 * The phone URL of every stand, with its number and provider, sorted by stand number.
 * @param services the server services
 * @param eventId the event
 * @param base the public base URL (no trailing slash)
 * @returns one entry per stand
 * @example const posters = await standUrls(services, eventId, 'https://markt.example');
 */
export async function standUrls(services: Services, eventId: string, base: string): Promise<PosterData[]> {
  const rows = (
    await services.db.execute({
      sql: `SELECT s.id, s.token_rev, json_extract(s.data, '$.number') AS number, json_extract(p.data, '$.name') AS provider_name
            FROM stands s LEFT JOIN providers p ON p.event_id = s.event_id AND p.id = s.provider_id
            WHERE s.event_id = ?`,
      args: [eventId],
    })
  ).rows;
  const posters = rows.map((row) => {
    const url = `${base}/s/${standToken(services.secret, eventId, String(row.id), Number(row.token_rev))}`;
    return {
      standId: String(row.id),
      standNumber: String(row.number),
      providerName: row.provider_name == null ? '' : String(row.provider_name),
      url,
      shortUrl: url.replace(/^https?:\/\//, ''),
    };
  });
  return posters.sort((a, b) => a.standNumber.localeCompare(b.standNumber, 'de', { numeric: true }));
}

/** What `cloneEvent` copies into the new event. */
export interface CloneOptions {
  startsAt: string;
  endsAt: string;
  venue: Event['venue'];
  /** Id of the new event (default: a random one). */
  id?: string | undefined;
  /** Copy the providers and their stands. */
  includeProviders: boolean;
  /** Copy the offers (needs `includeProviders`). */
  includeOffers: boolean;
}

/**
 * Makes a new event from an existing one as a template: its settings, radar and optionally providers,
 * stands and offers. Never copies visits, leads, quizzes, searches, feedback or devices.
 * @param services the server services
 * @param tenantId the tenant that owns the new event
 * @param source the template event
 * @param options dates, venue and what to copy
 * @returns the new event's id
 * @example const id = await cloneEvent(services, tenantId, event, { startsAt, endsAt, venue, includeProviders: true, includeOffers: true });
 */
export async function cloneEvent(services: Services, tenantId: string, source: Event, options: CloneOptions): Promise<string> {
  const id = options.id ?? randomId().replace(/[^A-Za-z0-9_-]/g, '');
  const event = parse(EventSchema, { ...source, id, startsAt: options.startsAt, endsAt: options.endsAt, venue: options.venue }, 'event');
  const exists = await services.db.execute({ sql: 'SELECT 1 FROM events WHERE id = ?', args: [id] });
  if (exists.rows.length > 0) throw new HttpError(409, 'CONFLICT', `An event with the id "${id}" exists already: choose another id.`);
  const fair: FairData = {
    event,
    providers: options.includeProviders ? await listResources(services, source.id, 'providers') : [],
    offers: options.includeOffers ? await listResources(services, source.id, 'offers') : [],
    stands: options.includeProviders ? await listResources(services, source.id, 'stands') : [],
    radar: await listRadar(services, source.id),
  };
  return insertFair(services, tenantId, fair, id);
}
