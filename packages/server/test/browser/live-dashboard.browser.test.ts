// The organizer's live dashboard in Debian's Chromium against the real server (startServer on 127.0.0.1:0,
// a temporary SQLite file, the BUILT pages of @markt/kiosk, real socket.io): log in, open the event's Live
// tab, record a visit the way a phone does (POST /api/stand/<token>/visits), and measure how long the visit
// counter takes to show it. Issue 7: within one second.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standTokenOf } from '../../src/index.js';
import { smallFair } from '../fixtures.js';
import { inShadow, openLiveTab, startBrowserFair, type BrowserFair } from './setup.js';

/** The visit counter's value, found through the open shadow roots (-1 while it is not rendered). */
const VISITS = inShadow('[data-counter="visits"] dd', 'Number(hit.textContent.trim())', '-1');

let fair: BrowserFair;
let standToken: string;

beforeAll(async () => {
  fair = await startBrowserFair({ fair: smallFair(), pages: ['organizer.html'], prefix: 'markt-live-browser-' });
  standToken = (await standTokenOf(fair.server.services, fair.eventId, 'st-1'))!;
}, 30_000);

afterAll(async () => {
  await fair?.close();
});

/** A visit as the phone page records it: over HTTP, with the stand's QR token. */
async function phoneVisit(n: number): Promise<number> {
  const res = await fetch(`${fair.server.url}/api/stand/${standToken}/visits`, {
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
    const { context, page, errors } = await openLiveTab(fair);
    try {
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
