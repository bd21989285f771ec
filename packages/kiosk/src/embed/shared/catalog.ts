import { Catalog } from '../../i18n/catalog.js';
import de from '../messages/de.js';
import en, { type EmbedKey } from '../messages/en.js';

/**
 * The embeddable components' shared messages: English and German bundled, the other visitor languages
 * loaded when a component first shows them.
 */
export const embedCatalog = new Catalog<EmbedKey>(en, de, {
  tr: () => import('../messages/tr.js').then((m) => m.default),
  ar: () => import('../messages/ar.js').then((m) => m.default),
  uk: () => import('../messages/uk.js').then((m) => m.default),
  ru: () => import('../messages/ru.js').then((m) => m.default),
  'de-x-ls': () => import('../messages/de-x-ls.js').then((m) => m.default),
});

export type { EmbedKey };
