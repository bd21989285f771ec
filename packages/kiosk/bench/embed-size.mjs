// Gzip size of each embeddable component beyond Lit itself: bundles each component's entry with esbuild
// (minified, lit external), gzips it (level 9) and writes the figures to bench/results/embed.json at the
// repository root. `gzipBytes` is one file with everything (lazily loaded languages and the quiz's SDK
// included: what /embed.js carries); `initialGzipBytes` is what a page loads before any lazy import when a
// bundler splits code (the entry and the chunks it imports statically). Also measures the whole /embed.js
// (all five, Lit included) for reference.
// Run: npm run bench -w @markt/kiosk
/* global console, process */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const kioskDir = resolve(import.meta.dirname, '..');
const resultFile = resolve(kioskDir, '../../bench/results/embed.json');
/** Target from the issue: each component at most 12 KB gzip beyond Lit. */
const BUDGET_BYTES = 12 * 1024;
const components = ['offer-card', 'offer-list', 'quiz', 'event-map', 'stand-qr'];
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'];

async function measure(entry, external) {
  const out = await build({
    entryPoints: [join(kioskDir, entry)],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    tsconfig: join(kioskDir, 'tsconfig.json'),
    external,
  });
  const code = out.outputFiles[0].contents;
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** The entry chunk plus every chunk it imports statically, gzipped each (as a browser fetches them). */
async function measureInitial(entry, external) {
  const out = await build({
    entryPoints: [join(kioskDir, entry)],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    write: false,
    outdir: join(kioskDir, 'bench/.out'),
    metafile: true,
    legalComments: 'none',
    tsconfig: join(kioskDir, 'tsconfig.json'),
    external,
  });
  const files = new Map(out.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = out.metafile.outputs;
  const abs = (p) => resolve(kioskDir, '../..', p);
  const entryOut = Object.keys(outputs).find((p) => outputs[p].entryPoint?.endsWith(entry));
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const i of outputs[p].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entryOut);
  let gzipBytes = 0;
  for (const p of seen) gzipBytes += gzipSync(files.get(abs(p)) ?? files.get(resolve(p)), { level: 9 }).byteLength;
  return gzipBytes;
}

const results = {};
for (const name of components) {
  const entry = `src/embed/${name}/${name}.ts`;
  // What the component's own code and messages weigh, without the SDK functions it calls (match, quiz items).
  const ownOnly = await measure(entry, [...LIT, '@markt/sdk']);
  results[`markt-${name}`] = { ...(await measure(entry, LIT)), gzipBytesWithoutSdk: ownOnly.gzipBytes, initialGzipBytes: await measureInitial(entry, LIT) };
}
const all = await measure('src/embed/index.ts', LIT);
const embedJs = await measure('src/embed/index.ts', []);
// What /embed.js really sends first: the server splits it the same way (lazy parts under /embed/).
const embedJsInitial = await measureInitial('src/embed/index.ts', []);
const lit = await measure('bench/lit-only.ts', []);

const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  method: 'esbuild bundle (minify, es2022, lit external) of each component entry, gzip level 9',
  budgetGzipBytes: BUDGET_BYTES,
  components: Object.fromEntries(
    Object.entries(results).map(([tag, r]) => [tag, { ...r, withinBudget: r.gzipBytes <= BUDGET_BYTES }]),
  ),
  allFiveBeyondLit: all,
  embedJsWithLit: embedJs,
  embedJsInitialGzipBytesWithLit: embedJsInitial,
  litAlone: lit,
};
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(report, null, 2)}\n`);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
for (const [tag, r] of Object.entries(report.components)) {
  console.log(
    `${tag.padEnd(18)} ${kb(r.gzipBytes).padStart(8)} gzip  (${kb(r.minifiedBytes)} min; ${kb(r.gzipBytesWithoutSdk)} without @markt/sdk; initial load ${kb(r.initialGzipBytes)})  ${r.withinBudget ? 'ok' : 'OVER BUDGET'}`,
  );
}
console.log(`${'all five'.padEnd(18)} ${kb(all.gzipBytes).padStart(8)} gzip beyond Lit; /embed.js with Lit ${kb(embedJs.gzipBytes)} (${kb(embedJsInitial)} before lazy parts); Lit alone ${kb(lit.gzipBytes)}`);
console.log(`written to ${resultFile}`);
if (Object.values(report.components).some((r) => !r.withinBudget)) process.exitCode = 1;
