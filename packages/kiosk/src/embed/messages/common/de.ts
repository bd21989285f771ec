import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** Deutsch. */
const de: Messages<CommonKey> = {
  'status.loading': 'Wird geladen …',
  'status.error': 'Das konnte nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
  'status.reload': 'Das konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  'status.retry': 'Noch einmal versuchen',
  'offer.provider': 'Von: {name}',
  'offer.where': 'Wo: {place}',
  'offer.online': 'Online oder am Telefon',
  'offer.contact': 'Kontakt: {contact}',
  'offer.noDetails': 'Fragen Sie am Stand nach diesem Angebot.',
};
export default de;
