// Gzip size of each embeddable component beyond Lit itself: bundles each component's entry with esbuild
// (minified, lit external), gzips it (level 9) and writes the figures to bench/results/embed.json at the
// repository root. Also measures the whole /embed.js (all five, Lit included) for reference.
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

const results = {};
for (const name of components) {
  const entry = `src/embed/${name}/${name}.ts`;
  // What the component's own code and messages weigh, without the SDK functions it calls (match, quiz items).
  const ownOnly = await measure(entry, [...LIT, '@markt/sdk']);
  results[`markt-${name}`] = { ...(await measure(entry, LIT)), gzipBytesWithoutSdk: ownOnly.gzipBytes };
}
const all = await measure('src/embed/index.ts', LIT);
const embedJs = await measure('src/embed/index.ts', []);
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
  litAlone: lit,
};
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(report, null, 2)}\n`);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
for (const [tag, r] of Object.entries(report.components)) {
  console.log(
    `${tag.padEnd(18)} ${kb(r.gzipBytes).padStart(8)} gzip  (${kb(r.minifiedBytes)} min; ${kb(r.gzipBytesWithoutSdk)} without @markt/sdk)  ${r.withinBudget ? 'ok' : 'OVER BUDGET'}`,
  );
}
console.log(`${'all five'.padEnd(18)} ${kb(all.gzipBytes).padStart(8)} gzip beyond Lit; /embed.js with Lit ${kb(embedJs.gzipBytes)}; Lit alone ${kb(lit.gzipBytes)}`);
console.log(`written to ${resultFile}`);
if (Object.values(report.components).some((r) => !r.withinBudget)) process.exitCode = 1;
