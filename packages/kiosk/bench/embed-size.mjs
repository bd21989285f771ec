// Gzip size of each embeddable component beyond Lit itself: bundles each component's entry with esbuild (the
// options of scripts/build-embed.mjs: minified, UTF-8; lit external), gzips each file (level 9) and writes the
// figures to bench/results/embed.json at the repository root. Per component:
// - `oneLanguageGzipBytes` (compared with the 12 KB budget): what a host page downloads to use the component
//   completely in one language. Split as /embed.js is: the entry with its static imports, plus every lazily
//   imported chunk it can need (the quiz's ranking with the SDK) except other languages' texts; each file
//   gzipped on its own and summed, as a browser fetches them; the largest over the seven visitor languages.
// - `initialGzipBytes`: the entry and its static imports (before any lazy import, texts included: none).
// - `gzipBytes`: one file with everything, all seven languages (what a bundler that does not split makes).
// - `sdkGzipBytes`: the part of the one-language figure that is @markt/sdk (with the SDK external, minus).
// Also measures the whole /embed.js (all five, Lit included) as scripts/build-embed.mjs builds it.
// Run: npm run bench -w @markt/kiosk
/* global console, process */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { embedEsbuildOptions } from '../scripts/build-embed.mjs';

const kioskDir = resolve(import.meta.dirname, '..');
const resultFile = resolve(kioskDir, '../../bench/results/embed.json');
/** Target from the issue: each component at most 12 KB gzip beyond Lit. */
const BUDGET_BYTES = 12 * 1024;
const components = ['offer-card', 'offer-list', 'quiz', 'event-map', 'stand-qr'];
const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'];
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'];
const gz = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

async function measure(entry, external) {
  const out = await build({ ...embedEsbuildOptions, entryPoints: [join(kioskDir, entry)], write: false, external });
  const code = out.outputFiles[0].contents;
  return { minifiedBytes: code.byteLength, gzipBytes: gz(code) };
}

/** The language a chunk holds texts of, when it holds only texts (src/embed/messages, src/i18n/quiz-items, src/i18n/offer-words). */
function languageOf(inputs) {
  const paths = Object.keys(inputs);
  const texts = paths.every((p) => /src\/(embed\/messages|i18n\/(quiz-items|offer-words))\//.test(p));
  if (!texts) return undefined;
  const names = new Set(paths.map((p) => basename(p, '.ts')));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Splits the entry as /embed.js is split and sums the gzipped files a page fetches: initially (the entry and
 * its static imports) and for one language (plus every lazy chunk except other languages' texts).
 */
async function measureSplit(entry, external) {
  const out = await build({
    ...embedEsbuildOptions,
    entryPoints: [join(kioskDir, entry)],
    splitting: true,
    write: false,
    outdir: join(kioskDir, 'bench/.out'),
    metafile: true,
    external,
  });
  const size = new Map(out.outputFiles.map((f) => [f.path, gz(f.contents)]));
  const outputs = out.metafile.outputs;
  const gzOf = (p) => size.get(resolve(kioskDir, p)) ?? size.get(resolve(p));
  const closure = (starts, lazy) => {
    const seen = new Set();
    const visit = (p) => {
      if (seen.has(p)) return;
      seen.add(p);
      for (const i of outputs[p].imports) {
        if (i.external) continue;
        if (i.kind === 'import-statement' || (lazy && lazy(i.path))) visit(i.path);
      }
    };
    starts.forEach(visit);
    return seen;
  };
  const sum = (files) => [...files].reduce((n, p) => n + gzOf(p), 0);
  const entryOut = Object.keys(outputs).find((p) => outputs[p].entryPoint?.endsWith(entry));
  const initial = closure([entryOut]);
  const perLocale = {};
  for (const locale of LOCALES) {
    const files = closure([entryOut], (p) => {
      const lang = languageOf(outputs[p].inputs);
      return lang === undefined || lang === locale;
    });
    perLocale[locale] = sum(files);
  }
  const worst = LOCALES.reduce((a, b) => (perLocale[b] > perLocale[a] ? b : a));
  return { initialGzipBytes: sum(initial), oneLanguageGzipBytes: perLocale[worst], worstLocale: worst, perLocale };
}

const results = {};
for (const name of components) {
  const entry = `src/embed/${name}/${name}.ts`;
  const split = await measureSplit(entry, LIT);
  // The same without the SDK functions the component calls (the quiz: match and scoreQuiz): the rest is the SDK's.
  const withoutSdk = await measureSplit(entry, [...LIT, '@markt/sdk']);
  results[`markt-${name}`] = {
    oneLanguageGzipBytes: split.oneLanguageGzipBytes,
    worstLocale: split.worstLocale,
    oneLanguageGzipBytesByLocale: split.perLocale,
    sdkGzipBytes: split.oneLanguageGzipBytes - withoutSdk.perLocale[split.worstLocale],
    initialGzipBytes: split.initialGzipBytes,
    ...(await measure(entry, LIT)),
  };
}
const all = await measure('src/embed/index.ts', LIT);
const embedJs = await measure('src/embed/index.ts', []);
// What /embed.js (scripts/build-embed.mjs) really sends first, and for one language: Lit included.
const embedJsSplit = await measureSplit('src/embed/index.ts', []);
const lit = await measure('bench/lit-only.ts', []);

const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  method:
    'esbuild (scripts/build-embed.mjs options: minify, es2022, charset utf8; lit external) of each component entry, split as /embed.js is; ' +
    'each output file gzipped at level 9 on its own, summed as a browser fetches them. oneLanguageGzipBytes (the budget figure): ' +
    'the entry with its static imports plus every lazily imported chunk except other languages\' texts (so the quiz\'s ranking and SDK ' +
    'are included), the largest over the seven visitor languages. initialGzipBytes: before any lazy import. gzipBytes: one unsplit file ' +
    'with all languages. sdkGzipBytes: the part of oneLanguageGzipBytes that is @markt/sdk.',
  budgetGzipBytes: BUDGET_BYTES,
  components: Object.fromEntries(
    Object.entries(results).map(([tag, r]) => [tag, { ...r, withinBudget: r.oneLanguageGzipBytes <= BUDGET_BYTES }]),
  ),
  allFiveBeyondLit: all,
  embedJsWithLit: embedJs,
  embedJsInitialGzipBytesWithLit: embedJsSplit.initialGzipBytes,
  embedJsOneLanguageGzipBytesWithLit: embedJsSplit.oneLanguageGzipBytes,
  litAlone: lit,
};
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(report, null, 2)}\n`);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
for (const [tag, r] of Object.entries(report.components)) {
  console.log(
    `${tag.padEnd(18)} ${kb(r.oneLanguageGzipBytes).padStart(8)} gzip in one language (${r.worstLocale}; SDK ${kb(r.sdkGzipBytes)}; initial ${kb(r.initialGzipBytes)}; all languages in one file ${kb(r.gzipBytes)})  ${r.withinBudget ? 'ok' : 'OVER BUDGET'}`,
  );
}
console.log(
  `${'all five'.padEnd(18)} ${kb(all.gzipBytes).padStart(8)} gzip beyond Lit; /embed.js with Lit ${kb(embedJs.gzipBytes)} (${kb(embedJsSplit.initialGzipBytes)} initial, ${kb(embedJsSplit.oneLanguageGzipBytes)} in one language); Lit alone ${kb(lit.gzipBytes)}`,
);
console.log(`written to ${resultFile}`);
if (Object.values(report.components).some((r) => !r.withinBudget)) process.exitCode = 1;
