import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** Türkçe. */
const tr: Messages<CommonKey> = {
  'status.loading': 'Yükleniyor…',
  'status.error': 'Yüklenemedi. Lütfen daha sonra tekrar deneyin.',
  'status.reload': 'Yüklenemedi. Lütfen sayfayı yenileyin.',
  'status.retry': 'Tekrar dene',
  'offer.provider': 'Sunan: {name}',
  'offer.where': 'Nerede: {place}',
  'offer.online': 'Çevrimiçi veya telefonla',
  'offer.contact': 'İletişim: {contact}',
  'offer.noDetails': 'Bu teklifi standda sorun.',
};
export default tr;
