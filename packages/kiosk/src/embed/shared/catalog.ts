import type { EmbedKey } from '../messages/en.js';
import { EmbedTexts } from './i18n.js';

/** The embeddable components' shared messages: each visitor language a chunk of its own, loaded when first shown. */
export const embedTexts = new EmbedTexts<EmbedKey>({
  de: () => import('../messages/de.js'),
  en: () => import('../messages/en.js'),
  tr: () => import('../messages/tr.js'),
  ar: () => import('../messages/ar.js'),
  uk: () => import('../messages/uk.js'),
  ru: () => import('../messages/ru.js'),
  'de-x-ls': () => import('../messages/de-x-ls.js'),
});

export type { EmbedKey };
