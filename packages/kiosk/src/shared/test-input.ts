// Test helpers (imported only by *.test.ts): real mouse clicks and typing through the test runner's browser control.
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** Clicks the middle of an element with the real mouse (scrolling it into view first). */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Focuses an input with a real click and types text with the real keyboard. */
export async function type(element: Element, text: string): Promise<void> {
  await click(element);
  await sendKeys({ type: text });
}

/** Resolves when `check` is true, polling every 10 ms; rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 4000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Finds one element in an open shadow root, or fails the test with the selector. */
export function $<E extends Element = HTMLElement>(root: Element, selector: string): E {
  const found = (root.shadowRoot ?? root).querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${root.localName}>`);
  return found;
}

/** Text of an element with whitespace collapsed. */
export function text(element: Element | ShadowRoot): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
