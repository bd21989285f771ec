import { Catalog } from '../../i18n/catalog.js';
import { de } from './de.js';
import { en, type OrganizerKey } from './en.js';

export type { OrganizerKey };

/** The organizer pages' messages: German (default) and English, both bundled and complete. */
export const organizerCatalog = new Catalog<OrganizerKey>(en, de);
