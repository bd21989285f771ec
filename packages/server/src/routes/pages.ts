import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Services } from '../services.js';

/** The built kiosk pages: MARKT_ASSETS_DIR, else `@markt/kiosk`'s dist/app, else none. */
export function resolveAssetsDir(configured: string | undefined): string | undefined {
  if (configured) return configured;
  try {
    const kioskPackage = createRequire(import.meta.url).resolve('@markt/kiosk/package.json');
    const dir = join(dirname(kioskPackage), 'dist/app');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The favicon when the built pages bring none (the same as packages/kiosk/pages/public/favicon.svg). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>markt</title><rect width="32" height="32" rx="6" fill="#0b57d0"/>' +
  '<path d="M5 14 8 7h16l3 7z" fill="#fff"/><path d="M8 16h16v10H8z" fill="#fff" opacity=".8"/><path d="M13 26v-6h6v6z" fill="#0b57d0"/></svg>\n';

/**
 * HTML pages (kiosk, phone, list, booth, organizer), their hashed assets and the favicon: `/favicon.svg`
 * (the built one, else {@link FAVICON_SVG}); `/favicon.ico`, which browsers ask for on their own, answers
 * 204 so that no 404 is logged.
 * @param services the server services (`config.assetsDir`)
 * @returns the routes, mounted at `/`
 * @example app.route('/', pagesRoutes(services));
 */
export function pagesRoutes(services: Services): Hono {
  const app = new Hono();
  const root = resolveAssetsDir(services.config.assetsDir);
  const builtIcon = root && existsSync(join(root, 'favicon.svg')) ? readFileSync(join(root, 'favicon.svg'), 'utf8') : undefined;
  app.get('/favicon.svg', (c) =>
    c.body(builtIcon ?? FAVICON_SVG, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' }),
  );
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' }));
  if (!root) return app;

  const page = (file: string) => serveStatic({ path: join(root, file) });
  // Hashed file names: cache for a year. Pages themselves are revalidated.
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.get('/assets/*', serveStatic({ root, rewriteRequestPath: (path) => path.replace(/^\/assets/, '/assets') }));
  app.get('/', page('index.html'));
  app.get('/kiosk', page('kiosk.html'));
  app.get('/booth', page('booth.html'));
  app.get('/organizer', page('organizer.html'));
  app.get('/organizer/*', page('organizer.html'));
  // Capability URLs: the token in the path must never leak through the Referer header.
  app.use('/s/*', async (c, next) => {
    await next();
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.get('/s/:token', page('phone.html'));
  app.get('/list', page('list.html'));
  return app;
}
