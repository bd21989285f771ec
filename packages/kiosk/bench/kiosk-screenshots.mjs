// Screenshots of each kiosk step (1280×800 PNG) from the real browser against the real server with the demo
// fair, written to docs/screenshots/kiosk-*.png. Run by hand after changing the kiosk's look:
//   cd packages/kiosk && node bench/kiosk-screenshots.mjs
/* global console, document */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPages, cleanUp, kioskDir, launchChromium, startMarkt } from './kiosk-setup.mjs';

const outDir = resolve(kioskDir, '../../docs/screenshots');
const MAX_BYTES = 200 * 1024;

const appDir = buildPages();
const markt = await startMarkt({ assetsDir: appDir });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const kiosk = (selector) => page.locator(`markt-kiosk ${selector}`);
  const shot = async (name) => {
    await page.evaluate(() => document.querySelector('markt-kiosk').updateComplete);
    await page.evaluate(() => document.activeElement?.blur?.());
    const path = resolve(outDir, `kiosk-${name}.png`);
    await page.screenshot({ path });
    const bytes = statSync(path).size;
    console.log(`${path} ${(bytes / 1024).toFixed(0)} KB`);
    if (bytes > MAX_BYTES) throw new Error(`${path} is larger than 200 KB`);
  };

  await page.goto(`${markt.url}/kiosk?event=${markt.eventId}`);
  await kiosk('.attract .event').waitFor();
  await kiosk('.others [lang="ar"]').waitFor();
  await shot('01-attract');
  await kiosk('.attract').click();
  await kiosk('[data-locale="tr"]').waitFor();
  await shot('02-language');
  await kiosk('[data-locale="tr"]').click();
  await kiosk('[data-answer]').first().waitFor();
  await kiosk('[data-answer="4"]').click();
  await kiosk('[data-answer="3"]').click();
  await shot('03-quiz-item');
  for (let i = 0; (await kiosk('[data-answer]').count()) > 0; i += 1) await kiosk(`[data-answer="${[4, 1, 3, 0, 2][i % 5]}"]`).click();
  await kiosk('[data-to-results]').waitFor();
  await shot('04-extras');
  await kiosk('[data-to-results]').click();
  await kiosk('ul.offers li[data-offer] [data-reason]').first().waitFor();
  await shot('05-results-turkish');
  for (let i = 0; i < 3; i += 1) await kiosk('ul.offers li[data-offer] [data-add]').nth(i).click();
  await kiosk('ul.offers li[data-offer] [data-details]').first().click();
  await kiosk('[data-contact]').waitFor();
  await shot('06-detail');
  await kiosk('nav.bottom button').nth(1).click();
  await kiosk('markt-floor-map').waitFor();
  await kiosk('[data-route]').waitFor();
  await shot('07-map-route');
  await kiosk('nav.bottom button').nth(2).click();
  await kiosk('.qr[data-link] svg').waitFor();
  await shot('08-take-home-qr');
  await kiosk('nav.bottom button').first().click();
  await kiosk('ul.offers li[data-offer] [data-details]').first().click();
  await kiosk('[data-contact]').click();
  await kiosk('#contact-phone').waitFor();
  await shot('09-contact');
  await kiosk('form button[type="button"]').last().click();
  await kiosk('nav.bottom button').nth(3).click();
  await kiosk('[data-rating]').first().waitFor();
  await kiosk('[data-rating="4"]').click();
  await shot('10-feedback');
  await context.close();
} finally {
  await browser.close();
  await markt.server.close();
  cleanUp(markt.dir);
  cleanUp(appDir);
}
