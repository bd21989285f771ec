import type { Messages } from '../../shared/i18n.js';
import type { CommonKey } from './en.js';

/** Leichte Sprache. */
const de_ls: Messages<CommonKey> = {
  'status.loading': 'Das wird geladen.',
  'status.error': 'Das geht gerade nicht. Bitte versuchen Sie es später noch einmal.',
  'status.reload': 'Das geht gerade nicht. Bitte laden Sie die Seite neu.',
  'status.retry': 'Noch einmal versuchen',
  'offer.provider': 'Von: {name}',
  'offer.where': 'Wo: {place}',
  'offer.online': 'Im Internet oder am Telefon',
  'offer.contact': 'Kontakt: {contact}',
  'offer.noDetails': 'Fragen Sie am Stand nach dem Angebot.',
};
export default de_ls;
