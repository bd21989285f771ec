import { DeviceIdSchema } from '@markt/sdk/schemas';
import { Hono } from 'hono';
import { notFound } from '../http/errors.js';
import { noStore } from '../http/no-store.js';
import { validate } from '../http/validate.js';
import type { Services } from '../services.js';
import { eraseVisitor } from '../store/leads.js';
import { publicData } from '../store/public-data.js';

/** True when an `If-None-Match` header names this ETag (or `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

/**
 * Public routes without login: an event's public data for kiosks and phones (cached, with ETag), and
 * a visitor erasing their own visits and leads. Also marks every `/api/booth/*` and `/api/stand/*` answer
 * `Cache-Control: no-store` (they carry a visitor's contact data or visits): these routes are mounted first
 * (app.ts), so the middleware wraps the stand and booth routes mounted after them, errors included.
 * @param services the server services
 * @returns the routes, mounted under `/api`
 * @example app.route('/api', publicRoutes(services));
 */
export function publicRoutes(services: Services): Hono {
  const app = new Hono();
  app.use('/booth/*', noStore());
  app.use('/stand/*', noStore());

  app.get('/events/:eventId/public', async (c) => {
    const data = await publicData(services, c.req.param('eventId'));
    if (!data) throw notFound('This event');
    // Revalidate every time: a kiosk keeps its copy and gets a 304 while nothing changed.
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', data.etag);
    if (matches(c.req.header('if-none-match'), data.etag)) return c.body(null, 304);
    return c.body(data.body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.delete('/visitor/:deviceId', async (c) => {
    const deviceId = validate(DeviceIdSchema, c.req.param('deviceId'));
    return c.json(await eraseVisitor(services, deviceId));
  });

  return app;
}
