// Shared by the kiosk bench (kiosk-bench.mjs), the screenshot script (kiosk-screenshots.mjs) and the offline
// test (test/offline.e2e.test.ts): build the pages, start the REAL markt server (@markt/server) on 127.0.0.1
// with a temporary SQLite file and the demo fair, pair a kiosk through the organizer API, launch Chromium.
/* global fetch, process */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, seedDemo, startServer } from '@markt/server';
import { chromium } from 'playwright-core';

export const kioskDir = resolve(import.meta.dirname, '..');

/**
 * Builds the pages (vite) into a temporary directory, so a run never disturbs dist/app.
 * @returns the directory with kiosk.html and assets/
 * @example const assetsDir = buildPages();
 */
export function buildPages() {
  const outDir = mkdtempSync(join(tmpdir(), 'markt-kiosk-app-'));
  execFileSync(process.execPath, [join(kioskDir, '../../node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: kioskDir, stdio: 'inherit' });
  return outDir;
}

/**
 * Starts the real server with a temporary database (or the given one) and the demo fair.
 * @param {{ assetsDir: string, dbFile?: string, port?: number }} options where the pages are; a DB file and port to reuse
 * @returns {Promise<{ server: import('@markt/server').RunningServer, url: string, eventId: string, password: string, dbFile: string, dir: string }>}
 * @example const { url, eventId } = await startMarkt({ assetsDir });
 */
export async function startMarkt({ assetsDir, dbFile, port = 0 }) {
  const dir = dbFile ? resolve(dbFile, '..') : mkdtempSync(join(tmpdir(), 'markt-kiosk-db-'));
  const file = dbFile ?? join(dir, 'markt.db');
  const server = await startServer(loadConfig({}, { host: '127.0.0.1', port, dbUrl: `file:${file}`, assetsDir, log: () => {} }));
  const { eventId, password } = await seedDemo(server.services);
  if (!eventId) throw new Error('the demo fair was not seeded');
  return { server, url: server.url, eventId, password, dbFile: file, dir };
}

/**
 * Logs in as the demo organizer and answers a function for the organizer API (cookie and CSRF header set).
 * @param {string} url the server's URL
 * @param {string} password the demo organizer's password (from seedDemo)
 * @returns {Promise<(method: string, path: string, body?: unknown) => Promise<Response>>}
 * @example const org = await organizer(url, password); await org('GET', `/api/org/events/${eventId}/devices`);
 */
export async function organizer(url, password) {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'demo@markt.example', password }) });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await login.json();
  return (method, path, body) =>
    fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/**
 * Creates a kiosk pairing code through the organizer API.
 * @param {string} url the server's URL
 * @param {string} eventId the event
 * @param {string} password the demo organizer's password (from seedDemo)
 * @returns {Promise<string>} the pairing code
 * @example const code = await kioskPairingCode(url, eventId, password);
 */
export async function kioskPairingCode(url, eventId, password) {
  const org = await organizer(url, password);
  const res = await org('POST', `/api/org/events/${eventId}/devices`, { role: 'kiosk', name: 'Kiosk Eingang' });
  if (!res.ok) throw new Error(`pairing code failed: ${res.status} ${await res.text()}`);
  return (await res.json()).code;
}

/**
 * Launches Debian's Chromium (or MARKT_CHROMIUM) headless.
 * @returns {Promise<import('playwright-core').Browser>}
 * @example const browser = await launchChromium();
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.MARKT_CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * Removes a temporary directory.
 * @param {string} dir the directory
 * @example cleanUp(dir);
 */
export function cleanUp(dir) {
  rmSync(dir, { recursive: true, force: true });
}
