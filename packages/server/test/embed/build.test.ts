/**
 * /embed.js from a production build of @markt/kiosk (scripts/build-embed.mjs, run for real into a temporary
 * folder): the server serves the built file and every chunk it loads, with JavaScript content types, ETags
 * (304 on revalidation) and cache headers: short for /embed.js, immutable for the content-hashed chunks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../src/http/errors.js';
import { embedBundle, embedRoutes, type EmbedSource } from '../../src/routes/embed.js';
import { testServices, type TestServices } from '../helpers.js';

const kioskScript = new URL('../../../kiosk/scripts/build-embed.mjs', import.meta.url);

let dir: string;
let services: TestServices;
let app: Hono;

/** The app with the embed routes over `source`, as the server mounts them. */
function appOver(source: EmbedSource): Hono {
  const hono = new Hono();
  hono.route('/', embedRoutes(services, source));
  hono.onError(errorHandler(() => {}));
  return hono;
}

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

/** The chunk names a module imports, statically or lazily (`./embed/x.js` from /embed.js, `./x.js` from a chunk). */
const importsOf = (code: string) => [...code.matchAll(/["']\.\/(?:embed\/)?([\w-]+\.js)["']/g)].map((m) => m[1]!);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'markt-embed-build-'));
  execFileSync(process.execPath, [kioskScript.pathname, dir], { stdio: 'pipe' });
  services = await testServices();
  app = appOver({ dir });
}, 60_000);
afterAll(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('/embed.js from a build', () => {
  it('serves the built embed.js as it is, self-contained, with an ETag, a short cache and 304 on revalidation', async () => {
    const res = await get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const body = await res.text();
    expect(body).toBe(readFileSync(join(dir, 'embed.js'), 'utf8'));
    for (const tag of ['markt-offer-list', 'markt-offer-card', 'markt-quiz', 'markt-event-map', 'markt-stand-qr']) expect(body).toContain(tag);
    // Lit bundled in: no bare import left for the browser to fail on.
    expect(body).not.toMatch(/from\s*["'](lit|@markt\/sdk)/);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/embed.js', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves every chunk embed.js loads, and the chunks those load, from the build: immutable, with ETag and 304', async () => {
    const built = readdirSync(join(dir, 'embed')).sort();
    const seen = new Set<string>();
    const queue = importsOf(readFileSync(join(dir, 'embed.js'), 'utf8'));
    expect(queue.length).toBeGreaterThan(3);
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      expect(name).toMatch(/-[A-Z0-9]{8}\.js$/);
      const res = await get(`/embed/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const body = await res.text();
      expect(body).toBe(readFileSync(join(dir, 'embed', name), 'utf8'));
      expect((await get(`/embed/${name}`, { 'if-none-match': res.headers.get('etag')! })).status).toBe(304);
      queue.push(...importsOf(body));
    }
    // Every built chunk is reachable from embed.js (the languages, the quiz's ranking), and all are served.
    expect([...seen].sort()).toEqual(built);
  });

  it('answers 404 for a chunk the build does not have', async () => {
    const res = await get('/embed/de-AAAAAAAA.js');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('keeps the build in memory: a second request does not read the folder again', async () => {
    const first = await embedBundle({ dir });
    expect(await embedBundle({ dir })).toBe(first);
    expect(first.chunks.size).toBe(readdirSync(join(dir, 'embed')).length);
  });
});

describe('/embed.js without a build', () => {
  it('answers 503 EMBED_NOT_BUILT when there is neither a build nor the source', async () => {
    const res = await appOver({}).request('/embed.js');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('EMBED_NOT_BUILT');
  });

  it('bundles the source in memory with the same build script, chunks included', async () => {
    const fromSource = appOver({ script: kioskScript.pathname });
    const res = await fromSource.request('/embed.js');
    expect(res.status).toBe(200);
    const names = importsOf(await res.text());
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect((await fromSource.request(`/embed/${name}`)).status, name).toBe(200);
  }, 60_000);
});
