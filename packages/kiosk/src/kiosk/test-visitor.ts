// What a visitor does at the kiosk, for the kiosk's tests (imported only by *.test.ts): real clicks and keys in Chromium.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MarktKiosk } from './kiosk.component.js';

/**
 * Waits `ms` milliseconds.
 * @param ms how long
 * @returns when the time is up
 * @example await wait(100);
 */
export const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The element on the kiosk's screen that `selector` finds; throws (naming the screen) when there is none.
 * @param el the kiosk
 * @param selector a CSS selector in the kiosk's shadow root
 * @returns the element
 * @example $(el, '[data-screen-heading]').textContent
 */
export const $ = <T extends Element = HTMLElement>(el: MarktKiosk, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} on screen ${el.screen}`);
  return found;
};

/**
 * Clicks what `selector` finds and waits until the kiosk has rendered what follows.
 * @param el the kiosk
 * @param selector a CSS selector in the kiosk's shadow root
 * @returns when the kiosk has updated
 * @example await tap(el, '.attract');
 */
export async function tap(el: MarktKiosk, selector: string): Promise<void> {
  $(el, selector).click();
  await wait(0);
  await el.updateComplete;
  await wait(0);
  await el.updateComplete;
}

/**
 * Waits until `check` holds (polling every 20 ms, at most 4 s), and fails the test if it never does.
 * @param check the condition
 * @returns when it holds
 * @example await until(() => el.locale === 'ar');
 */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await wait(20);
  expect(check(), 'condition met in time').to.equal(true);
}

/**
 * The text of the screen's heading (the one that takes the focus when a screen opens).
 * @param el the kiosk
 * @returns the heading's text, trimmed
 * @example expect(heading(el)).to.equal('Kontakt anfragen');
 */
export const heading = (el: MarktKiosk): string | undefined => $(el, '[data-screen-heading]').textContent?.trim();

/**
 * A visitor picks a language, opens the debt counselling's contact form and sends a phone number with consent.
 * @param el the kiosk, showing its attract screen
 * @param locale the language to pick
 * @returns when the request was submitted
 * @example await askForContact(el, 'de');
 */
export async function askForContact(el: MarktKiosk, locale: string): Promise<void> {
  await tap(el, '.attract');
  await tap(el, `[data-locale="${locale}"]`);
  await until(() => el.locale === locale);
  el.go('results');
  await el.updateComplete;
  $(el, '[data-offer="schulden-beratung"] [data-details]').click();
  await el.updateComplete;
  await tap(el, '[data-contact]');
  $(el, '#contact-phone').focus();
  await sendKeys({ type: '0170 5551234' });
  $(el, '.check input').click();
  await tap(el, 'button[type="submit"]');
}
