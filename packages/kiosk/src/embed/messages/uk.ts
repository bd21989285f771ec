import type { Messages } from '../shared/i18n.js';
import common from './common/uk.js';
import type { EmbedKey } from './en.js';

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
  'kind.qualification': 'Курс підвищення кваліфікації',
  'kind.integration': 'Програма входу в роботу',
  'kind.job': 'Робота',
  'kind.apprenticeship': 'Професійне навчання',
  'kind.counselling': 'Консультація',
  'kind.self-employment': 'Власна справа',
  'kind.health': 'Здоров’я',
  'kind.language': 'Курс німецької',
  'funding.bildungsgutschein': 'Освітній ваучер',
  'funding.avgs': 'Ваучер активації (AVGS)',
  'funding.einstiegsgeld': 'Стартова допомога',
  'funding.free': 'Безкоштовно',
  'funding.paid-job': 'Оплачувана робота',
};
export default uk;
