import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';

// jsqr is CommonJS with an ES-style `default` in its types: under NodeNext the default import is the module object.
const jsQR = (jsQRModule as unknown as { default: (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' }) => { data: string } | null }).default;

/**
 * Decodes the QR code shown in an element: takes a real PNG screenshot of it, decodes the PNG to RGBA
 * and runs jsQR on the pixels.
 * @param element the element that shows the QR code (an `<svg>` or its container)
 * @returns the decoded text
 * @throws Error when no QR code can be read from the screenshot
 * @example const url = await decodeQr(page.locator('svg.qr'));
 */
export async function decodeQr(element: Locator): Promise<string> {
  await element.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await element.screenshot({ type: 'png', animations: 'disabled' }));
  // A quiet zone helps the decoder when the element is cropped tight around the modules.
  const margin = 16;
  const width = png.width + 2 * margin;
  const height = png.height + 2 * margin;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < png.height; y++) {
    rgba.set(png.data.subarray(y * png.width * 4, (y + 1) * png.width * 4), ((y + margin) * width + margin) * 4);
  }
  const code = jsQR(rgba, width, height, { inversionAttempts: 'attemptBoth' });
  if (!code) throw new Error(`no QR code found in a ${png.width}×${png.height} screenshot of ${String(element)}`);
  return code.data;
}
