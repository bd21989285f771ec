import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** Русский. */
const ru: Messages<CommonKey> = {
  'status.loading': 'Загрузка…',
  'status.error': 'Не удалось загрузить. Попробуйте позже.',
  'status.retry': 'Попробовать снова',
  'offer.provider': 'От: {name}',
};
export default ru;
