import type { Messages } from '../shared/i18n.js';
import common from './common/de.js';
import type { EmbedKey } from './en.js';
import { offerWords } from '../../i18n/offer-words/de.js';

/** Deutsch (Sie-Form). */
const de: Messages<EmbedKey> = {
  ...common,
  'list.label': 'Angebote',
  'list.empty': 'Hier gibt es gerade keine Angebote.',
  'offer.more': 'Mehr zu diesem Angebot',
  'offer.select': 'Details',
  'offer.partTime': 'Auch in Teilzeit',
  'map.label': 'Hallenplan: {event}',
  'map.stands': 'Stände',
  'map.stand': 'Stand {number}: {name}',
  'map.here': 'Eingang',
  'qr.label': 'QR-Code für {url}',
  'qr.caption': 'Mit der Handy-Kamera scannen',
  'qr.open': 'Standseite öffnen',
  'offer.stand': 'Stand {number}',
  ...offerWords,
};
export default de;
