import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** Українська. */
const uk: Messages<CommonKey> = {
  'status.loading': 'Завантаження…',
  'status.error': 'Не вдалося завантажити. Спробуйте пізніше.',
  'status.retry': 'Спробувати ще раз',
  'offer.provider': 'Від: {name}',
};
export default uk;
