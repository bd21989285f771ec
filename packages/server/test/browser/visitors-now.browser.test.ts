// "Visitors now" on the organizer's live dashboard in Debian's Chromium against the real server (startServer on
// 127.0.0.1:0, a temporary SQLite file, the BUILT pages of @markt/kiosk, real socket.io): log in, open the
// event's Live tab, then a paired kiosk starts and ends visitor sessions (POST /api/kiosk/sessions) and a phone
// visits a stand; the tile shows kiosks + phones with the split, updating live, and a silent kiosk expires.
// MARKT_APP_DIR may point at another build of the pages (default: @markt/kiosk's dist/app).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, seedDemo, standTokenOf, startServer, type RunningServer } from '../../src/index.js';
import { LiveHub } from '../../src/live/hub.js';
import { createServices } from '../../src/services.js';
import { createPairingCode, key } from '../field/setup.js';
import { smallFair } from '../fixtures.js';

const CHROMIUM = process.env.MARKT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const require = createRequire(import.meta.url);
const APP_DIR = process.env.MARKT_APP_DIR || join(dirname(require.resolve('@markt/kiosk/package.json')), 'dist/app');
/** Short, so that the test sees a kiosk that stops reporting expire. */
const KIOSK_ACTIVE_MS = 6000;

/** The visitors-now tile as text, found through the open shadow roots ('' while it is not rendered). */
const TILE = `(() => {
  const find = (root) => {
    const hit = root.querySelector('[data-counter="visitorsNow"]');
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const tile = find(document);
  return tile ? tile.querySelector('dd.total').textContent.trim() + ' | ' + tile.querySelector('dd.split').textContent.trim() : '';
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
  dir = mkdtempSync(join(tmpdir(), 'markt-visitors-browser-'));
  const assetsDir = join(dir, 'app');
  cpSync(APP_DIR, assetsDir, { recursive: true });
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', dbUrl: `file:${join(dir, 'markt.db')}`, assetsDir, log: () => {} });
  const services = await createServices(config);
  server = await startServer(config, { ...services, live: new LiveHub({ kioskActiveMs: KIOSK_ACTIVE_MS }) });
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

async function pairKiosk(): Promise<string> {
  const code = await createPairingCode(server.services, eventId, 'kiosk', null);
  const res = await fetch(`${server.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  return ((await res.json()) as { token: string }).token;
}

async function session(token: string, state: 'active' | 'idle'): Promise<void> {
  const res = await fetch(`${server.url}/api/kiosk/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ state }),
  });
  expect(res.status).toBe(200);
}

describe('visitors now on the live dashboard in Chromium against the real server', () => {
  it('shows kiosks in use and phones, with the split, updating live', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const tile = async () => String(await page.evaluate(TILE));
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    try {
      await page.goto('/organizer');
      await page.locator('markt-login-form #email').fill(login.email);
      await page.locator('markt-login-form #password').fill(login.password);
      await page.locator('markt-login-form button[type="submit"]').click();
      await page.locator('markt-organizer-app button.open').first().click();
      await page.locator('markt-organizer-app #tab-live').click();
      await page.locator('markt-live-dashboard p.state-online').waitFor({ timeout: 10_000 });
      await expect.poll(tile, { timeout: 5000 }).toBe('0 | 0 Kiosks · 0 Handys');

      const kioskA = await pairKiosk();
      const kioskB = await pairKiosk();
      await session(kioskA, 'active');
      // Kiosk A is in use throughout: it repeats `active` (as the kiosk page does, a third of the timeout apart).
      heartbeat = setInterval(() => void session(kioskA, 'active'), KIOSK_ACTIVE_MS / 3);
      await expect.poll(tile, { timeout: 5000 }).toBe('1 | 1 Kiosk · 0 Handys');

      const visit = await fetch(`${server.url}/api/stand/${standToken}/visits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deviceId: key('phone'), idempotencyKey: key('visit') }),
      });
      expect(visit.status).toBe(201);
      await expect.poll(tile, { timeout: 5000 }).toBe('2 | 1 Kiosk · 1 Handy');

      await session(kioskB, 'active');
      await expect.poll(tile, { timeout: 5000 }).toBe('3 | 2 Kiosks · 1 Handy');
      clearInterval(heartbeat);
      // Kiosk B reports once more, then never again (it dropped off the Wi-Fi): it expires KIOSK_ACTIVE_MS later,
      // which leaves the dashboard time to show kiosk A's idle first, however slow the machine.
      await session(kioskB, 'active');
      await session(kioskA, 'idle');
      await expect.poll(tile, { timeout: KIOSK_ACTIVE_MS - 2000 }).toBe('2 | 1 Kiosk · 1 Handy');
      await expect.poll(tile, { timeout: KIOSK_ACTIVE_MS + 3000 }).toBe('1 | 0 Kiosks · 1 Handy');
      expect(errors).toEqual([]);
    } finally {
      clearInterval(heartbeat);
      await context.close();
    }
  }, 40_000);
});
