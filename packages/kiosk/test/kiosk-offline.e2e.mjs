// The kiosk against the REAL server (@markt/server, temp SQLite file, demo fair) in a real Chromium
// (playwright-core): offline use with a contact request delivered exactly once when the server is back, a
// start from the cached fair data while the API is unreachable, and a revoked kiosk that unpairs itself.
// Run: node --test test/kiosk-offline.e2e.mjs (from packages/kiosk; builds the pages first, ~1 min).
/* global document, localStorage, setTimeout */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildPages, cleanUp, kioskPairingCode, launchChromium, organizer, startMarkt } from '../bench/kiosk-setup.mjs';

const PHONE = '030 5550123';
let appDir;
let markt;
let browser;
let context;
let page;

const kiosk = (selector) => page.locator(`markt-kiosk ${selector}`);

async function leadsWithPhone(services) {
  const rows = (await services.db.execute({ sql: 'SELECT contact FROM leads WHERE event_id = ?', args: [markt.eventId] })).rows;
  return rows.filter((row) => String(row.contact).includes(PHONE)).length;
}

before(async () => {
  appDir = buildPages();
  markt = await startMarkt({ assetsDir: appDir });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
  await markt?.server.close();
  if (markt) cleanUp(markt.dir);
  if (appDir) cleanUp(appDir);
});

test('a paired kiosk runs the quiz, results and map with the server stopped, and its offline contact request arrives exactly once when the server is back', async () => {
  const code = await kioskPairingCode(markt.url, markt.eventId, markt.password);
  await page.goto(`${markt.url}/kiosk#pair=${code}`);
  await kiosk('.attract .event').waitFor(); // the fair's data is there (its title on the attract screen)
  assert.ok(await page.evaluate(() => localStorage.getItem('markt.kioskDevice')), 'the kiosk keeps its device token');
  // Everything a visitor can reach is loaded (screens, languages, QR encoder): from here on it needs no network.
  await page.locator('markt-kiosk[offline-ready]').waitFor();
  const port = markt.server.port;

  // The server goes away (and the kiosk's network with it).
  await markt.server.close();
  await context.setOffline(true);

  await kiosk('.attract').click();
  await kiosk('[data-locale="de"]').click();
  for (let i = 0; (await kiosk('[data-answer]').count()) > 0; i += 1) await kiosk(`[data-answer="${[4, 3, 0, 1][i % 4]}"]`).click();
  await kiosk('[data-to-results]').click();
  const firstOffer = kiosk('ul.offers li[data-offer]').first();
  await firstOffer.waitFor();
  assert.ok((await kiosk('ul.offers li[data-offer]').count()) > 0, 'results are listed offline');
  assert.ok((await firstOffer.locator('[data-reason]').count()) > 0, 'each result says why it fits');

  await kiosk('nav.bottom button').nth(1).click(); // the map
  await kiosk('markt-floor-map').waitFor();
  const route = await page.evaluate(() => document.querySelector('markt-kiosk').shadowRoot.querySelector('markt-floor-map').shadowRoot.querySelector('polyline.route'));
  assert.ok(route, 'the map draws the route offline');

  await kiosk('nav.bottom button').nth(2).click(); // the take-home list
  await kiosk('.qr[data-link] svg').waitFor();
  assert.ok((await kiosk('.qr[data-link]').getAttribute('data-link'))?.includes('/list#'), 'the take-home QR is drawn offline');

  await kiosk('nav.bottom button').first().click();
  await kiosk('ul.offers li[data-offer] [data-details]').first().click();
  await kiosk('[data-contact]').click();
  await kiosk('#contact-phone').fill(PHONE);
  await kiosk('.consent input[type="checkbox"]').check();
  await kiosk('form button[type="submit"]').click();
  await kiosk('h1').filter({ hasText: /./ }).first().waitFor();
  const queued = await page.evaluate(() => JSON.parse(localStorage.getItem('markt.outbox.kiosk-leads') ?? '[]').length);
  assert.equal(queued, 1, 'the contact request waits in the outbox');

  // The server is back: same database file, same port; the kiosk's network too.
  markt = { ...markt, ...(await startMarkt({ assetsDir: appDir, dbFile: markt.dbFile, port })) };
  await context.setOffline(false);
  let arrived = 0;
  for (let i = 0; i < 100 && arrived === 0; i += 1) {
    arrived = await leadsWithPhone(markt.server.services);
    if (arrived === 0) await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(arrived, 1, 'the lead arrived');
  for (let i = 0; i < 50 && (await page.evaluate(() => localStorage.getItem('markt.outbox.kiosk-leads'))) !== '[]'; i += 1) await new Promise((r) => setTimeout(r, 100));
  // Give any duplicate send time to land, then count again.
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await leadsWithPhone(markt.server.services), 1, 'exactly once');
});

test('a kiosk reloaded while its API is unreachable starts from the fair data it cached', async () => {
  await page.evaluate(() => document.querySelector('markt-kiosk').wipe('finished'));
  const title = await kiosk('.attract .event').textContent();
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  try {
    await page.reload();
    await kiosk('.attract .event').waitFor();
    assert.equal(await kiosk('.attract .event').textContent(), title);
    await kiosk('.attract').click();
    await kiosk('[data-locale="en"]').click();
    await kiosk('[data-to-results], [data-answer]').first().waitFor();
    await kiosk('[data-answer="4"]').click();
    await page.evaluate(() => document.querySelector('markt-kiosk').go('results'));
    assert.ok((await kiosk('ul.offers li[data-offer]').count()) > 0, 'results from the cached data');
    await page.evaluate(() => document.querySelector('markt-kiosk').wipe('finished'));
  } finally {
    await page.unroute('**/api/**');
  }
});

test('a revoked kiosk forgets its token and shows the pairing screen instead of retrying for ever', async () => {
  const org = await organizer(markt.url, markt.password);
  const devices = await (await org('GET', `/api/org/events/${markt.eventId}/devices`)).json();
  const device = devices.find((d) => d.role === 'kiosk' && !d.revokedAt);
  assert.ok(device, 'the paired kiosk is listed');
  assert.equal((await org('DELETE', `/api/org/events/${markt.eventId}/devices/${device.id}`)).status, 204);

  await page.reload();
  // Anything the kiosk reports now gets 401 DEVICE_REVOKED: a record still queued from before is sent at start;
  // if none was, the first touch reports "kiosk in use" (visitors now), and failing that the anonymous quiz result.
  await page.locator('main.pairing, markt-kiosk .attract').first().waitFor();
  if (await kiosk('.attract').isVisible()) {
    // The kiosk may unpair itself between the check and the touch (a record queued from before got its 401):
    // then there is no attract screen left to touch, which is what this test wants to see.
    await kiosk('.attract').click({ timeout: 3000 }).catch(() => undefined);
    const unpaired = await page.locator('main.pairing').waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (!unpaired) {
      await kiosk('[data-locale="de"]').click();
      await kiosk('[data-answer="2"]').click();
      await page.evaluate(() => document.querySelector('markt-kiosk')?.go('results'));
    }
  }
  await page.locator('main.pairing').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('markt.kioskDevice')), null, 'the token is forgotten');
  assert.equal(await page.locator('markt-kiosk').count(), 0, 'the kiosk is gone');
  assert.match(await page.locator('main.pairing .error').textContent(), /entkoppelt/);
  const pending = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('markt.outbox.kiosk-') && localStorage.getItem(k) !== '[]'));
  assert.deepEqual(pending, [], 'nothing stays queued on a revoked kiosk');
});
