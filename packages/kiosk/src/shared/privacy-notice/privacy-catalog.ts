import { Catalog } from '../../i18n/catalog.js';
import { de } from './messages/de.js';
import { en, type PrivacyKey } from './messages/en.js';

/** The privacy notice's messages: English and German bundled, the other visitor languages loaded when chosen. */
export const privacyCatalog = new Catalog<PrivacyKey>(en, de, {
  tr: async () => (await import('./messages/tr.js')).tr,
  ar: async () => (await import('./messages/ar.js')).ar,
  uk: async () => (await import('./messages/uk.js')).uk,
  ru: async () => (await import('./messages/ru.js')).ru,
  'de-x-ls': async () => (await import('./messages/de-x-ls.js')).deLs,
});
export type { PrivacyKey };
