/**
 * Encodes bytes as base64url without padding (URL- and id-safe: letters, digits, `-`, `_`).
 * @param bytes the bytes
 * @returns the text
 * @example base64url(new Uint8Array([251, 255])) // '-_8'
 */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A fresh random token of `bytes` random bytes (default 16 = 128 bits) from `crypto.getRandomValues`.
 * @param bytes how many random bytes, default 16
 * @returns the token in base64url (22 characters for 16 bytes)
 * @example randomToken() // 'q3Xh0V4k9b2…'
 */
export function randomToken(bytes = 16): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The minimal part of `Storage` the net layer uses, so tests and other stores can stand in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where an older version kept one id for every fair; still read so that erasure finds what was sent under it. */
const LEGACY_KEY = 'markt.deviceId';
/** The ids of this device, one per event: `{ [eventId]: id }`. */
const IDS_KEY = 'markt.deviceIds';
/** Ids made while storage refused writes, so one page keeps one id per event. */
const unkept = new WeakMap<KeyValueStorage, Map<string, string>>();
const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;

function storedIds(storage: KeyValueStorage): Record<string, string> {
  try {
    const value: unknown = JSON.parse(storage.getItem(IDS_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && DEVICE_ID.test(e[1])));
  } catch {
    return {}; // a damaged entry counts as none
  }
}

/**
 * This device's anonymous id for one event: 128 random bits, made once per event and kept in localStorage
 * (no login, no person). Each fair gets its own id, so the server cannot link one phone's visits across fairs.
 * @param eventId the event the visit or request belongs to
 * @param storage where the ids live, default `localStorage`
 * @returns the id, e.g. for `POST /api/stand/:token/visits`
 * @example const id = deviceId('pankow-2026'); // the same string on every later call for this fair on this phone
 */
export function deviceId(eventId: string, storage: KeyValueStorage = localStorage): string {
  const ids = storedIds(storage);
  // Own entries only: an event id may be any word, "__proto__" or "constructor" too.
  const kept = Object.hasOwn(ids, eventId) ? ids[eventId] : undefined;
  if (kept) return kept;
  const page = unkept.get(storage) ?? new Map<string, string>();
  const id = page.get(eventId) ?? randomToken(16);
  try {
    storage.setItem(IDS_KEY, JSON.stringify({ ...ids, [eventId]: id }));
  } catch {
    // Storage refused (private mode, full): the id then lasts for this page only.
    page.set(eventId, id);
    unkept.set(storage, page);
  }
  return id;
}

/**
 * Every id this device has used (one per event, and the single id of an older version), for erasure:
 * `DELETE /api/visitor/:deviceId` with each of them deletes all this phone has sent.
 * @param storage where the ids live, default `localStorage`
 * @returns the ids, without duplicates
 * @example for (const id of knownDeviceIds()) await api.delete(`/api/visitor/${id}`);
 */
export function knownDeviceIds(storage: KeyValueStorage = localStorage): string[] {
  const legacy = storage.getItem(LEGACY_KEY);
  const ids = [...Object.values(storedIds(storage)), ...(unkept.get(storage)?.values() ?? [])];
  if (legacy && DEVICE_ID.test(legacy)) ids.push(legacy);
  return [...new Set(ids)];
}

/**
 * Forgets this device's ids (after `DELETE /api/visitor/:deviceId`), so the next visit gets a new one.
 * @param storage where the ids live, default `localStorage`
 * @example forgetDeviceId();
 */
export function forgetDeviceId(storage: KeyValueStorage = localStorage): void {
  storage.removeItem(IDS_KEY);
  storage.removeItem(LEGACY_KEY);
  unkept.delete(storage);
}

/**
 * A new idempotency key (128 random bits, base64url): one per visit or lead, kept with it until the server confirms.
 * @returns the key
 * @example const key = newIdempotencyKey();
 */
export function newIdempotencyKey(): string {
  return randomToken(16);
}
