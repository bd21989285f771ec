import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** Українська. */
const uk: Messages<CommonKey> = {
  'status.loading': 'Завантаження…',
  'status.error': 'Не вдалося завантажити. Спробуйте пізніше.',
  'status.reload': 'Не вдалося завантажити. Будь ласка, перезавантажте сторінку.',
  'status.retry': 'Спробувати ще раз',
  'offer.provider': 'Від: {name}',
  'offer.where': 'Де: {place}',
  'offer.online': 'Онлайн або телефоном',
  'offer.contact': 'Контакт: {contact}',
  'offer.noDetails': 'Запитайте про цю пропозицію на стенді.',
};
export default uk;
