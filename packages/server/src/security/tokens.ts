import { createHash, createHmac, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/**
 * A random token for sessions and devices: 32 bytes (256 bits), base64url.
 * @returns the token in clear, to hand to the client once; store only `hashToken(token)`
 * @example const token = randomToken();
 */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A random id for records (128 bits, base64url). */
export function randomId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * SHA-256 of a token, hex. Tokens carry ≥ 128 bits of randomness, so a fast hash is enough to make a
 * stolen database useless for logging in (unlike passwords, which use scrypt).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud and typed on a tablet

/**
 * A short pairing code (8 characters, ~40 bits) for typing on a booth tablet or kiosk. It is single-use,
 * expires within minutes and pairing is rate-limited, which is what makes a short code acceptable. Codes prepared
 * ahead, which live up to 14 days, take 12 characters (~60 bits).
 * @param length how many characters
 * @returns the code
 * @example pairingCode() // e.g. '67GCLSP5'
 */
export function pairingCode(length = 8): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += PAIRING_ALPHABET[byte % PAIRING_ALPHABET.length];
  return code;
}

/** Normalises a typed pairing code: case, spaces and dashes do not matter. */
export function normalisePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/**
 * The token revision a newly created stand starts with: random, so that a stand deleted and created again under
 * the same id gets a new QR token and posters printed for the old one no longer open it.
 * @returns an integer in [2, 2^31)
 * @example const rev = newStandTokenRev();
 */
export function newStandTokenRev(): number {
  return randomInt(2, 2 ** 31);
}

/**
 * The QR token of a stand, derived from the server secret: unguessable (HMAC-SHA256, 128 bits shown),
 * reproducible for reprinting posters without being stored in clear, and changed by raising `rev`.
 */
export function standToken(secret: string, eventId: string, standId: string, rev: number): string {
  return createHmac('sha256', secret).update(`stand\n${eventId}\n${standId}\n${rev}`).digest('base64url').slice(0, 22);
}

/** Hashes a password with scrypt (N=2^15, r=8, p=1) and a random salt: `scrypt$N$r$p$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = 32768;
  const hash = await scryptAsync(password.normalize('NFC'), salt, 32, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$8$1$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Checks a password against a stored scrypt hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}
