import type { Messages } from '../shared/i18n.js';
import common from './common/de-x-ls.js';
import type { EmbedKey } from './en.js';
import { offerWords } from '../../i18n/offer-words/de-x-ls.js';

/** Leichte Sprache: short sentences, one statement each. */
const de_ls: Messages<EmbedKey> = {
  ...common,
  'list.label': 'Angebote',
  'list.empty': 'Hier gibt es gerade keine Angebote.',
  'offer.more': 'Mehr über das Angebot',
  'offer.select': 'Mehr lesen',
  'offer.partTime': 'Auch in Teilzeit. Das heißt: nicht den ganzen Tag.',
  'map.label': 'Plan von der Halle: {event}',
  'map.stands': 'Stände',
  'map.stand': 'Stand {number}: {name}',
  'map.here': 'Eingang',
  'qr.label': 'QR-Code für {url}',
  'qr.caption': 'Mit dem Handy scannen',
  'qr.open': 'Die Seite vom Stand öffnen',
  'offer.stand': 'Stand {number}',
  ...offerWords,
};
export default de_ls;
