import type { Messages } from '../shared/i18n.js';
import common from './common/uk.js';
import type { EmbedKey } from './en.js';
import { offerWords } from '../../i18n/offer-words/uk.js';

/** Українська. */
const uk: Messages<EmbedKey> = {
  ...common,
  'list.label': 'Пропозиції',
  'list.empty': 'Зараз тут немає пропозицій.',
  'offer.more': 'Більше про цю пропозицію',
  'offer.select': 'Докладніше',
  'offer.partTime': 'Можна й неповний день',
  'map.label': 'План залу: {event}',
  'map.stands': 'Стенди',
  'map.stand': 'Стенд {number}: {name}',
  'map.here': 'Вхід',
  'qr.label': 'QR-код для {url}',
  'qr.caption': 'Скануйте камерою телефона',
  'qr.open': 'Відкрити сторінку стенду',
  'offer.stand': 'Стенд {number}',
  ...offerWords,
};
export default uk;
