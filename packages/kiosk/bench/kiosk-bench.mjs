// The kiosk's figures from issue 5, written to bench/results/kiosk.json at the repository root:
// - initial_js_gzip_bytes: the JavaScript /kiosk loads before the first interaction: the built kiosk.html's
//   module entry and modulepreloads and every module they import statically (not `import()`), each gzipped (level 9);
// - phone_initial_js_gzip_bytes, list_initial_js_gzip_bytes: the same for the visitor's phone pages (phone.html:
//   a stand's page after a QR scan; list.html: the take-home list), which must load on a weak signal (≤ 30 KB);
// - time_to_interactive_ms: navigation start → the attract button is rendered and answers a click (the language
//   screen appears), headless Chromium with 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), cold cache,
//   against the built pages served by the real server with the demo fair; median of 5;
// - quiz_to_results_ms: an event of 2,000 offers (the demo's offers repeated with new ids); after the quiz, the
//   time from the visitor's last answer (the touch that ends the questions) to the results list in the DOM and
//   laid out, measured in the page; median of 5, without and with 4× CPU throttling.
// Run: npm run bench -w @markt/kiosk (or node bench/kiosk-bench.mjs)
/* global console, document, fetch, performance, requestAnimationFrame */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPages, cleanUp, kioskDir, launchChromium, startMarkt } from './kiosk-setup.mjs';

const RUNS = 5;
const OFFERS = 2000;
const resultFile = resolve(kioskDir, '../../bench/results/kiosk.json');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The JS files a built page (`kiosk.html`, …) loads before the first interaction, with their gzip sizes. */
function initialJs(appDir, page) {
  const html = readFileSync(join(appDir, page), 'utf8');
  const roots = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const seen = new Map();
  const visit = (url) => {
    const file = join(appDir, url);
    if (seen.has(file)) return;
    const code = readFileSync(file);
    seen.set(file, gzipSync(code, { level: 9 }).length);
    // Static imports only: `import … from"./x.js"` and `import"./x.js"`; `import("./x.js")` loads later.
    for (const m of code.toString('utf8').matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(url), m[1]));
  };
  roots.forEach(visit);
  return { bytes: [...seen.values()].reduce((a, b) => a + b, 0), files: Object.fromEntries([...seen].map(([f, n]) => [f.slice(appDir.length + 1), n])) };
}

async function throttled(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Navigation start → the language screen shown after a click on the attract button (ms). */
async function timeToInteractive(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await throttled(page, 4);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('markt-kiosk .attract').click();
  const at = await page.evaluate(
    () =>
      new Promise((done) => {
        const check = () => (document.querySelector('markt-kiosk')?.shadowRoot?.querySelector('[data-locale]') ? done(performance.now()) : requestAnimationFrame(check));
        check();
      }),
  );
  await context.close();
  return at;
}

/** The demo's public data with its offers repeated (new ids) up to `count`. */
async function bigEvent(url, eventId, count) {
  const data = await (await fetch(`${url}/api/events/${eventId}/public`)).json();
  const base = data.offers;
  const offers = [];
  for (let i = 0; offers.length < count; i += 1) {
    const offer = base[i % base.length];
    offers.push(i < base.length ? offer : { ...offer, id: `${offer.id}-x${Math.floor(i / base.length)}` });
  }
  return { ...data, offers };
}

/** After the whole quiz: the visitor's last touch → the results list in the DOM and laid out (ms, in the page). */
async function quizToResults(browser, url, data, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route('**/api/events/*/public', (route) => route.fulfill({ json: data }));
  await page.goto(url);
  await page.locator('markt-kiosk .attract').click();
  await page.locator('markt-kiosk [data-locale="de"]').click();
  for (let i = 0; (await page.locator('markt-kiosk [data-answer]').count()) > 0; i += 1) {
    await page.locator(`markt-kiosk [data-answer="${[4, 3, 1, 0, 2][i % 5]}"]`).click();
  }
  await page.locator('markt-kiosk [data-to-results]').waitFor();
  if (rate > 1) await throttled(page, rate);
  const ms = await page.evaluate(async () => {
    const kiosk = document.querySelector('markt-kiosk');
    const button = kiosk.shadowRoot.querySelector('[data-to-results]');
    const start = performance.now();
    button.click();
    await kiosk.updateComplete;
    const first = kiosk.shadowRoot.querySelector('ul.offers li');
    if (!first) throw new Error('no results rendered');
    first.getBoundingClientRect();
    return performance.now() - start;
  });
  const count = await page.locator('markt-kiosk ul.offers > li').count();
  await context.close();
  return { ms, count };
}

const appDir = buildPages();
const markt = await startMarkt({ assetsDir: appDir });
const browser = await launchChromium();
try {
  const size = initialJs(appDir, 'kiosk.html');
  const phone = initialJs(appDir, 'phone.html');
  const list = initialJs(appDir, 'list.html');
  for (const [name, s] of [['/kiosk', size], ['a stand\'s phone page', phone], ['the take-home list', list]]) {
    console.log(`initial JS of ${name}: ${s.bytes} bytes gzip (${(s.bytes / 1024).toFixed(1)} KB) in ${Object.keys(s.files).length} files`);
  }
  const kioskUrl = `${markt.url}/kiosk?event=${markt.eventId}`;
  await timeToInteractive(browser, kioskUrl); // warm the server and the OS file cache, not measured
  const tti = [];
  for (let i = 0; i < RUNS; i += 1) tti.push(await timeToInteractive(browser, kioskUrl));
  console.log(`time to interactive (4× CPU): ${tti.map((t) => t.toFixed(0)).join(', ')} ms → median ${median(tti).toFixed(0)} ms`);
  const data = await bigEvent(markt.url, markt.eventId, OFFERS);
  const plain = [];
  const slow = [];
  let shown = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const run = await quizToResults(browser, kioskUrl, data, 1);
    plain.push(run.ms);
    shown = run.count;
    slow.push((await quizToResults(browser, kioskUrl, data, 4)).ms);
  }
  console.log(`quiz → results, ${OFFERS} offers: ${plain.map((t) => t.toFixed(1)).join(', ')} ms → median ${median(plain).toFixed(1)} ms (4× CPU: median ${median(slow).toFixed(1)} ms); ${shown} offers listed`);
  const result = {
    initial_js_gzip_bytes: size.bytes,
    initial_js_files: size.files,
    phone_initial_js_gzip_bytes: phone.bytes,
    list_initial_js_gzip_bytes: list.bytes,
    time_to_interactive_ms: Math.round(median(tti)),
    time_to_interactive_runs_ms: tti.map(Math.round),
    quiz_to_results_ms: Number(median(plain).toFixed(1)),
    quiz_to_results_ms_cpu4x: Number(median(slow).toFixed(1)),
    quiz_to_results_offers: OFFERS,
    targets: { initial_js_gzip_bytes: 50 * 1024, phone_initial_js_gzip_bytes: 30 * 1024, list_initial_js_gzip_bytes: 30 * 1024, time_to_interactive_ms: 1500, quiz_to_results_ms: 100 },
    method: 'node packages/kiosk/bench/kiosk-bench.mjs: vite build, real @markt/server with a temp SQLite DB and the demo fair, Chromium headless (playwright-core), medians of 5',
    measured_at: new Date().toISOString(),
  };
  mkdirSync(dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${resultFile}`);
} finally {
  await browser.close();
  await markt.server.close();
  cleanUp(markt.dir);
  cleanUp(appDir);
}
