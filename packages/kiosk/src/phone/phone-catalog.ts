import { Catalog } from '../i18n/catalog.js';
import { de } from './messages/de.js';
import { en, type PhoneKey } from './messages/en.js';

/** The phone pages' messages: English and German bundled, the other languages loaded when chosen. */
export const phoneCatalog = new Catalog<PhoneKey>(en, de, {
  tr: async () => (await import('./messages/tr.js')).tr,
  ar: async () => (await import('./messages/ar.js')).ar,
  uk: async () => (await import('./messages/uk.js')).uk,
  ru: async () => (await import('./messages/ru.js')).ru,
  'de-x-ls': async () => (await import('./messages/de-x-ls.js')).deLs,
});
export type { PhoneKey };
