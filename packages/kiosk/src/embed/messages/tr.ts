import type { Messages } from '../shared/i18n.js';
import common from './common/tr.js';
import type { EmbedKey } from './en.js';

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
  'kind.qualification': 'Meslek kursu',
  'kind.integration': 'İşe giriş programı',
  'kind.job': 'İş',
  'kind.apprenticeship': 'Meslek eğitimi',
  'kind.counselling': 'Danışmanlık',
  'kind.self-employment': 'Kendi işini kurma',
  'kind.health': 'Sağlık',
  'kind.language': 'Almanca kursu',
  'funding.bildungsgutschein': 'Eğitim çeki',
  'funding.avgs': 'Aktivasyon çeki (AVGS)',
  'funding.einstiegsgeld': 'Başlangıç desteği',
  'funding.free': 'Ücretsiz',
  'funding.paid-job': 'Ücretli iş',
};
export default tr;
