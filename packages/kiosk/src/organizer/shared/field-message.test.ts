import { expect } from '@open-wc/testing';
import { organizerCatalog, type OrganizerKey } from '../messages/index.js';
import { fieldMessage } from './field-message.js';

const de = (key: OrganizerKey, params?: Readonly<Record<string, string | number>>) => organizerCatalog.t('de', key, params);
const en = (key: OrganizerKey, params?: Readonly<Record<string, string | number>>) => organizerCatalog.t('en', key, params);

describe('fieldMessage', () => {
  it("says the schemas' common messages in German (and English), with their numbers", () => {
    expect(fieldMessage('must be at most 160 characters', de)).to.equal('Höchstens 160 Zeichen.');
    expect(fieldMessage('Invalid value: Expected >=1 but received 0', de)).to.equal('Bitte mindestens 1 eingeben.');
    expect(fieldMessage('Invalid value: Expected <=365 but received 400', de)).to.equal('Bitte höchstens 365 eingeben.');
    expect(fieldMessage('Invalid type: Expected number but received NaN', de)).to.equal('Bitte eine Zahl eingeben.');
    expect(fieldMessage('Invalid length: Expected >=1 but received 0', de)).to.equal('Bitte mindestens eins auswählen.');
    expect(fieldMessage('must not be empty', en)).to.equal('Please fill in.');
  });

  it('keeps any other message as the schema words it', () => {
    expect(fieldMessage('must be a KldB 2010 code of 2–5 digits', de)).to.equal('must be a KldB 2010 code of 2–5 digits');
  });
});
