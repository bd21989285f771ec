import { Catalog } from '../i18n/catalog.js';
import { de } from './messages/de.js';
import { en, type BoothKey } from './messages/en.js';

/** The booth tablet's messages: German and English (other languages fall back to English). */
export const boothCatalog = new Catalog<BoothKey>(en, de);
export type { BoothKey };
