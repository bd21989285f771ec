import { Hono } from 'hono';
import * as v from 'valibot';
import { requireOrganizer, type OrganizerEnv } from '../auth/session.js';
import { parseOrigins } from '../http/cors.js';
import { readJson } from '../http/validate.js';
import type { Services } from '../services.js';

/** Most origins one tenant may list. */
export const MAX_ALLOWED_ORIGINS = 20;

/** `https://host[:port]`, or `http://localhost[:port]` for trying things out; no path, no trailing slash. */
const ORIGIN = /^(https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|http:\/\/localhost)(:\d{1,5})?$/;

/** `PUT /api/org/tenant/origins`: the websites that may embed this tenant's events. */
export const AllowedOriginsSchema = v.strictObject({
  origins: v.pipe(
    v.array(
      v.pipe(
        v.string(),
        v.trim(),
        v.toLowerCase(),
        v.regex(ORIGIN, 'must be an origin like "https://www.example.org" or "https://example.org:8443" (or "http://localhost:8080"), without a path'),
        v.check((origin) => URL.canParse(origin), 'must be an origin with a port from 1 to 65535'),
        // As a browser sends it: without the scheme's default port ("https://x.org:443" never matches otherwise).
        v.transform((origin) => new URL(origin).origin),
      ),
    ),
    v.maxLength(MAX_ALLOWED_ORIGINS, `must list at most ${MAX_ALLOWED_ORIGINS} origins`),
    v.transform((origins) => [...new Set(origins)]),
  ),
});

/**
 * The organizer's tenant settings: `GET/PUT /api/org/tenant/origins`, the origins (provider websites)
 * whose pages may load `/embed.js` and read this tenant's public event data (CORS).
 * @param services the server services
 * @returns routes to mount under `/api`
 * @example app.route('/api', tenantRoutes(services));
 */
export function tenantRoutes(services: Services): Hono {
  const app = new Hono<OrganizerEnv>();
  app.use('/org/tenant/*', requireOrganizer(services));

  app.get('/org/tenant/origins', async (c) => {
    const row = (await services.db.execute({ sql: 'SELECT allowed_origins FROM tenants WHERE id = ?', args: [c.get('tenantId')] })).rows[0];
    return c.json({ origins: parseOrigins(row?.allowed_origins) });
  });

  app.put('/org/tenant/origins', async (c) => {
    const { origins } = await readJson(c, AllowedOriginsSchema);
    await services.queue.run((tx) =>
      tx.execute({ sql: 'UPDATE tenants SET allowed_origins = ? WHERE id = ?', args: [JSON.stringify(origins), c.get('tenantId')] }),
    );
    return c.json({ origins });
  });

  return app as unknown as Hono;
}
