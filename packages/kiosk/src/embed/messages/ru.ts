import type { Messages } from '../shared/i18n.js';
import common from './common/ru.js';
import type { EmbedKey } from './en.js';
import { offerWords } from '../../i18n/offer-words/ru.js';

/** Русский. */
const ru: Messages<EmbedKey> = {
  ...common,
  'list.label': 'Предложения',
  'list.empty': 'Сейчас здесь нет предложений.',
  'offer.more': 'Подробнее об этом предложении',
  'offer.select': 'Подробнее',
  'offer.partTime': 'Можно неполный день',
  'map.label': 'План зала: {event}',
  'map.stands': 'Стенды',
  'map.stand': 'Стенд {number}: {name}',
  'map.here': 'Вход',
  'qr.label': 'QR-код для {url}',
  'qr.caption': 'Сканируйте камерой телефона',
  'qr.open': 'Открыть страницу стенда',
  'offer.stand': 'Стенд {number}',
  ...offerWords,
};
export default ru;
