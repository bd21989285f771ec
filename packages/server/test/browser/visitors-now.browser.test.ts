// "Visitors now" on the organizer's live dashboard in Debian's Chromium against the real server (startServer on
// 127.0.0.1:0, a temporary SQLite file, the BUILT pages of @markt/kiosk, real socket.io): log in, open the
// event's Live tab, then a paired kiosk starts and ends visitor sessions (POST /api/kiosk/sessions) and a phone
// visits a stand; the tile shows kiosks + phones with the split, updating live, and a silent kiosk expires.
// MARKT_APP_DIR may point at another build of the pages (default: @markt/kiosk's dist/app).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standTokenOf } from '../../src/index.js';
import { LiveHub } from '../../src/live/hub.js';
import { createPairingCode, key } from '../field/setup.js';
import { smallFair } from '../fixtures.js';
import { inShadow, openLiveTab, startBrowserFair, type BrowserFair } from './setup.js';

/** Short, so that the test sees a kiosk that stops reporting expire. */
const KIOSK_ACTIVE_MS = 6000;

/** The visitors-now tile as text, found through the open shadow roots ('' while it is not rendered). */
const TILE = inShadow(
  '[data-counter="visitorsNow"]',
  "hit.querySelector('dd.total').textContent.trim() + ' | ' + hit.querySelector('dd.split').textContent.trim()",
  "''",
);

let fair: BrowserFair;
let standToken: string;

beforeAll(async () => {
  fair = await startBrowserFair({
    fair: smallFair(),
    pages: ['organizer.html'],
    prefix: 'markt-visitors-browser-',
    live: new LiveHub({ kioskActiveMs: KIOSK_ACTIVE_MS }),
  });
  standToken = (await standTokenOf(fair.server.services, fair.eventId, 'st-1'))!;
}, 30_000);

afterAll(async () => {
  await fair?.close();
});

async function pairKiosk(): Promise<string> {
  const code = await createPairingCode(fair.server.services, fair.eventId, 'kiosk', null);
  const res = await fetch(`${fair.server.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  return ((await res.json()) as { token: string }).token;
}

async function session(token: string, state: 'active' | 'idle'): Promise<void> {
  const res = await fetch(`${fair.server.url}/api/kiosk/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ state }),
  });
  expect(res.status).toBe(200);
}

describe('visitors now on the live dashboard in Chromium against the real server', () => {
  it('shows kiosks in use and phones, with the split, updating live', async () => {
    const { context, page, errors } = await openLiveTab(fair);
    const tile = async () => String(await page.evaluate(TILE));
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    try {
      await expect.poll(tile, { timeout: 5000 }).toBe('0 | 0 Kiosks · 0 Handys');

      const kioskA = await pairKiosk();
      const kioskB = await pairKiosk();
      await session(kioskA, 'active');
      // Kiosk A is in use throughout: it repeats `active` (as the kiosk page does, a third of the timeout apart).
      heartbeat = setInterval(() => void session(kioskA, 'active'), KIOSK_ACTIVE_MS / 3);
      await expect.poll(tile, { timeout: 5000 }).toBe('1 | 1 Kiosk · 0 Handys');

      const visit = await fetch(`${fair.server.url}/api/stand/${standToken}/visits`, {
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
