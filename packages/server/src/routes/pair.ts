import { Hono } from 'hono';
import * as v from 'valibot';
import { clientAddress } from '../http/body.js';
import { readJson } from '../http/validate.js';
import { SharedRateLimiter } from '../security/rate-limit.js';
import { normalisePairingCode } from '../security/tokens.js';
import type { Services } from '../services.js';
import { pairDevice } from '../store/devices.js';

/** The body of `POST /api/pair`. */
export const PairSchema = v.strictObject({
  code: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(40, 'must be at most 40 characters')),
});

/** Attempts per minute for codes that start alike (one tablet retrying, or someone guessing around a code). */
export const PAIR_LIMIT_PER_PREFIX = 10;
/** Attempts per minute from one address (a whole fair's Wi-Fi may share one: this is also what all its tablets get). */
export const PAIR_LIMIT_PER_ADDRESS = 60;

/**
 * `POST /api/pair { code }`: turns a single-use pairing code into a device token. Rate-limited per code
 * prefix and for the whole server, so guessing an 8-character code is hopeless.
 * @param services the server services
 * @returns the routes, mounted under `/api`
 * @example app.route('/api', pairRoutes(services));
 */
export function pairRoutes(services: Services): Hono {
  const app = new Hono();
  // Counted in the database: all server processes of a cluster share the limits.
  const perPrefix = new SharedRateLimiter(services, { limit: PAIR_LIMIT_PER_PREFIX, windowMs: 60_000, what: 'pairing attempts with this code' });
  // Per address (see auth.ts): a limit for the whole server let anyone block pairing for every tenant.
  const perAddress = new SharedRateLimiter(services, { limit: PAIR_LIMIT_PER_ADDRESS, windowMs: 60_000, what: 'pairing attempts from this address' });

  app.post('/pair', async (c) => {
    const { code } = await readJson(c, PairSchema);
    await perAddress.hit(`pair:${clientAddress(c)}`);
    await perPrefix.hit(`pair:${normalisePairingCode(code).slice(0, 3)}`);
    return c.json(await pairDevice(services, code), 201);
  });

  return app;
}
