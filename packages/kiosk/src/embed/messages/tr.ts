import type { Messages } from '../shared/i18n.js';
import common from './common/tr.js';
import type { EmbedKey } from './en.js';
import { offerWords } from '../../i18n/offer-words/tr.js';

/** Türkçe. */
const tr: Messages<EmbedKey> = {
  ...common,
  'list.label': 'Teklifler',
  'list.empty': 'Şu anda burada teklif yok.',
  'offer.more': 'Bu teklif hakkında daha fazla',
  'offer.select': 'Ayrıntılar',
  'offer.partTime': 'Yarı zamanlı da olur',
  'map.label': 'Salon planı: {event}',
  'map.stands': 'Standlar',
  'map.stand': 'Stand {number}: {name}',
  'map.here': 'Giriş',
  'qr.label': '{url} için QR kodu',
  'qr.caption': 'Telefon kameranızla tarayın',
  'qr.open': 'Stand sayfasını aç',
  'offer.stand': 'Stand {number}',
  ...offerWords,
};
export default tr;
