// Screenshots of the embeddable components for docs/components.md (docs/screenshots/embed-*.png): starts the
// REAL markt server from source (tsx) on 127.0.0.1:0 with a temporary SQLite file and the demo fair, opens the
// example provider page (examples/provider-website, served by the server at /embed/example, pointed at this
// server) in headless Chromium and photographs each component.
// Run: node bench/embed-screenshots.mjs
/* global console, process, URL */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright';

const root = new URL('../../../', import.meta.url);
const outDir = new URL('docs/screenshots/', root);
const script = `
  import { mkdtempSync, rmSync } from 'node:fs';
  import { tmpdir } from 'node:os';
  import { join } from 'node:path';
  import { loadConfig } from './src/config.ts';
  import { startServer } from './src/server.ts';
  import { seedDemo } from './src/seed.ts';
  const dir = mkdtempSync(join(tmpdir(), 'markt-shots-'));
  const server = await startServer(loadConfig({}, { host: '127.0.0.1', port: 0, dbUrl: 'file:' + join(dir, 'markt.db'), log: () => {} }));
  await seedDemo(server.services);
  console.log(JSON.stringify({ url: server.url }));
  process.on('SIGTERM', async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); process.exit(0); });
`;
const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
  cwd: new URL('packages/server/', root),
  stdio: ['ignore', 'pipe', 'inherit'],
});
const { url } = JSON.parse(await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve)));

const browser = await chromium.launch({ executablePath: process.env.MARKT_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 900 }, deviceScaleFactor: 1 });
  const html = readFileSync(new URL('examples/provider-website/index.html', root), 'utf8').replaceAll('http://127.0.0.1:8787', url);
  await page.route(`${url}/embed/example`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${url}/embed/example`);
  await page.locator('markt-offer-list').locator('markt-offer-card').first().waitFor();
  await page.locator('markt-event-map').locator('[part~="stand"]').first().waitFor();
  mkdirSync(outDir, { recursive: true });
  const shot = async (name, locator) => {
    await locator.screenshot({ path: new URL(`embed-${name}.png`, outDir).pathname, animations: 'disabled' });
    console.log(`docs/screenshots/embed-${name}.png`);
  };
  await shot('offer-list', page.locator('markt-offer-list'));
  await shot('offer-card', page.locator('markt-offer-list').locator('markt-offer-card').first());
  await page.locator('markt-quiz').locator('[part~="start"]').click();
  await page.locator('markt-quiz').locator('[part~="answer"]').nth(3).click();
  await shot('quiz', page.locator('markt-quiz'));
  for (let i = 0; i < 5; i += 1) await page.locator('markt-quiz').locator('[part~="answer"]').nth(i % 2 ? 4 : 1).click();
  await page.locator('markt-quiz').locator('[part~="results"]').waitFor();
  await shot('quiz-results', page.locator('markt-quiz'));
  await shot('event-map', page.locator('markt-event-map'));
  await shot('stand-qr', page.locator('markt-stand-qr'));
  await page.screenshot({ path: new URL('embed-provider-website.png', outDir).pathname, fullPage: false });
  console.log('docs/screenshots/embed-provider-website.png');
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
