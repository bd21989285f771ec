// The organizer's live dashboard in Debian's Chromium against the real server (startServer on 127.0.0.1:0,
// a temporary SQLite file, the BUILT pages of @markt/kiosk, real socket.io): log in, open the event's Live
// tab, record a visit the way a phone does (POST /api/stand/<token>/visits), and measure how long the visit
// counter takes to show it. Issue 7: within one second.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, seedDemo, standTokenOf, startServer, type RunningServer } from '../../src/index.js';
import { smallFair } from '../fixtures.js';

const CHROMIUM = process.env.MARKT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const require = createRequire(import.meta.url);
const APP_DIR = join(dirname(require.resolve('@markt/kiosk/package.json')), 'dist/app');

/** The visit counter's value, found through the open shadow roots (-1 while it is not rendered). */
const VISITS = `(() => {
  const find = (root) => {
    const hit = root.querySelector('[data-counter="visits"] dd');
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const dd = find(document);
  return dd ? Number(dd.textContent.trim()) : -1;
})()`;

let dir: string;
let server: RunningServer;
let browser: Browser;
let eventId: string;
let standToken: string;
let login: { email: string; password: string };

beforeAll(async () => {
  if (!existsSync(join(APP_DIR, 'organizer.html'))) {
    throw new Error(`The built pages are missing in ${APP_DIR}: run "npm run build -w @markt/kiosk" first.`);
  }
  dir = mkdtempSync(join(tmpdir(), 'markt-live-browser-'));
  // A copy of the built pages: a rebuild of @markt/kiosk during the run (it empties dist/app) cannot break a reload.
  const assetsDir = join(dir, 'app');
  cpSync(APP_DIR, assetsDir, { recursive: true });
  server = await startServer(loadConfig({}, { port: 0, host: '127.0.0.1', dbUrl: `file:${join(dir, 'markt.db')}`, assetsDir, log: () => {} }));
  const seed = await seedDemo(server.services, smallFair());
  eventId = seed.eventId!;
  login = { email: seed.email, password: seed.password };
  standToken = (await standTokenOf(server.services, eventId, 'st-1'))!;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A visit as the phone page records it: over HTTP, with the stand's QR token. */
async function phoneVisit(n: number): Promise<number> {
  const res = await fetch(`${server.url}/api/stand/${standToken}/visits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId: `live-phone-${n}`.padEnd(20, 'x'), idempotencyKey: `live-visit-${n}`.padEnd(20, 'x') }),
  });
  expect(res.status).toBe(201);
  return n;
}

async function visits(page: Page): Promise<number> {
  return Number(await page.evaluate(VISITS));
}

describe('organizer live dashboard in Chromium against the real server', () => {
  it('shows a visit made on a phone within one second', async () => {
    // The pages' CSP (script-src 'self') would refuse Playwright's string predicates used to time the counter.
    const context = await browser.newContext({ baseURL: server.url, locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto('/organizer');
      await page.locator('markt-login-form #email').fill(login.email);
      await page.locator('markt-login-form #password').fill(login.password);
      await page.locator('markt-login-form button[type="submit"]').click();
      await page.locator('markt-organizer-app button.open').first().click();
      await page.locator('markt-organizer-app #tab-live').click();
      await page.locator('markt-live-dashboard p.state-online').waitFor({ timeout: 10_000 });
      // Whatever the sync replays has arrived when the counter holds still for a moment.
      let before = await visits(page);
      await expect.poll(async () => {
        const now = await visits(page);
        const stable = now === before && now >= 0;
        before = now;
        return stable;
      }, { interval: 300, timeout: 5_000 }).toBe(true);

      const latencies: number[] = [];
      for (let n = 1; n <= 3; n++) {
        const shown = page.waitForFunction(`${VISITS} >= ${before + n} ? Date.now() : 0`, undefined, { polling: 'raf', timeout: 5_000 });
        const sentAt = Date.now();
        await phoneVisit(n);
        latencies.push(Number(await (await shown).jsonValue()) - sentAt);
      }
      console.log(`visit latency, phone POST → organizer's visit counter: ${latencies.map((ms) => `${ms} ms`).join(', ')}`);
      expect(await visits(page)).toBe(before + 3);
      for (const ms of latencies) expect(ms).toBeLessThan(1000);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
