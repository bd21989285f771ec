import type { Locale } from '@markt/sdk';

/**
 * The take-home link: ids and language only, all in the fragment, which a browser never sends to a server.
 * @param origin the server's origin, e.g. `https://markt.example`
 * @param eventId the fair
 * @param locale the visitor's language
 * @param offerIds the offers on the list, in order
 * @returns `<origin>/list#v=1&e=<eventId>&l=<locale>&o=<id>,<id>`
 * @example listLink('https://m.example', 'ev1', 'tr', ['o1', 'o2']) // 'https://m.example/list#v=1&e=ev1&l=tr&o=o1,o2'
 */
export function listLink(origin: string, eventId: string, locale: Locale, offerIds: readonly string[]): string {
  const ids = offerIds.map(encodeURIComponent).join(',');
  return `${origin}/list#v=1&e=${encodeURIComponent(eventId)}&l=${encodeURIComponent(locale)}&o=${ids}`;
}

const made = new Map<string, Promise<string>>();

/**
 * A QR code of `text` as SVG markup (black on white, with a quiet zone), generated here and never from data.
 * The encoder loads on first use (it is needed only on the take-home screen); the same text gives the same promise.
 * @param text what the code holds, e.g. the list link
 * @returns a promise of an `<svg>` string
 * @example (await qrSvg('https://m.example/list#v=1&e=ev1&l=de&o=o1')).startsWith('<svg') // true
 */
export function qrSvg(text: string): Promise<string> {
  let svg = made.get(text);
  if (!svg) {
    svg = import('uqr').then(({ renderSVG }) => renderSVG(text, { ecc: 'M', border: 2, pixelSize: 8, whiteColor: '#ffffff', blackColor: '#000000' }));
    made.set(text, svg);
  }
  return svg;
}
