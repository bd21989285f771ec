import { existsSync } from 'node:fs';
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

/** HTML pages (kiosk, phone, list, booth, organizer) and their hashed assets. */
export function pagesRoutes(services: Services): Hono {
  const app = new Hono();
  const root = resolveAssetsDir(services.config.assetsDir);
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
