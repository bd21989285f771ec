import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium unless MARKT_CHROMIUM names another. */
export const CHROMIUM = process.env.MARKT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Errors the pages threw (fail the test) and console errors (printed). */
export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
}

/**
 * Starts headless Chromium.
 * @returns the browser
 * @example const browser = await launch();
 */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Opens a browser context (its own cookies and storage: one device) with one page, and records its errors.
 * @param browser the browser
 * @param name the device's name in error messages
 * @param baseURL the server
 * @param size the viewport
 * @param problems where errors are collected
 * @returns the context and its page
 * @example const { page } = await device(browser, 'phone', url, PHONE, problems);
 */
export async function device(
  browser: Browser,
  name: string,
  baseURL: string,
  size: { width: number; height: number },
  problems: PageProblems,
): Promise<{ context: BrowserContext; page: Page }> {
  const phone = size.width < 600;
  const context = await browser.newContext({
    baseURL,
    viewport: size,
    deviceScaleFactor: 1,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  watch(page, name, problems);
  context.on('page', (p) => watch(p, name, problems));
  return { context, page };
}

function watch(page: Page, name: string, problems: PageProblems): void {
  page.on('pageerror', (error) => problems.pageErrors.push(`${name}: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${name}: ${message.text()} (${message.location().url})`);
  });
}

/** Saves screenshots as NN-step.png in its folder (docs/screenshots/ when updating them) (or .jpg when that is much smaller), each at most 250 KB. */
export class Shots {
  readonly files: { file: string; caption: string }[] = [];
  #n = 0;
  constructor(readonly dir: string) {}

  /**
   * Removes the screenshots of an earlier run (`NN-step.png|jpg` only: other tools keep their own pictures in the
   * same folder), so that the README's screenshots come from the latest run.
   */
  async reset(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      if (/^\d{2}-[a-z0-9-]+\.(png|jpg)$/.test(name)) await rm(join(this.dir, name), { force: true });
    }
  }

  /**
   * Screenshots the page's viewport.
   * @param page the page
   * @param step a short slug, e.g. "organizer-login"
   * @param caption what the picture shows (for the README)
   * @returns the file name
   */
  async take(page: Page, step: string, caption: string): Promise<string> {
    this.#n += 1;
    const base = `${String(this.#n).padStart(2, '0')}-${step}`;
    let file = `${base}.png`;
    let data = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
    if (data.length > 250_000) {
      file = `${base}.jpg`;
      data = await page.screenshot({ type: 'jpeg', quality: 70, animations: 'disabled', caret: 'hide' });
    }
    if (data.length > 250_000) throw new Error(`screenshot ${file} is ${data.length} bytes, more than 250 KB`);
    await writeFile(join(this.dir, file), data);
    this.files.push({ file, caption });
    return file;
  }
}
