// Production build of `/embed.js`: the five embeddable components in one ES module with Lit bundled in,
// minified, split so that each visitor language and the quiz's ranking are chunks of their own that load
// when needed. Writes dist/embed/embed.js (stable name: the server serves it as /embed.js with a short cache)
// and dist/embed/embed/<name>-<hash>.js (content-hashed: cached for good as /embed/<name>-<hash>.js).
// Run: npm run build -w @markt/kiosk (after tsc and vite), or node scripts/build-embed.mjs
/* global console, process */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const kioskDir = resolve(import.meta.dirname, '..');

/**
 * The esbuild options every embed bundle shares (this build and bench/embed-size.mjs): an ES module for
 * browsers, minified, UTF-8 text (served as `charset=utf-8`), no license comments.
 */
export const embedEsbuildOptions = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'none',
  tsconfig: join(kioskDir, 'tsconfig.json'),
};

/**
 * Bundles /embed.js and its chunks. In memory (`write: false`: the markt server does this from a checkout
 * without a build) or into `outDir`.
 * @param {{ outDir?: string, write?: boolean }} options where the files go (default dist/embed), and whether to write them
 * @returns {Promise<{ entry: { name: string, text: string }, chunks: { name: string, text: string }[] }>}
 *   the entry (`embed.js`) and the chunks by their name under /embed/ (`de-3FJ2KQ.js`)
 */
export async function bundleEmbed({ outDir = join(kioskDir, 'dist/embed'), write = false } = {}) {
  const out = await build({
    ...embedEsbuildOptions,
    entryPoints: { embed: join(kioskDir, 'src/embed/index.ts') },
    splitting: true,
    outdir: outDir,
    // The chunks live in /embed/ next to /embed.js on the server: `import("./embed/de-3FJ2KQ.js")` from /embed.js.
    chunkNames: 'embed/[name]-[hash]',
    write: false,
  });
  const files = out.outputFiles.map((f) => ({ path: f.path, name: relative(outDir, f.path).replace(/\\/g, '/'), text: f.text }));
  const entry = files.find((f) => f.name === 'embed.js');
  if (!entry) throw new Error('esbuild wrote no embed.js');
  const chunks = files.filter((f) => f !== entry).map((f) => ({ ...f, name: f.name.replace(/^embed\//, '') }));
  if (write) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, 'embed'), { recursive: true });
    for (const f of files) writeFileSync(f.path, f.text);
  }
  return { entry: { name: entry.name, text: entry.text }, chunks: chunks.map(({ name, text }) => ({ name, text })) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // An optional argument writes somewhere else than dist/embed (the server's tests build into a temporary folder).
  const outDir = process.argv[2] ? resolve(process.argv[2]) : join(kioskDir, 'dist/embed');
  const { chunks } = await bundleEmbed({ outDir, write: true });
  console.log(`${relative(process.cwd(), outDir) || '.'}/embed.js and ${chunks.length} chunks in ${relative(process.cwd(), join(outDir, 'embed')) || '.'}/`);
}
