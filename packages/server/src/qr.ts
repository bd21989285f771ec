import QRCode from 'qrcode';

/** Error correction M (15 %) survives a scratched or partly covered poster and keeps the code small. */
const options = { errorCorrectionLevel: 'M', margin: 2 } as const;

/**
 * A QR code as an SVG document (scales to any poster size).
 * @param url the text to encode, e.g. `https://markt.example/s/<token>`
 * @returns the SVG markup
 * @example const svg = await qrSvg('https://markt.example/s/abc');
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: 'svg' });
}

/**
 * A QR code as a PNG image.
 * @param url the text to encode
 * @param width the image width in pixels (default 600: sharp on an A4 poster)
 * @returns the PNG bytes
 * @example const png = await qrPng('https://markt.example/s/abc');
 */
export function qrPng(url: string, width = 600): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: 'png', width });
}
