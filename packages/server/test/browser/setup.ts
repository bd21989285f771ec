// What the Chromium tests against the real server share: Debian's Chromium, the BUILT pages of @markt/kiosk
// (a copy, so a rebuild during the run cannot break a reload), a server on 127.0.0.1:0 with a temporary SQLite
// file and a seeded fair, and the organizer's way to the Live tab.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig, seedDemo, startServer, type FairData, type RunningServer } from '../../src/index.js';
import type { LiveHub } from '../../src/live/hub.js';
import { createServices } from '../../src/services.js';

const CHROMIUM = process.env.MARKT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const require = createRequire(import.meta.url);
/** The built pages (MARKT_APP_DIR may point at another build). */
const APP_DIR = process.env.MARKT_APP_DIR || join(dirname(require.resolve('@markt/kiosk/package.json')), 'dist/app');

/** A running server with its seeded fair and a launched Chromium. */
export interface BrowserFair {
  server: RunningServer;
  browser: Browser;
  eventId: string;
  login: { email: string; password: string };
  close(): Promise<void>;
}

/**
 * Starts the server on the built pages with a fresh database, seeds `fair` and launches Chromium.
 * @param options `fair` to seed; `pages` that must be built; `prefix` of the temporary folder; `live` replaces the live hub
 * @returns the fair; `close()` stops everything and removes the folder
 * @example fair = await startBrowserFair({ fair: smallFair(), pages: ['organizer.html'], prefix: 'markt-live-' });
 */
export async function startBrowserFair(options: { fair: FairData; pages: string[]; prefix: string; live?: LiveHub }): Promise<BrowserFair> {
  const missing = options.pages.filter((page) => !existsSync(join(APP_DIR, page)));
  if (missing.length) throw new Error(`The built pages are missing in ${APP_DIR}: run "npm run build -w @markt/kiosk" first.`);
  const dir = mkdtempSync(join(tmpdir(), options.prefix));
  const assetsDir = join(dir, 'app');
  cpSync(APP_DIR, assetsDir, { recursive: true });
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', dbUrl: `file:${join(dir, 'markt.db')}`, assetsDir, log: () => {} });
  const server = options.live ? await startServer(config, { ...(await createServices(config)), live: options.live }) : await startServer(config);
  const seed = await seedDemo(server.services, options.fair);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  return {
    server,
    browser,
    eventId: seed.eventId!,
    login: { email: seed.email, password: seed.password },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A script for `page.evaluate` that finds the first `selector` through the open shadow roots and returns `result`
 * (an expression over `hit`, or `missing` while there is none).
 * @param selector a CSS selector
 * @param result a JavaScript expression over the element `hit`
 * @param missing a JavaScript expression for when it is not rendered
 * @returns the script
 * @example const VISITS = inShadow('[data-counter="visits"] dd', 'Number(hit.textContent.trim())', '-1');
 */
export function inShadow(selector: string, result: string, missing: string): string {
  return `(() => {
  const find = (root) => {
    const hit = root.querySelector(${JSON.stringify(selector)});
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const hit = find(document);
  return hit ? ${result} : ${missing};
})()`;
}

/**
 * Logs in as the organizer in a new German desktop context and opens the first event's Live tab, connected.
 * The CSP is bypassed: it would refuse Playwright's string predicates used to time the counters.
 * @param fair the running fair
 * @returns the context (close it), the page and the errors thrown in it
 * @example const { context, page, errors } = await openLiveTab(fair);
 */
export async function openLiveTab(fair: BrowserFair): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await fair.browser.newContext({ baseURL: fair.server.url, locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/organizer');
  await page.locator('markt-login-form #email').fill(fair.login.email);
  await page.locator('markt-login-form #password').fill(fair.login.password);
  await page.locator('markt-login-form button[type="submit"]').click();
  await page.locator('markt-organizer-app button.open').first().click();
  await page.locator('markt-organizer-app #tab-live').click();
  await page.locator('markt-live-dashboard p.state-online').waitFor({ timeout: 10_000 });
  return { context, page, errors };
}
