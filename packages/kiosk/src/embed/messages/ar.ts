import type { Messages } from '../shared/i18n.js';
import common from './common/ar.js';
import type { EmbedKey } from './en.js';
import { offerWords } from '../../i18n/offer-words/ar.js';

/** العربية (right to left). */
const ar: Messages<EmbedKey> = {
  ...common,
  'list.label': 'العروض',
  'list.empty': 'لا توجد عروض هنا حاليًا.',
  'offer.more': 'المزيد عن هذا العرض',
  'offer.select': 'التفاصيل',
  'offer.partTime': 'ممكن بدوام جزئي',
  'map.label': 'مخطط القاعة: {event}',
  'map.stands': 'الأجنحة',
  'map.stand': 'الجناح {number}: {name}',
  'map.here': 'المدخل',
  'qr.label': 'رمز QR لـ {url}',
  'qr.caption': 'امسح الرمز بكاميرا هاتفك',
  'qr.open': 'افتح صفحة الجناح',
  'offer.stand': 'الجناح {number}',
  ...offerWords,
};
export default ar;
