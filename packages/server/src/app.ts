import { Hono } from 'hono';
import { bodyLimit } from './http/body.js';
import { embedCors, originsOfEvent } from './http/cors.js';
import { HttpError, errorHandler } from './http/errors.js';
import { securityHeaders } from './http/security-headers.js';
import { authRoutes } from './routes/auth.js';
import { boothRoutes } from './routes/booth.js';
import { embedRoutes } from './routes/embed.js';
import { floorPlanRoutes } from './routes/floor-plan.js';
import { kioskRoutes } from './routes/kiosk.js';
import { orgRoutes } from './routes/org.js';
import { pagesRoutes } from './routes/pages.js';
import { pairRoutes } from './routes/pair.js';
import { publicRoutes } from './routes/public.js';
import { standRoutes } from './routes/stand.js';
import { tenantRoutes } from './routes/tenant.js';
import { IMPORT_TEMPLATE_PATH, templateRoutes } from './routes/templates.js';
import type { Services } from './services.js';

/** Largest JSON body any route accepts; CSV imports set their own, larger limit. */
export const JSON_BODY_LIMIT = 100 * 1024;

/**
 * The HTTP application: security headers, body limits, every route, one error handler.
 * Tests call `createApp(services).request(...)` without opening a port.
 * @param services database, write queue, live hub, configuration
 * @returns the Hono app
 * @example const res = await createApp(services).request('/api/health');
 */
export function createApp(services: Services): Hono {
  const app = new Hono();

  app.use(
    '*',
    securityHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
      // A route's own header wins (the floor-plan SVG's stricter CSP, routes/floor-plan.ts).
      overwrite: false,
    }),
  );
  const apiBodyLimit = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: () => {
      throw new HttpError(413, 'BODY_TOO_LARGE', `The request body is larger than ${JSON_BODY_LIMIT / 1024} KB.`);
    },
  });
  // The CSV import and the template import (routes/templates.ts) set their own, larger limits.
  app.use('/api/*', (c, next) =>
    /^\/api\/org\/events\/[^/]+\/(import|floor-plan-image)$/.test(c.req.path) || c.req.path === IMPORT_TEMPLATE_PATH ? next() : apiBodyLimit(c, next),
  );

  app.get('/api/health', (c) => c.json({ ok: true }));
  // Before the public routes, so that it wraps them (embeddable components, docs/components.md).
  app.use('/api/events/:eventId/public', embedCors(services, (s, c) => originsOfEvent(s, c.req.param('eventId') ?? '')));
  app.route('/api', publicRoutes(services));
  app.route('/api', standRoutes(services));
  app.route('/api', kioskRoutes(services));
  app.route('/api', pairRoutes(services));
  app.route('/api', boothRoutes(services));
  app.route('/api', authRoutes(services));
  app.route('/api', floorPlanRoutes(services));
  app.route('/api', orgRoutes(services));
  app.route('/api', templateRoutes(services));
  app.route('/', pagesRoutes(services));
  app.route('/api', tenantRoutes(services));
  app.route('/', embedRoutes(services));

  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `No route for ${c.req.method} ${c.req.path}.` } }, 404));
  app.onError(errorHandler(services.config.log));
  return app;
}
