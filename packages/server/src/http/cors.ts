import type { Context, MiddlewareHandler } from 'hono';
import type { Services } from '../services.js';

/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

/** Which origins may read a response: from the request, the origins it allows (empty: none). */
export type AllowedOrigins = (services: Services, c: Context) => Promise<readonly string[]>;

/** Parses a tenant's `allowed_origins` column (a JSON array of origins); anything else counts as no origin. */
export function parseOrigins(raw: unknown): string[] {
  try {
    const list: unknown = JSON.parse(String(raw ?? '[]'));
    return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The origins listed by the tenant that owns an event.
 * @param services the server services
 * @param eventId the event's id
 * @returns the tenant's allowed origins, or `[]` when the event does not exist
 * @example const origins = await originsOfEvent(services, 'fair-2027');
 */
export async function originsOfEvent(services: Services, eventId: string): Promise<string[]> {
  const row = (
    await services.db.execute({
      sql: 'SELECT t.allowed_origins FROM events e JOIN tenants t ON t.id = e.tenant_id WHERE e.id = ?',
      args: [eventId],
    })
  ).rows[0];
  return row ? parseOrigins(row.allowed_origins) : [];
}

/**
 * Every origin that any tenant lists (for `/embed.js`, which belongs to no single event).
 * @param services the server services
 * @returns the union of all tenants' allowed origins
 * @example const origins = await originsOfAnyTenant(services);
 */
export async function originsOfAnyTenant(services: Services): Promise<string[]> {
  const rows = (await services.db.execute("SELECT allowed_origins FROM tenants WHERE allowed_origins <> '[]'")).rows;
  return [...new Set(rows.flatMap((row) => parseOrigins(row.allowed_origins)))];
}

/**
 * CORS for the embeddable, public read routes: echoes `Access-Control-Allow-Origin` only for an origin
 * that `allowed` returns, answers the OPTIONS preflight, and sets no CORS header for any other origin
 * (the browser then refuses to hand the response to the page). Credentials are never allowed.
 * Mount it with `app.use(path, …)` before the route, and `app.options(path, …)` for the preflight.
 * @param services the server services
 * @param allowed which origins may read this request's response
 * @returns the middleware
 * @example app.use('/api/events/:eventId/public', embedCors(services, (s, c) => originsOfEvent(s, c.req.param('eventId'))));
 */
export function embedCors(services: Services, allowed: AllowedOrigins): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const ok = origin !== undefined && (await allowed(services, c)).includes(origin);
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = { Vary: 'Origin' };
      if (ok) {
        Object.assign(headers, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': 'If-None-Match',
          'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
        });
      }
      return c.body(null, 204, headers);
    }
    await next();
    // The same URL answers differently per origin: caches must keep the answers apart.
    c.header('Vary', 'Origin', { append: true });
    if (ok) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', 'ETag');
    }
    return undefined;
  };
}
