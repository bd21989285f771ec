// Screenshots of the organizer's print layouts — the report (Auswertung) and the poster sheet — from the real
// browser with print media emulation, against the real server with the demo fair and some generated activity
// (visits, contact requests, quizzes, searches, feedback sent through the real kiosk routes), written to
// docs/screenshots/organizer-report-print.png and organizer-posters.png. Run by hand after changing their look:
//   cd packages/kiosk && node bench/organizer-screenshots.mjs
/* global console, document, fetch */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPages, cleanUp, kioskDir, kioskPairingCode, launchChromium, organizer, startMarkt } from './kiosk-setup.mjs';

const outDir = resolve(kioskDir, '../../docs/screenshots');
const MAX_BYTES = 600 * 1024;

/** mulberry32: the same activity on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sends a day of activity through the kiosk routes. */
async function generateActivity(url, eventId, password) {
  const org = await organizer(url, password);
  const json = async (res) => {
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    return res.json();
  };
  const stands = await json(await org('GET', `/api/org/events/${eventId}/stands`));
  const offers = await json(await org('GET', `/api/org/events/${eventId}/offers`));
  const event = await json(await org('GET', `/api/org/events/${eventId}`));
  const code = await kioskPairingCode(url, eventId, password);
  const { token } = await json(await fetch(`${url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) }));
  const kiosk = (path, body) =>
    fetch(`${url}/api/kiosk/${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const rnd = prng(20270310);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const key = (p, i) => `${p}-${String(i).padStart(6, '0')}`.padEnd(16, 'x');
  const start = Date.parse(event.startsAt);
  const span = Math.max(Date.parse(event.endsAt) - start, 3600_000);
  for (let i = 0; i < 600; i++) {
    const at = new Date(start + Math.floor(((rnd() + rnd() + rnd()) / 3) * span)).toISOString();
    await kiosk('visits', { standId: pick(stands).id, deviceId: key('dev', Math.floor(rnd() * 250)), source: 'kiosk', idempotencyKey: key('v', i), at });
  }
  const consent = { text: 'Ich bin einverstanden, dass der Anbieter mich kontaktiert.', locale: 'de', at: event.startsAt };
  for (let i = 0; i < 60; i++) {
    const offer = pick(offers);
    await kiosk('leads', { providerId: offer.providerId, offerId: offer.id, deviceId: key('dev', i), contact: { phone: '+49 30 555555' }, consent, idempotencyKey: key('l', i) });
  }
  for (let i = 0; i < 80; i++) {
    await kiosk('quizzes', { code: pick(['S', 'SA', 'SAE', 'RIC', 'RC', 'CE', 'AI']), interests: { R: 0.2, I: 0.3, A: 0.4, S: 0.9, E: 0.5, C: 0.1 }, idempotencyKey: key('q', i) });
  }
  for (let i = 0; i < 30; i++) await kiosk('searches', { query: pick(['Gabelstapler', 'Imker', 'Tierpflege', 'Nachtschicht']), resultCount: 0, locale: 'de' });
  for (let i = 0; i < 40; i++) await kiosk('feedback', { rating: 1 + Math.floor(rnd() * rnd() * 5), idempotencyKey: key('f', i) });
}

const appDir = buildPages();
const markt = await startMarkt({ assetsDir: appDir });
const browser = await launchChromium();
try {
  await generateActivity(markt.url, markt.eventId, markt.password);
  const context = await browser.newContext({ viewport: { width: 1024, height: 1400 }, locale: 'de-DE', reducedMotion: 'reduce' });
  // Signs in through the API in the browser's context, so the page has the session cookie.
  const login = await context.request.post(`${markt.url}/api/auth/login`, { data: { email: 'demo@markt.example', password: markt.password } });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  const page = await context.newPage();
  const shot = async (name, fullPage) => {
    await page.evaluate(() => document.activeElement?.blur?.());
    const path = resolve(outDir, `organizer-${name}.png`);
    await page.screenshot({ path, fullPage });
    const bytes = statSync(path).size;
    console.log(`${path} ${(bytes / 1024).toFixed(0)} KB`);
    if (bytes > MAX_BYTES) throw new Error(`${path} is larger than ${MAX_BYTES / 1024} KB`);
  };

  await page.goto(`${markt.url}/organizer`);
  await page.locator(`li[data-event="${markt.eventId}"] button.open`).click();
  await page.locator('#tab-report').click();
  await page.locator('markt-report [data-total="visits"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  await shot('report-print', true);
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#tab-posters').click();
  await page.locator('markt-poster-sheet .poster').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await shot('posters', false);
  await context.close();
} finally {
  await browser.close();
  await markt.server.close();
  cleanUp(markt.dir);
  cleanUp(appDir);
}
