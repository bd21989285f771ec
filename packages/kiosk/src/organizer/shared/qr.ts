import { encode } from 'uqr';

/** A QR code as an SVG path: `size` modules square, a quiet zone included. */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * Encodes a text as a QR code and draws its dark modules as one SVG path, so a component renders it
 * with a plain `svg` template (no markup strings, nothing unsafe).
 * @param text usually a URL
 * @param border quiet zone in modules, default 2
 * @returns the path and the side length in modules
 * @example const { size, d } = qrPath('https://markt.example/s/abc');
 */
export function qrPath(text: string, border = 2): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, d };
}
