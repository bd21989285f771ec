// Helpers for the organizer component tests: real mouse clicks and typing through the test runner.
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** The centre of an element in page coordinates (what the real mouse needs). */
export function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Clicks an element with the real mouse. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  await sendMouse({ type: 'click', position: centreOf(element) });
}

/** Clicks a field and types into it with the real keyboard. */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  await click(field);
  await sendKeys({ type: text });
}

/** A fetch stand-in that answers each request with the given status and JSON body and records the requests. */
export function answering(status: number, body: unknown): { fetch: typeof fetch; calls: { url: string; init: RequestInit | undefined }[] } {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  return {
    calls,
    fetch: async (input, init) => {
      calls.push({ url: String(input), init });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
  };
}

/** Resolves after the element (and Lit) had a chance to render. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
