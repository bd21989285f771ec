import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors.js';
import { RateLimiter } from './rate-limit.js';
import { hashPassword, hashToken, normalisePairingCode, pairingCode, randomToken, standToken, verifyPassword } from './tokens.js';

describe('tokens and passwords', () => {
  it('makes random tokens of at least 128 bits and stores only a hash', () => {
    const token = randomToken();
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(randomToken()).not.toBe(token);
  });

  it('derives stand tokens that change with the secret, the stand and the revision', () => {
    const a = standToken('s1', 'e', 'st1', 1);
    expect(a).toHaveLength(22); // 132 bits of base64url
    expect(standToken('s1', 'e', 'st1', 1)).toBe(a);
    expect(new Set([a, standToken('s2', 'e', 'st1', 1), standToken('s1', 'e', 'st2', 1), standToken('s1', 'e', 'st1', 2)]).size).toBe(4);
  });

  it('makes pairing codes without look-alike characters and accepts them typed loosely', () => {
    const code = pairingCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(normalisePairingCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
  });

  it('hashes passwords with scrypt and a salt, and verifies them', async () => {
    const hash = await hashPassword('Fairs are for people');
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('Fairs');
    expect(await hashPassword('Fairs are for people')).not.toBe(hash);
    expect(await verifyPassword('Fairs are for people', hash)).toBe(true);
    expect(await verifyPassword('fairs are for people', hash)).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('lets `limit` requests through per window and key, then answers 429, and resets with the window', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, what: 'attempts' }, () => now);
    for (let i = 0; i < 3; i++) limiter.hit('a');
    expect(() => limiter.hit('a')).toThrow(HttpError);
    expect(() => limiter.hit('b')).not.toThrow();
    try {
      limiter.hit('a');
    } catch (error) {
      expect((error as HttpError).status).toBe(429);
    }
    now = 1000;
    expect(() => limiter.hit('a')).not.toThrow();
  });
});
