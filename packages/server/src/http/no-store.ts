import type { MiddlewareHandler } from 'hono';

/**
 * Marks every answer of the routes it wraps `Cache-Control: no-store`, errors included: answers that carry or
 * reveal a visitor's data (a booth's leads, a stand's visits and contact requests) must not stay in any cache.
 * It overrides a route's own value.
 * @returns the middleware
 * @example app.use('/booth/*', noStore());
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };
}
