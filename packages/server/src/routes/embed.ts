import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { embedCors, originsOfAnyTenant } from '../http/cors.js';
import { HttpError } from '../http/errors.js';
import type { Services } from '../services.js';

/** One served file of the embed module: its text and ETag. */
export interface EmbedFile {
  body: string;
  etag: string;
}

/** The `/embed.js` module, and the chunks it loads lazily (`/embed/<name>.js`: languages, the quiz's ranking). */
export interface EmbedBundle extends EmbedFile {
  chunks: ReadonlyMap<string, EmbedFile>;
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Where the embed module comes from: a prebuilt file, or the kiosk's source bundled on first request. */
export interface EmbedSource {
  /** A ready ES module (`@markt/kiosk`'s `dist/embed/embed.js`), served as it is. */
  file?: string;
  /** An entry to bundle with esbuild (lit included), when no prebuilt file exists. */
  entry?: string;
  tsconfig?: string;
}

/** The embed module of the installed `@markt/kiosk`: `dist/embed/embed.js`, else `src/embed/index.ts` in a checkout. */
export function resolveEmbedSource(): EmbedSource {
  let kioskDir: string;
  try {
    kioskDir = dirname(createRequire(import.meta.url).resolve('@markt/kiosk/package.json'));
  } catch {
    return {};
  }
  const file = join(kioskDir, 'dist/embed/embed.js');
  if (existsSync(file)) return { file };
  const entry = join(kioskDir, 'src/embed/index.ts');
  if (existsSync(entry)) return { entry, tsconfig: join(kioskDir, 'tsconfig.json') };
  return {};
}

const bundles = new Map<string, Promise<EmbedBundle>>();

async function build(source: EmbedSource): Promise<EmbedBundle> {
  if (source.file) {
    const body = await readFile(source.file, 'utf8');
    return { body, etag: etagOf(body), chunks: new Map() };
  }
  if (!source.entry) {
    throw new HttpError(503, 'EMBED_NOT_BUILT', 'The embeddable components are not built: run "npm run build -w @markt/kiosk".');
  }
  // Only a source checkout gets here (development, tests): esbuild comes with the kiosk's dev tools.
  // Split: the entry is /embed.js, lazily loaded parts are /embed/<name>-<hash>.js next to it.
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: { embed: source.entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    write: false,
    outdir: '/embed-out',
    chunkNames: 'embed/[name]-[hash]',
    legalComments: 'none',
    ...(source.tsconfig ? { tsconfig: source.tsconfig } : {}),
  });
  let entry: EmbedFile | undefined;
  const chunks = new Map<string, EmbedFile>();
  for (const file of out.outputFiles) {
    const name = file.path.replace(/\\/g, '/').replace(/^.*\/embed-out\//, '');
    const served = { body: file.text, etag: etagOf(file.text) };
    if (name === 'embed.js') entry = served;
    else chunks.set(name.replace(/^embed\//, ''), served);
  }
  if (!entry) throw new Error('esbuild wrote no embed.js');
  return { ...entry, chunks };
}

/**
 * The embed module, built once per source and kept in memory.
 * @param source where it comes from (default: the installed `@markt/kiosk`)
 * @returns the module text and its ETag
 * @example const { body } = await embedBundle();
 */
export function embedBundle(source: EmbedSource = resolveEmbedSource()): Promise<EmbedBundle> {
  const key = source.file ?? source.entry ?? '';
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = build(source);
    bundles.set(key, bundle);
    // A failed build is tried again on the next request.
    bundle.catch(() => bundles.delete(key));
  }
  return bundle;
}

/**
 * `GET /embed.js`: the ES module that registers `<markt-offer-list>`, `<markt-offer-card>`, `<markt-quiz>`,
 * `<markt-event-map>` and `<markt-stand-qr>` on a provider's website. Readable cross-origin only by the
 * origins that some tenant lists (CORS).
 * @param services the server services
 * @param source where the module comes from (tests may pass their own)
 * @returns routes to mount at `/`
 * @example app.route('/', embedRoutes(services));
 */
export function embedRoutes(services: Services, source?: EmbedSource): Hono {
  const app = new Hono();
  const cors = embedCors(services, (s) => originsOfAnyTenant(s));
  app.use('/embed.js', cors);
  app.use('/embed/*', cors);
  app.get('/embed.js', async (c) => {
    const { body, etag } = await embedBundle(source);
    c.header('Cache-Control', 'public, max-age=300, must-revalidate');
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.body(body, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/embed/:chunk{[\\w-]+\\.js}', async (c) => {
    const chunk = (await embedBundle(source)).chunks.get(c.req.param('chunk'));
    if (!chunk) throw new HttpError(404, 'NOT_FOUND', 'No such part of /embed.js (it may have been rebuilt: reload the page).');
    // Content-hashed names: a new build gets new names.
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(chunk.body, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  // The example provider page (examples/provider-website), when the server runs from a checkout: the same
  // origin as /embed.js, so it works without listing an origin. Real provider pages live on their own sites.
  const example = new URL('../../../../examples/provider-website/index.html', import.meta.url);
  app.get('/embed/example', async (c) => {
    if (!existsSync(example)) throw new HttpError(404, 'NOT_FOUND', 'The example page is only served from a markt checkout.');
    return c.html(await readFile(example, 'utf8'));
  });
  return app;
}
