import type { Locale } from '@markt/sdk';
import type * as Uqr from 'uqr';

/**
 * The take-home link: ids and language only, all in the fragment, which a browser never sends to a server.
 * @param origin the server's origin, e.g. `https://markt.example`
 * @param eventId the fair
 * @param locale the visitor's language
 * @param offerIds the offers the visitor put on the list, in order
 * @param suggestedIds offers suggested besides (`r=`; the phone shows them after the list, as suggestions)
 * @returns `<origin>/list#v=1&e=<eventId>&l=<locale>&o=<id>,<id>[&r=<id>,<id>]`
 * @example listLink('https://m.example', 'ev1', 'tr', ['o1', 'o2']) // 'https://m.example/list#v=1&e=ev1&l=tr&o=o1,o2'
 * @example listLink('https://m.example', 'ev1', 'tr', [], ['o3']) // 'https://m.example/list#v=1&e=ev1&l=tr&o=&r=o3'
 */
export function listLink(origin: string, eventId: string, locale: Locale, offerIds: readonly string[], suggestedIds: readonly string[] = []): string {
  const list = (ids: readonly string[]): string => ids.map(encodeURIComponent).join(',');
  const suggested = suggestedIds.length > 0 ? `&r=${list(suggestedIds)}` : '';
  return `${origin}/list#v=1&e=${encodeURIComponent(eventId)}&l=${encodeURIComponent(locale)}&o=${list(offerIds)}${suggested}`;
}

const made = new Map<string, Promise<string>>();
let encoder: Promise<typeof Uqr> | undefined;

/**
 * Loads the QR encoder once (a chunk of its own, needed only on the take-home screen). The kiosk calls it
 * while it is online, so that a take-home code can be drawn after the network is gone; a failed load is
 * tried again on the next call.
 * @returns a promise of the encoder module
 * @example await loadQrEncoder(); // from now on qrSvg works offline
 */
export function loadQrEncoder(): Promise<typeof Uqr> {
  encoder ??= import('uqr').catch((error: unknown) => {
    encoder = undefined;
    throw error;
  });
  return encoder;
}

/**
 * Forgets every take-home code drawn so far (the kiosk's wipe: no visitor's list stays in a cache).
 * @returns nothing
 * @example forgetQrCodes();
 */
export function forgetQrCodes(): void {
  made.clear();
}

/**
 * A QR code of `text` as SVG markup (black on white, with a quiet zone), generated here and never from data.
 * The encoder loads on first use unless `loadQrEncoder` was called before; the same text gives the same promise
 * (a failure is not kept: the next call tries again).
 * @param text what the code holds, e.g. the list link
 * @returns a promise of an `<svg>` string
 * @example (await qrSvg('https://m.example/list#v=1&e=ev1&l=de&o=o1')).startsWith('<svg') // true
 */
export function qrSvg(text: string): Promise<string> {
  let svg = made.get(text);
  if (!svg) {
    svg = loadQrEncoder().then(({ renderSVG }) => renderSVG(text, { ecc: 'M', border: 2, pixelSize: 8, whiteColor: '#ffffff', blackColor: '#000000' }));
    svg.catch(() => made.delete(text));
    made.set(text, svg);
  }
  return svg;
}
