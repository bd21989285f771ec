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

const DEVICE_KEY = 'markt.deviceId';
/** Ids made while storage refused writes, so one page keeps one id. */
const unkept = new WeakMap<KeyValueStorage, string>();
const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * This device's anonymous id: 128 random bits, made once and kept in localStorage (no login, no person).
 * @param storage where the id lives, default `localStorage`
 * @returns the id, e.g. for `POST /api/stand/:token/visits`
 * @example const id = deviceId(); // the same string on every later call on this phone
 */
export function deviceId(storage: KeyValueStorage = localStorage): string {
  const kept = storage.getItem(DEVICE_KEY);
  if (kept && DEVICE_ID.test(kept)) return kept;
  const id = unkept.get(storage) ?? randomToken(16);
  try {
    storage.setItem(DEVICE_KEY, id);
  } catch {
    // Storage refused (private mode, full): the id then lasts for this page only.
    unkept.set(storage, id);
  }
  return id;
}

/**
 * Forgets this device's id (after `DELETE /api/visitor/:deviceId`), so the next visit gets a new one.
 * @param storage where the id lives, default `localStorage`
 * @example forgetDeviceId();
 */
export function forgetDeviceId(storage: KeyValueStorage = localStorage): void {
  storage.removeItem(DEVICE_KEY);
}

/**
 * A new idempotency key (128 random bits, base64url): one per visit or lead, kept with it until the server confirms.
 * @returns the key
 * @example const key = newIdempotencyKey();
 */
export function newIdempotencyKey(): string {
  return randomToken(16);
}
