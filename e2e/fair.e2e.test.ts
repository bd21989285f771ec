// One fair from start to finish in a real browser (issue 11): the real server on 127.0.0.1 with a fresh
// SQLite file, Debian's Chromium with one browser context per device (organizer, kiosk, phone, two booth
// tablets), QR codes read back from real screenshots. A step the product cannot do yet is recorded in
// `blocked` and fails the test at the end, after the rest of the story has run.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, Shots, device, launch, type PageProblems } from './lib/browser.js';
import { decodeQr } from './lib/qr.js';
import { markt, startFair, type Fair } from './lib/server.js';

// The README's pictures are rewritten only on request (MARKT_UPDATE_SCREENSHOTS=1): a plain test run keeps its
// screenshots (which it still reads the QR codes back from) in a temporary folder, so the working tree stays clean.
const SCREENSHOTS = process.env.MARKT_UPDATE_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : join(tmpdir(), `markt-e2e-screenshots-${process.pid}`);
const DAY_MS = 86_400_000;

/** The stand the organizer places, its provider, and a provider whose tablet must see nothing. */
const PROVIDER = { id: 'digitalwerkstatt', name: 'Digitalwerkstatt Prenzlauer Berg' };
const OTHER = { id: 'gastro-campus', name: 'GastroCampus Pankow' };
const STAND_NUMBER = 'F1';
const IMPORTED = {
  id: 'e2e-webseiten',
  de: 'Webseiten bauen für Einsteiger',
  tr: 'Yeni başlayanlar için web sitesi yapımı',
};
const OFFERS_CSV = [
  'id,providerId,kind,title.de,title.tr,summary.de,summary.tr,schedule.partTime,schedule.hoursPerWeek',
  `${IMPORTED.id},${PROVIDER.id},qualification,${IMPORTED.de},${IMPORTED.tr},Zwölf Wochen in Teilzeit: HTML und CSS von Anfang an.,On iki hafta yarı zamanlı: baştan HTML ve CSS.,ja,20`,
  '',
].join('\n');
const PHONE_NUMBER = '+49 30 1234 5678';
/** The event made from the demo fair as a template. */
const CLONE = {
  id: 'pankow-herbst-2027',
  title: 'Markt der Möglichkeiten Pankow – Herbst 2027',
  titleEn: 'Market of Opportunities Pankow – Autumn 2027',
  startsAt: '2027-10-06T10:00:00+02:00',
  endsAt: '2027-10-06T16:00:00+02:00',
};

const blocked: string[] = [];
/** Progress lines, straight to the terminal (vitest would head every console.log with the test's name). */
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const figures: Record<string, string> = {};
const problems: PageProblems = { pageErrors: [], consoleErrors: [] };
const shots = new Shots(SCREENSHOTS);
let fair: Fair;
let browser: Browser;

