import { HttpError } from '../http/errors.js';
import { hashToken, normalisePairingCode, randomId, randomToken } from '../security/tokens.js';
import type { Services } from '../services.js';

/** A paired booth tablet or kiosk, as the server knows it (never its token). */
export interface Device {
  id: string;
  eventId: string;
  role: 'booth' | 'kiosk';
  providerId: string | null;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** What pairing hands to the device, once: the token in clear. */
export interface Pairing {
  token: string;
  role: 'booth' | 'kiosk';
  eventId: string;
  providerId?: string;
  deviceId: string;
}

function toDevice(row: Readonly<Record<string, unknown>>): Device {
  return {
    id: String(row.id),
    eventId: String(row.event_id),
    role: row.role === 'booth' ? 'booth' : 'kiosk',
    providerId: row.provider_id == null ? null : String(row.provider_id),
    name: String(row.name),
    createdAt: String(row.created_at),
    lastSeenAt: row.last_seen_at == null ? null : String(row.last_seen_at),
    revokedAt: row.revoked_at == null ? null : String(row.revoked_at),
  };
}

/**
 * Pairs a device with a code the organizer made: the code is used up in the same transaction that
 * creates the device, so it works exactly once.
 * @param services the server services
 * @param code the pairing code as typed (case, spaces and dashes do not matter)
 * @returns the device token in clear (stored only as a hash), role, event, provider and device id
 * @throws HttpError 400 `PAIRING_CODE_INVALID` (unknown), 410 `PAIRING_CODE_USED`, 410 `PAIRING_CODE_EXPIRED`
 * @example const { token, role } = await pairDevice(services, 'ABCD-EFGH');
 */
export async function pairDevice(services: Services, code: string): Promise<Pairing> {
  const codeHash = hashToken(normalisePairingCode(code));
  const token = randomToken();
  const now = services.now();
  return services.queue.run(async (tx) => {
    const row = (await tx.execute({ sql: 'SELECT * FROM pairing_codes WHERE code_hash = ?', args: [codeHash] })).rows[0];
    if (!row) throw new HttpError(400, 'PAIRING_CODE_INVALID', 'This pairing code is not known. Check it, or ask the organizer for a new one.');
    if (row.used_at != null) throw new HttpError(410, 'PAIRING_CODE_USED', 'This pairing code was already used. Ask the organizer for a new one.');
    if (Date.parse(String(row.expires_at)) <= now.getTime()) {
      throw new HttpError(410, 'PAIRING_CODE_EXPIRED', 'This pairing code has expired. Ask the organizer for a new one.');
    }
    const deviceId = randomId();
    await tx.execute({ sql: 'UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?', args: [now.toISOString(), codeHash] });
    await tx.execute({
      sql: `INSERT INTO devices (id, event_id, role, provider_id, name, token_hash, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)`,
      args: [deviceId, String(row.event_id), String(row.role), row.provider_id == null ? null : String(row.provider_id), String(row.name), hashToken(token), now.toISOString()],
    });
    const role = row.role === 'booth' ? 'booth' : 'kiosk';
    return {
      token,
      role,
      eventId: String(row.event_id),
      ...(row.provider_id == null ? {} : { providerId: String(row.provider_id) }),
      deviceId,
    };
  });
}

/**
 * Finds the device of a token (revoked ones too: the caller decides).
 * @param services the server services
 * @param token the device token in clear
 * @returns the device, or undefined for an unknown token
 * @example const device = await deviceByToken(services, bearer);
 */
export async function deviceByToken(services: Services, token: string): Promise<Device | undefined> {
  const row = (await services.db.execute({ sql: 'SELECT * FROM devices WHERE token_hash = ?', args: [hashToken(token)] })).rows[0];
  return row ? toDevice(row) : undefined;
}

const TOUCH_EVERY_MS = 60_000;
const lastTouched = new Map<string, number>();

/**
 * Records that a device was seen, at most once a minute per device (not one write per request).
 * Never waits and never fails the request: a lost `last_seen_at` is harmless.
 * @param services the server services
 * @param deviceId the device
 * @example touchDevice(services, device.id);
 */
export function touchDevice(services: Services, deviceId: string): void {
  const now = services.now();
  const last = lastTouched.get(deviceId);
  if (last !== undefined && now.getTime() - last < TOUCH_EVERY_MS) return;
  lastTouched.set(deviceId, now.getTime());
  if (lastTouched.size > 50_000) lastTouched.clear();
  services.queue
    .run((tx) => tx.execute({ sql: 'UPDATE devices SET last_seen_at = ? WHERE id = ?', args: [now.toISOString(), deviceId] }))
    .catch(() => lastTouched.delete(deviceId));
}

/** The statuses of a contact request that a kiosk drops for good (its `outcomeOf`): the request is lost. */
export const LOST_LEAD_STATUSES: ReadonlySet<number> = new Set([400, 404, 409, 410, 422]);

/**
 * Counts one contact request of a kiosk that the server refused for good (`refused_leads`, `last_refused_at`), so the
 * organizer's device list shows that this kiosk is losing requests. Nothing of the request is stored.
 * @param services the server services
 * @param deviceId the kiosk
 * @returns when the count is committed
 * @example await countRefusedLead(services, device.id);
 */
export async function countRefusedLead(services: Services, deviceId: string): Promise<void> {
  const at = services.now().toISOString();
  await services.queue.run((tx) =>
    tx.execute({ sql: 'UPDATE devices SET refused_leads = refused_leads + 1, last_refused_at = ? WHERE id = ?', args: [at, deviceId] }),
  );
}
