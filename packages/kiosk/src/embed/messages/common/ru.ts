import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** Русский. */
const ru: Messages<CommonKey> = {
  'status.loading': 'Загрузка…',
  'status.error': 'Не удалось загрузить. Попробуйте позже.',
  'status.reload': 'Не удалось загрузить. Пожалуйста, перезагрузите страницу.',
  'status.retry': 'Попробовать снова',
  'offer.provider': 'От: {name}',
  'offer.where': 'Где: {place}',
  'offer.online': 'Онлайн или по телефону',
  'offer.contact': 'Контакт: {contact}',
  'offer.noDetails': 'Спросите об этом предложении на стенде.',
};
export default ru;