/** Runs one part of the story; a failure is recorded (and fails the test at the end) while the story goes on. */
async function attempt<T>(what: string, job: () => Promise<T>): Promise<T | undefined> {
  const started = Date.now();
  try {
    const result = await job();
    say(`  ok   ${what} (${Date.now() - started} ms)`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
    blocked.push(`${what}: ${message}`);
    say(`  FAIL ${what} (${Date.now() - started} ms): ${message}`);
    return undefined;
  }
}

/** The text of an element, trimmed. */
async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function pairingCode(org: Page, role: 'booth' | 'kiosk', deviceName: string, providerName?: string): Promise<string> {
  await org.locator('#tab-devices').click();
  const panel = org.locator('markt-devices-panel');
  await panel.locator(`input[name="role"][value="${role}"]`).check();
  if (providerName) await panel.locator('#providerId').selectOption({ label: providerName });
  const before = (await panel.locator('.code').count()) > 0 ? await panel.locator('.code').textContent() : null;
  await panel.locator('#name').fill(deviceName);
  await panel.getByRole('button', { name: 'Kopplungscode erzeugen' }).click();
  await expect.poll(async () => ((await panel.locator('.code').count()) > 0 ? await panel.locator('.code').textContent() : null)).not.toBe(before);
  return ((await panel.locator('.code').textContent()) ?? '').trim();
}

async function pairBooth(page: Page, code: string): Promise<void> {
  await page.goto('/booth');
  const pairing = page.locator('markt-booth-pairing');
  await pairing.locator('#code').fill(code);
  await pairing.locator('button[type="submit"]').click();
  await page.locator('markt-booth-dashboard [role="status"][data-state="online"]').waitFor();
}

async function leadCards(page: Page): Promise<number> {
  return page.locator('markt-lead-card').count();
}

async function exportCsv(booth: Page): Promise<string> {
  const download = booth.waitForEvent('download');
  await booth.locator('markt-booth-dashboard .tools button').first().click();
  const file = await (await download).path();
  return readFile(file, 'utf8');
}

/** Throws, naming every count that differs, unless the shown counts are exactly the expected ones. */
function sameCounts(shown: Record<string, string>, expected: Record<string, number>): void {
  const wrong = Object.entries(expected)
    .filter(([key, n]) => shown[key] !== String(n))
    .map(([key, n]) => `${key}: shows ${JSON.stringify(shown[key])}, expected ${n}`);
  if (wrong.length > 0) throw new Error(wrong.join('; '));
}

async function dbCount(sql: string, args: (string | number)[] = []): Promise<number> {
  const row = (await fair.server.services.db.execute({ sql, args })).rows[0];
  return Number(row?.n ?? Number.NaN);
}

describe('a fair from start to finish in Chromium', () => {
  beforeAll(async () => {
    const started = Date.now();
    await shots.reset();
    [fair, browser] = await Promise.all([startFair(), launch()]);
    figures['setup (seed through the CLI, server, Chromium)'] = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  });

  afterAll(async () => {
    await browser?.close();
    await fair?.stop();
    if (!process.env.MARKT_UPDATE_SCREENSHOTS) await rm(SCREENSHOTS, { recursive: true, force: true });
  });

  it('organizer, kiosk, phone and booth tablets work together', async () => {
    const started = Date.now();
    const base = fair.server.url;
    const [orgDevice, kioskDevice, phoneDevice, listDevice, boothDevice, otherDevice] = await Promise.all([
      device(browser, 'organizer', base, DESKTOP, problems),
      device(browser, 'kiosk', base, DESKTOP, problems),
      device(browser, 'phone', base, PHONE, problems),
      device(browser, 'take-home phone', base, PHONE, problems),
      device(browser, `booth ${PROVIDER.id}`, base, DESKTOP, problems),
      device(browser, `booth ${OTHER.id}`, base, DESKTOP, problems),
    ]);
    const org = orgDevice.page;
    const kiosk = kioskDevice.page;
    const phone = phoneDevice.page;
    const booth = boothDevice.page;
    const other = otherDevice.page;
    let eventId = fair.demoEventId;

    // ── 1. Organizer: login, event from the demo template, CSV import, a stand on the floor plan, posters ──
    say('1. organizer');
    await attempt('1a organizer logs in', async () => {
      await org.goto('/organizer');
      const login = org.locator('markt-login-form');
      await login.locator('#email').fill(fair.email);
      await login.locator('#password').fill(fair.password);
      await shots.take(org, 'organizer-login', 'The organizer signs in.');
      await login.locator('button[type="submit"]').click();
      await org.locator(`li[data-event="${fair.demoEventId}"]`).waitFor();
    });

    await attempt('1b organizer creates an event from the demo fair as a template', async () => {
      const useTemplate = org.locator(`li[data-event="${fair.demoEventId}"] button.template`);
      if ((await useTemplate.count()) === 0) {
        throw new Error('the event list offers no way to create an event from the demo fair as a template (no page uses POST /api/org/events/:id/clone)');
      }
      await useTemplate.click();
      const form = org.locator('markt-clone-form');
      await form.locator('#cloneTitleDe').fill(CLONE.title);
      await form.locator('#cloneTitleEn').fill(CLONE.titleEn);
      await form.locator('#cloneStartsAt').fill(CLONE.startsAt.slice(0, 16));
      await form.locator('#cloneEndsAt').fill(CLONE.endsAt.slice(0, 16));
      await form.locator('input[name="includeProviders"]').check();
      await form.locator('input[name="includeOffers"]').check();
      await shots.take(org, 'organizer-from-template', 'A new event from the demo fair as a template, with its providers, stands and offers.');
      const answer = org.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/clone'));
      await form.locator('button[type="submit"]').click();
      const response = await answer;
      expect(response.status(), await response.text()).toBe(201);
      const created = (await response.json()) as { id: string; title: { de?: string }; startsAt: string };
      expect(created.title.de).toBe(CLONE.title);
      expect(Date.parse(created.startsAt)).toBe(Date.parse(CLONE.startsAt));
      eventId = created.id;
      // The copy opens at once, with the template's providers.
      await org.locator('#tab-overview[aria-selected="true"]').waitFor();
      const providers = (await (await orgDevice.context.request.get(`/api/org/events/${encodeURIComponent(eventId)}/providers`)).json()) as unknown[];
      expect(providers.length).toBeGreaterThan(40);
    });
    if (eventId === fair.demoEventId) {
      // Workaround while the pages lack it: the same thing through the server's API, in the organizer's session.
      await attempt('1b (workaround) the event is cloned from the demo fair through POST /api/org/events/:id/clone', async () => {
        const request = orgDevice.context.request;
        const me = (await (await request.get('/api/auth/me')).json()) as { csrfToken: string };
        const demo = (await (await request.get(`/api/org/events/${fair.demoEventId}`)).json()) as { venue: unknown; title: Record<string, string> };
        const response = await request.post(`/api/org/events/${fair.demoEventId}/clone`, {
          headers: { 'x-csrf-token': me.csrfToken },
          data: {
            id: CLONE.id,
            title: { ...demo.title, de: CLONE.title, en: CLONE.titleEn },
            startsAt: CLONE.startsAt,
            endsAt: CLONE.endsAt,
            venue: demo.venue,
            includeProviders: true,
            includeOffers: true,
          },
        });
        if (response.status() !== 201) throw new Error(`clone answered ${response.status()}: ${await response.text()}`);
        await org.reload();
        await org.locator(`li[data-event="${CLONE.id}"]`).waitFor();
        eventId = CLONE.id;
        await shots.take(org, 'organizer-events', 'The events of the organizer: the demo fair and the new one made from it.');
      });
    }

    await attempt('1c organizer opens the event', async () => {
      // After "use as template" the copy is open already; after the API workaround it is opened from the list.
      if ((await org.locator('[role="tablist"]').count()) === 0) await org.locator(`li[data-event="${eventId}"] button.open`).click();
      await org.locator('#tab-overview[aria-selected="true"]').waitFor();
      await expect.poll(async () => text(org, 'main > h2')).toBe(CLONE.title);
    });

    const api = `/api/org/events/${encodeURIComponent(eventId)}`;
    await attempt('1d organizer imports extra offers from a CSV file', async () => {
      await org.locator('#tab-providers').click();
      const importer = org.locator('markt-csv-import');
      await importer.locator('#kind').selectOption('offers');
      await importer.locator('#file').setInputFiles({ name: 'extra-offers.csv', mimeType: 'text/csv', buffer: Buffer.from(OFFERS_CSV) });
      await importer.locator('form button[type="submit"]').click();
      await expect.poll(async () => text(org, 'markt-csv-import .status'), { timeout: 15_000 }).toMatch(/1 Zeile/);
      const offers = (await (await orgDevice.context.request.get(`${api}/offers`)).json()) as { id: string; providerId: string }[];
      expect(offers.find((o) => o.id === IMPORTED.id)).toMatchObject({ providerId: PROVIDER.id });
      await org.locator('markt-csv-import .status').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shots.take(org, 'organizer-csv-import', 'Extra offers imported from a CSV file.');
    });

    const standUrl = await attempt('1e organizer places a stand on the floor plan', async () => {
      await org.locator('#tab-floor').click();
      await org.locator('form.add-stand #standNumber').fill(STAND_NUMBER);
      await org.locator('form.add-stand #standProvider').selectOption({ label: PROVIDER.name });
      await org.locator('form.add-stand button[type="submit"]').click();
      const stand = org.locator(`markt-floor-plan-editor [data-stand][aria-label^="Stand ${STAND_NUMBER}:"]`);
      await stand.waitFor();
      type StandRow = { id: string; number: string; providerId: string; position?: { x: number; y: number }; url?: string };
      const find = async () =>
        ((await (await orgDevice.context.request.get(`${api}/stands`)).json()) as StandRow[]).find((s) => s.number === STAND_NUMBER);
      const before = (await find())?.position;
      // Drag it with the mouse to a free place (right of J6, below E10), then one step left with the keyboard.
      const plan = org.locator('markt-floor-plan-editor svg.plan');
      await plan.evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
      const onScreen = (point: { x: number; y: number }) =>
        plan.evaluate((svg, p) => {
          const m = (svg as SVGSVGElement).getScreenCTM();
          if (!m) throw new Error('the floor plan has no screen matrix');
          const q = new DOMPoint(p.x, p.y).matrixTransform(m);
          return { x: q.x, y: q.y };
        }, point);
      const box = await stand.boundingBox();
      if (!box) throw new Error(`stand ${STAND_NUMBER} is not visible on the plan`);
      const target = { x: 740, y: 430 };
      const to = await onScreen(target);
      await org.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await org.mouse.down();
      await org.mouse.move(to.x, to.y, { steps: 12 });
      await org.mouse.up();
      await expect.poll(async () => JSON.stringify((await find())?.position ?? null)).not.toBe(JSON.stringify(before ?? null));
      const dragged = (await find())?.position;
      expect(Math.abs((dragged?.x ?? 0) - target.x)).toBeLessThanOrEqual(20);
      expect(Math.abs((dragged?.y ?? 0) - target.y)).toBeLessThanOrEqual(20);
      await stand.focus();
      await stand.press('ArrowLeft');
      await expect.poll(async () => (await find())?.position?.x ?? 0).toBeLessThan(dragged?.x ?? 0);
      const saved = await find();
      expect(saved?.providerId).toBe(PROVIDER.id);
      await shots.take(org, 'organizer-floor-plan', `Stand ${STAND_NUMBER} placed on the floor plan.`);
      if (!saved?.url) throw new Error(`GET ${api}/stands gives no url for stand ${STAND_NUMBER}`);
      return saved.url;
    });

    const posterUrl = await attempt("1f poster sheet: the poster's QR code holds the stand's URL", async () => {
      await org.locator('#tab-posters').click();
      const poster = org.locator(`markt-poster-sheet section.poster[aria-label="Stand ${STAND_NUMBER}"]`);
      await poster.waitFor();
      const url = await decodeQr(poster.locator('svg.qr'));
      await shots.take(org, 'organizer-posters', 'The poster sheet; each QR code leads to its stand’s phone page.');
      expect(url).toMatch(new RegExp(`^${base}/s/[A-Za-z0-9_-]{8,}$`));
      if (standUrl) expect(url).toBe(standUrl);
      expect(await poster.locator('.short').textContent()).toBe(url.replace(/^https?:\/\//, ''));
      return url;
    });

    // ── 4 (set up first). Booth tablets of two providers, paired by code ──
    say('4. booth tablets');
    const boothsPaired = await attempt('4a two booth tablets are paired (code typed; pairing QR decoded)', async () => {
      const code = await pairingCode(org, 'booth', `Tablet ${PROVIDER.name}`, PROVIDER.name);
      await pairBooth(booth, code);
      // The other tablet scans the pairing QR code instead of typing the code.
      const otherCode = await pairingCode(org, 'booth', `Tablet ${OTHER.name}`, OTHER.name);
      const pairing = org.locator('markt-devices-panel .pairing');
      await pairing.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shots.take(org, 'organizer-pairing-code', 'A pairing code for a booth tablet, to type or to scan.');
      const pairUrl = await decodeQr(pairing.locator('svg'));
      expect(pairUrl).toBe(`${base}/booth#pair=${otherCode}`);
      await other.goto(pairUrl);
      await other.locator('markt-booth-dashboard [role="status"][data-state="online"]').waitFor();
      await expect.poll(async () => text(booth, 'markt-booth-dashboard h1')).toContain(PROVIDER.name);
      await expect.poll(async () => text(other, 'markt-booth-dashboard h1')).toContain(OTHER.name);
      return true;
    });

    // The organizer watches the live dashboard from here on.
    await attempt('5a organizer opens the live dashboard', async () => {
      await org.locator('#tab-live').click();
      await org.locator('markt-live-dashboard [data-counter="visits"]').waitFor();
      await expect.poll(async () => text(org, 'markt-live-dashboard p[role="status"]')).toContain('online');
    });

    // ── 2. Kiosk: paired, Turkish, quiz, results with reasons, map, take-home list ──
    say('2. kiosk');
    const kioskPaired = await attempt('2a a kiosk is paired', async () => {
      const code = await pairingCode(org, 'kiosk', 'Kiosk Eingang');
      await org.locator('#tab-live').click();
      const pairRequest = kiosk.waitForRequest((r) => r.url().endsWith('/api/pair') && r.method() === 'POST', { timeout: 5_000 }).catch(() => undefined);
      await kiosk.goto(`/kiosk#pair=${encodeURIComponent(code)}`);
      const sent = await pairRequest;
      if (!sent) {
        throw new Error(
          '/kiosk#pair=<code> sent no POST /api/pair within 5 s; the story continues with /kiosk?event=<id> (a demo kiosk, which reports no quiz results)',
        );
      }
      const answer = await sent.response();
      expect(answer?.ok(), `POST /api/pair answered ${answer?.status()}`).toBe(true);
      expect(await answer?.json()).toMatchObject({ role: 'kiosk', eventId });
      await kiosk.locator('markt-kiosk button.attract').waitFor();
      expect(await kiosk.evaluate(() => location.hash)).not.toContain('pair=');
      return true;
    });
    if (!kioskPaired) await kiosk.goto(`/kiosk?event=${encodeURIComponent(eventId)}`);

    const takeHome = await attempt('2b visitor chooses Turkish, answers the quiz, sees reasons in Turkish', async () => {
      const k = kiosk.locator('markt-kiosk');
      await k.locator('button.attract').click();
      await k.locator('[data-locale="tr"]').click();
      await k.locator('[data-answer]').first().waitFor();
      expect(await k.locator('div.app[part="app"]').getAttribute('lang')).toMatch(/^tr/);
      let answered = 0;
      for (let i = 0; i < 60; i++) {
        if (await k.locator('[data-to-results]').isVisible()) {
          await k.locator('[data-to-results]').click();
          break;
        }
        const answers = k.locator('[data-answer]');
        if ((await answers.count()) === 0) {
          await k.locator('[data-to-results], [data-count]').first().waitFor();
          continue;
        }
        if (answered === 0) await shots.take(kiosk, 'kiosk-quiz-turkish', 'The kiosk quiz in Turkish.');
        // Mostly "very much" for working with people and computers, some "not at all".
        await answers.nth(answered % 3 === 2 ? 0 : (await answers.count()) - 1).click();
        answered += 1;
      }
      expect(answered).toBeGreaterThan(3);
      await k.locator('[data-count]').waitFor();
      const offers = k.locator('li[data-offer]');
      await offers.first().waitFor();
      const reasons = await offers.first().locator('[data-reason]').allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      // Turkish words and letters, not the German or English text.
      expect(reasons.join(' ')).toMatch(/[çğıöşüİ]/);
      expect(reasons.join(' ')).not.toMatch(/\b(und|passt|Ihr|your|fits)\b/);
      await shots.take(kiosk, 'kiosk-results-turkish', 'Results in Turkish, each with its reasons.');
      for (let i = 0; i < 2; i++) await offers.nth(i).locator('[data-add]').click();
      const titles = await Promise.all([0, 1].map(async (i) => ((await offers.nth(i).locator('h3, h2').first().textContent()) ?? '').trim()));

      await k.locator('nav.bottom button').nth(1).click();
      await k.locator('markt-floor-map').waitFor();
      expect(await text(kiosk, 'markt-kiosk [data-route]')).toMatch(/→|[A-Z]\d/);
      await shots.take(kiosk, 'kiosk-map', 'The map with the route to the stands of the list.');

      await k.locator('nav.bottom button').nth(2).click();
      const qr = k.locator('.qr[data-link]');
      await qr.waitFor();
      const link = await decodeQr(qr);
      expect(link).toBe(await qr.getAttribute('data-link'));
      expect(link.startsWith(`${base}/list#`)).toBe(true);
      await shots.take(kiosk, 'kiosk-take-home', 'Take the list home: a QR code with the list in the link.');
      return { link, titles };
    });

    await attempt('2c the take-home QR opens on a phone with the same offers', async () => {
      if (!takeHome) throw new Error('no take-home link (step 2b failed)');
      const list = listDevice.page;
      await list.goto(takeHome.link);
      const titles = list.locator('markt-take-home-list ul[part="offers"] h3');
      await titles.first().waitFor();
      const shown = (await titles.allTextContents()).map((t) => t.trim());
      for (const title of takeHome.titles) expect(shown).toContain(title);
      expect(shown).toHaveLength(takeHome.titles.length);
      await shots.take(list, 'phone-take-home-list', 'The take-home list on a phone: the same offers, in Turkish.');
    });

    // ── 3. Phone: a stand through its poster's QR URL, save an offer, ask for contact (phone number only) ──
    say('3. phone');
    const url = posterUrl ?? standUrl;
    let submittedAt = 0;
    const leadSent = await attempt('3a visitor opens the stand from its QR URL, saves an offer, asks for contact', async () => {
      if (!url) throw new Error('no stand URL (step 1 failed)');
      await phone.goto(url);
      const stand = phone.locator('markt-stand-page');
      await expect.poll(async () => text(phone, 'markt-stand-page header h1')).toBe(PROVIDER.name);
      expect(await text(phone, 'markt-stand-page header .stand')).toContain(STAND_NUMBER);
      const offer = stand.locator('article', { has: phone.locator(`h3#offer-${IMPORTED.id}`) });
      await offer.waitFor();
      await offer.getByRole('button', { name: 'Auf meine Liste' }).click();
      await expect.poll(async () => offer.locator('button[aria-pressed="true"]').count()).toBe(1);
      expect(await stand.locator('section.saved h3').allTextContents()).toContain(IMPORTED.de);
      await shots.take(phone, 'phone-stand-saved', `Stand ${STAND_NUMBER} on the phone; the imported offer is on the list.`);
      await offer.getByRole('button', { name: 'Dazu Kontakt aufnehmen' }).click();
      const form = stand.locator('markt-contact-form');
      await form.locator('#share-phone').check();
      await form.locator('#phone').fill(PHONE_NUMBER);
      expect(await form.locator('#share-name').isChecked()).toBe(false);
      expect(await form.locator('#share-email').isChecked()).toBe(false);
      await shots.take(phone, 'phone-contact-form', 'The contact request: only the phone number is shared.');
      submittedAt = Date.now();
      await form.locator('button[type="submit"]').click();
      await expect.poll(async () => text(phone, 'markt-stand-page p.status')).toContain('Danke');
      await shots.take(phone, 'phone-contact-sent', 'The phone confirms the request.');
      return true;
    });

    await attempt("4b the stand's tablet shows the lead within one second; the other tablet does not", async () => {
      if (!boothsPaired || !leadSent) throw new Error('tablets not paired or no lead sent (steps 4a/3a failed)');
      const seenAt = await booth.waitForFunction(
        (phoneNumber) => {
          const dash = document.querySelector('markt-booth-app')?.shadowRoot?.querySelector('markt-booth-dashboard')?.shadowRoot;
          const cards = [...(dash?.querySelectorAll('markt-lead-card') ?? [])];
          return cards.some((c) => c.shadowRoot?.textContent?.includes(phoneNumber)) ? Date.now() : 0;
        },
        PHONE_NUMBER,
        { polling: 'raf', timeout: 10_000 },
      );
      const latency = Number(await seenAt.jsonValue()) - submittedAt;
      figures['lead latency (phone submit → visible on the tablet)'] = `${latency} ms`;
      const card = booth.locator('markt-lead-card', { hasText: PHONE_NUMBER });
      expect(await card.textContent()).not.toMatch(/@/);
      await expect.poll(async () => text(booth, 'markt-lead-card h3')).toContain('Kein Name angegeben');
      await shots.take(booth, 'booth-lead', `The tablet of ${PROVIDER.name} shows the request.`);
      expect(latency).toBeLessThan(1000);
      await other.waitForTimeout(1500);
      expect(await leadCards(other)).toBe(0);
      expect(await other.locator('markt-booth-dashboard').textContent()).not.toContain(PHONE_NUMBER);
      await shots.take(other, 'booth-other-provider', `The tablet of ${OTHER.name} shows no request.`);
      const rows = (await fair.server.services.db.execute('SELECT provider_id, contact FROM leads')).rows;
      expect(rows).toHaveLength(1);
      expect(String(rows[0]?.provider_id)).toBe(PROVIDER.id);
      expect(JSON.parse(String(rows[0]?.contact))).toEqual({ phone: PHONE_NUMBER });
    });

    // ── 5. The live dashboard and the report count exactly what this test did ──
    say('5. live dashboard and report');
    const expected = { visits: 1, leads: 1, quizzes: 1 };
    await attempt('5b live dashboard: the quiz and the phone arrive live, no single visit or lead shows', async () => {
      // Open since step 5a (or again after pairing the kiosk): the counts arrive live, without a reload.
      if ((await org.locator('#tab-live[aria-selected="true"]').count()) === 0) await org.locator('#tab-live').click();
      const counter = (name: string) => text(org, `markt-live-dashboard [data-counter="${name}"] dd`);
      await expect.poll(async () => counter('quizzes'), { timeout: 5_000 }).toBe(String(expected.quizzes));
      // "Visitors now" counts the phone of step 3 (no stand, no time).
      await expect.poll(async () => Number(await text(org, 'markt-live-dashboard [data-counter="visitorsNow"] dd.total')), { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
      await shots.take(org, 'organizer-live', 'The live dashboard during the fair.');
      // Visits and contact requests reach the Jobcenter only as counts per 5-minute period, 1 to 4 withheld
      // (privacy): this test's single visit and lead must not show as 1.
      for (const name of ['visits', 'leads']) expect(await counter(name), name).not.toBe('1');
    });

    await attempt('5c the evaluation report counts the visits, quizzes and leads of this test', async () => {
      await org.locator('#tab-report').click();
      const total = (name: string) => text(org, `markt-report [data-total="${name}"] dd`);
      await org.locator('markt-report [data-total="visits"]').waitFor();
      await shots.take(org, 'organizer-report', 'The evaluation report (Auswertung).');
      const shown = { visits: await total('visits'), leads: await total('leads'), quizzes: await total('quizzes') };
      // While the fair runs the report counts only what was written before its last 5-minute boundary, totals
      // too (privacy: no single visit or request to be timed); the page says until when.
      const running = (await (await orgDevice.context.request.get(`${api}/report`)).json()) as { listsUntil: string | null; totals: Record<string, number> };
      if (running.listsUntil === null) throw new Error('the report of a running fair says it is final (listsUntil null)');
      sameCounts(shown, { visits: running.totals.visits!, leads: running.totals.leads!, quizzes: running.totals.quizzes! });
      expect(await text(org, 'markt-report p.lists-until')).toContain('alle 5 Minuten aktualisiert');
      // Once the fair is over the report is final: `markt export`, its clock a minute past the end, counts
      // exactly this test's visits, quizzes and leads.
      const event = (await (await orgDevice.context.request.get(api)).json()) as { endsAt: string };
      const file = join(fair.dir, 'report.json');
      await markt(['export', '--event', eventId, '--format', 'json', '--out', file], fair.dbUrl, Math.max(0, Date.parse(event.endsAt) + 60_000 - Date.now()));
      const final = JSON.parse(await readFile(file, 'utf8')) as { listsUntil: string | null; totals: Record<string, number> };
      expect(final.listsUntil).toBeNull();
      sameCounts({ visits: String(final.totals.visits), leads: String(final.totals.leads), quizzes: String(final.totals.quizzes) }, expected);
    });

    // ── 6. After the retention period the lead is gone from the tablet's export and the database ──
    say('6. retention purge');
    await attempt("6 after the retention purge the lead is gone from the tablet's export and the database", async () => {
      if (!boothsPaired) throw new Error('no tablet (step 4a failed)');
      expect(await exportCsv(booth)).toContain(PHONE_NUMBER);
      expect(await dbCount('SELECT COUNT(*) AS n FROM leads')).toBe(1);
      const event = (await (await orgDevice.context.request.get(api)).json()) as { endsAt: string; retentionDays?: number };
      const purgeAt = Date.parse(event.endsAt) + ((event.retentionDays ?? 30) + 1) * DAY_MS;
      const out = await markt(['purge'], fair.dbUrl, Math.max(0, purgeAt - Date.now()));
      say(out.trim().replace(/^/gm, '    markt purge: '));
      expect(out).toMatch(/1 leads/);
      expect(await dbCount('SELECT COUNT(*) AS n FROM leads')).toBe(0);
      expect(await dbCount('SELECT COUNT(*) AS n FROM visits')).toBe(0);
      const after = await exportCsv(booth);
      expect(after).not.toContain(PHONE_NUMBER);
    });

    await attempt("6b after the retention purge the phone number is in none of the database's files", async () => {
      const files = ['', '-wal'].map((suffix) => `${fair.dbUrl.replace(/^file:/, '')}${suffix}`);
      const holding: string[] = [];
      for (const file of files) {
        const bytes = await readFile(file).catch(() => Buffer.alloc(0));
        if (bytes.includes(PHONE_NUMBER)) holding.push(file.replace(fair.dir, '<temp dir>'));
      }
      if (holding.length > 0) {
        throw new Error(`the purged phone number is still in ${holding.join(', ')} (VACUUM ran, but the old pages stay in the write-ahead log until a checkpoint)`);
      }
    });

    await attempt('6c after the retention purge the tablet no longer shows the lead (reloaded)', async () => {
      if (!boothsPaired) throw new Error('no tablet (step 4a failed)');
      await booth.reload();
      await booth.locator('markt-booth-dashboard [role="status"][data-state="online"]').waitFor();
      await booth.waitForTimeout(500);
      await shots.take(booth, 'booth-after-purge', 'The tablet after the retention purge.');
      const shown = await booth.locator('markt-lead-card', { hasText: PHONE_NUMBER }).count();
      if (shown > 0) {
        throw new Error(
          `after the purge and a reload the tablet still shows the purged lead (${PHONE_NUMBER}) from its local storage: the server deleted it, but nothing tells the tablet to forget it`,
        );
      }
    });

    figures['the story (the test body)'] = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    say(`\nfigures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
    if (problems.consoleErrors.length) say(`browser console errors:\n  ${problems.consoleErrors.join('\n  ')}`);
    await writeFile(join(SCREENSHOTS, 'captions.json'), `${JSON.stringify(shots.files, null, 2)}\n`);
    expect(problems.pageErrors, 'errors thrown in the pages').toEqual([]);
    expect(blocked, `steps that failed:\n${blocked.join('\n')}`).toEqual([]);
  });
});
