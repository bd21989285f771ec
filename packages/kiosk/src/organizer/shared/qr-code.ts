import { svg, type SVGTemplateResult, html, type TemplateResult } from 'lit';
import { qrPath } from './qr.js';

/**
 * A QR code image for a template: an `<svg role="img">` with an accessible name.
 * @param text the encoded text (a URL)
 * @param label the accessible name
 * @returns a Lit template
 * @example html`${qrCode(pairUrl, 'QR code to pair')}`
 */
export function qrCode(text: string, label: string): TemplateResult {
  const { size, d } = qrPath(text);
  const path: SVGTemplateResult = svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`;
  return html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">${path}</svg>`;
}
