// Production build of `/embed.js`: the five embeddable components in one ES module with Lit bundled in,
// minified, split so that each visitor language and the quiz's ranking are chunks of their own that load
// when needed. Writes dist/embed/embed.js (stable name: the server serves it as /embed.js with a short cache)
// and dist/embed/embed/<name>-<hash>.js (content-hashed: cached for good as /embed/<name>-<hash>.js),
// plus dist/embed/meta.json (which file is which, for the server and the size bench).
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
 * Builds /embed.js and its chunks into `outDir` (emptied first).
 * @param {string} outDir where to write (default dist/embed)
 * @returns {Promise<{ entry: string, chunks: string[] }>} the files written, relative to outDir
 */
export async function buildEmbed(outDir = join(kioskDir, 'dist/embed')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const out = await build({
    ...embedEsbuildOptions,
    entryPoints: { embed: join(kioskDir, 'src/embed/index.ts') },
    splitting: true,
    outdir: outDir,
    // The chunks live in /embed/ next to /embed.js on the server: `import("./embed/de-3FJ2K.js")` from /embed.js.
    chunkNames: 'embed/[name]-[hash]',
    metafile: true,
    write: true,
  });
  const files = Object.keys(out.metafile.outputs).map((p) => relative(outDir, resolve(p)).replace(/\\/g, '/'));
  const entry = files.find((f) => f === 'embed.js');
  if (!entry) throw new Error('esbuild wrote no embed.js');
  const chunks = files.filter((f) => f !== entry).map((f) => f.replace(/^embed\//, '')).sort();
  writeFileSync(join(outDir, 'meta.json'), `${JSON.stringify({ entry, chunkDir: 'embed', chunks }, null, 2)}\n`);
  return { entry, chunks };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chunks } = await buildEmbed();
  console.log(`dist/embed/embed.js and ${chunks.length} chunks in dist/embed/embed/`);
}
