import common from './common/en.js';
import { offerWords } from '../../i18n/offer-words/en.js';

/**
 * The embeddable components' shared visitor texts in English. Every other language has the same keys
 * (the types and quiz.test.ts check it): nothing falls back to English.
 * Offer kinds and funding words are shared with the kiosk (src/i18n/offer-words), so an embed has the kiosk's
 * wording without carrying the whole kiosk catalogue.
 */
const en = {
  ...common,
  'list.label': 'Offers',
  'list.empty': 'There are no offers here at the moment.',
  'offer.more': 'More about this offer',
  'offer.select': 'Details',
  'offer.partTime': 'Part time possible',
  'map.label': 'Floor plan: {event}',
  'map.stands': 'Stands',
  'map.stand': 'Stand {number}: {name}',
  'map.here': 'Entrance',
  'qr.label': 'QR code for {url}',
  'qr.caption': 'Scan with your phone camera',
  'qr.open': 'Open the stand page',
  'offer.stand': 'Stand {number}',
  ...offerWords,
} as const;

/** Every message key of the embeddable components. */
export type EmbedKey = keyof typeof en;
export default en;
