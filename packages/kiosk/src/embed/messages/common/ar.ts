import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** العربية. */
const ar: Messages<CommonKey> = {
  'status.loading': 'جارٍ التحميل…',
  'status.error': 'تعذّر التحميل. يرجى المحاولة لاحقًا.',
  'status.reload': 'تعذّر التحميل. يرجى إعادة تحميل الصفحة.',
  'status.retry': 'حاول مرة أخرى',
  'offer.provider': 'المقدِّم: {name}',
  'offer.where': 'المكان: {place}',
  'offer.online': 'عبر الإنترنت أو بالهاتف',
  'offer.contact': 'التواصل: {contact}',
  'offer.noDetails': 'اسأل عن هذا العرض في الجناح.',
};
export default ar;
