import common from './common/en.js';

/**
 * The embeddable components' shared visitor texts in English. Every other language has the same keys
 * (the types and quiz.test.ts check it): nothing falls back to English.
 * Quiz items, offer kinds and funding words are the kiosk's own wording (src/kiosk/messages), copied so that
 * an embed does not carry the whole kiosk catalogue.
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
  'kind.qualification': 'Training course',
  'kind.integration': 'Integration measure',
  'kind.job': 'Job',
  'kind.apprenticeship': 'Apprenticeship',
  'kind.counselling': 'Advice',
  'kind.self-employment': 'Starting a business',
  'kind.health': 'Health',
  'kind.language': 'German course',
  'funding.bildungsgutschein': 'Education voucher',
  'funding.avgs': 'Activation voucher (AVGS)',
  'funding.einstiegsgeld': 'Start-up allowance',
  'funding.free': 'Free of charge',
  'funding.paid-job': 'Paid work',
} as const;

/** Every message key of the embeddable components. */
export type EmbedKey = keyof typeof en;
export default en;
