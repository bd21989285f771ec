import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Hono, type Context } from 'hono';
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

/** Where the embed module comes from: a prebuilt folder, or the kiosk's source bundled on first request. */
export interface EmbedSource {
  /**
   * A production build (`@markt/kiosk`'s `dist/embed`, from `npm run build -w @markt/kiosk`): `embed.js`
   * and its content-hashed chunks in `embed/`, served as they are.
   */
  dir?: string;
  /** The kiosk's build script (`scripts/build-embed.mjs`), run in memory when there is no build: a checkout. */
  script?: string;
}

/** The newest modification time of the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

let resolved: EmbedSource | undefined;

/**
 * The embed module of the installed `@markt/kiosk`: its build (`dist/embed`), else, in a checkout, its source
 * bundled by its build script. A checkout whose source changed after the build uses the source, so that
 * development never serves a stale build. Resolved once per process.
 * @returns where /embed.js comes from (empty: neither a build nor the source)
 * @example const { dir } = resolveEmbedSource();
 */
export function resolveEmbedSource(): EmbedSource {
  if (resolved) return resolved;
  let kioskDir: string;
  try {
    kioskDir = dirname(createRequire(import.meta.url).resolve('@markt/kiosk/package.json'));
  } catch {
    return (resolved = {});
  }
  const dir = join(kioskDir, 'dist/embed');
  const script = join(kioskDir, 'scripts/build-embed.mjs');
  const built = existsSync(join(dir, 'embed.js')) ? statSync(join(dir, 'embed.js')).mtimeMs : 0;
  const hasSource = existsSync(script) && existsSync(join(kioskDir, 'src/embed/index.ts'));
  if (built && !(hasSource && newestMtime(join(kioskDir, 'src')) > built)) return (resolved = { dir });
  return (resolved = hasSource ? { script } : {});
}

const bundles = new Map<string, Promise<EmbedBundle>>();
const served = (body: string): EmbedFile => ({ body, etag: etagOf(body) });

/** What the kiosk's scripts/build-embed.mjs exports. */
interface EmbedBuildScript {
  bundleEmbed(options?: { write?: boolean }): Promise<{ entry: { text: string }; chunks: { name: string; text: string }[] }>;
}

async function build(source: EmbedSource): Promise<EmbedBundle> {
  if (source.dir) {
    const chunkDir = join(source.dir, 'embed');
    const names = existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.js')) : [];
    const [entry, ...chunks] = await Promise.all([
      readFile(join(source.dir, 'embed.js'), 'utf8'),
      ...names.map((name) => readFile(join(chunkDir, name), 'utf8')),
    ]);
    return { ...served(entry!), chunks: new Map(names.map((name, i) => [name, served(chunks[i]!)])) };
  }
  if (!source.script) {
    throw new HttpError(503, 'EMBED_NOT_BUILT', 'The embeddable components are not built: run "npm run build -w @markt/kiosk".');
  }
  // Only a source checkout gets here (development, tests before a build): the same bundle as the build, in memory.
  const { bundleEmbed } = (await import(pathToFileURL(source.script).href)) as EmbedBuildScript;
  const { entry, chunks } = await bundleEmbed({ write: false });
  return { ...served(entry.text), chunks: new Map(chunks.map((c) => [c.name, served(c.text)])) };
}

/**
 * The embed module, read (or built) once per source and kept in memory.
 * @param source where it comes from (default: the installed `@markt/kiosk`)
 * @returns the module text and its ETag, and its chunks by name
 * @example const { body, chunks } = await embedBundle();
 */
export function embedBundle(source: EmbedSource = resolveEmbedSource()): Promise<EmbedBundle> {
  const key = source.dir ? `dir:${source.dir}` : `script:${source.script ?? ''}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = build(source);
    bundles.set(key, bundle);
    // A failed build is tried again on the next request.
    bundle.catch(() => bundles.delete(key));
  }
  return bundle;
}

/** Answers with a file of the embed module: 304 when the client has it, else the JavaScript. */
function sendFile(c: Context, file: EmbedFile, cacheControl: string): Response {
  c.header('Cache-Control', cacheControl);
  c.header('ETag', file.etag);
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304);
  return c.body(file.body, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
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
  // A stable name: cached briefly, then revalidated with its ETag.
  app.get('/embed.js', async (c) => sendFile(c, await embedBundle(source), 'public, max-age=300, must-revalidate'));
  app.get('/embed/:chunk{[\\w-]+\\.js}', async (c) => {
    const chunk = (await embedBundle(source)).chunks.get(c.req.param('chunk'));
    if (!chunk) throw new HttpError(404, 'NOT_FOUND', 'No such part of /embed.js (it may have been rebuilt: reload the page).');
    // Content-hashed names: a new build gets new names, so a chunk never changes under its name.
    return sendFile(c, chunk, 'public, max-age=31536000, immutable');
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
