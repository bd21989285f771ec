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

  describe("a stands CSV import's row errors (as server/src/store/import-stands.ts words them)", () => {
    /** The German text, and the English one, which is the server's own. */
    const says = (message: string, german: string) => {
      expect(fieldMessage(message, de)).to.equal(german);
      expect(fieldMessage(message, en)).to.equal(message);
    };

    it('an unknown provider, with its name', () => {
      says(
        'no provider of this event is called "Jobcenter Mitte": check the spelling, or import the providers first',
        'Kein Träger dieser Veranstaltung heißt „Jobcenter Mitte“. Bitte prüfen Sie die Schreibweise oder importieren Sie zuerst die Träger.',
      );
      // A name with quotes and a colon is carried whole.
      says(
        'no provider of this event is called "Bildungswerk "Nord": Pflege": check the spelling, or import the providers first',
        'Kein Träger dieser Veranstaltung heißt „Bildungswerk "Nord": Pflege“. Bitte prüfen Sie die Schreibweise oder importieren Sie zuerst die Träger.',
      );
    });

    it('a provider name that two providers share, with their ids', () => {
      says(
        '2 providers of this event are called "Pflegeschule Nord" (p-care, p-care-2): give a providerId column instead',
        '2 Träger dieser Veranstaltung heißen „Pflegeschule Nord“ (p-care, p-care-2). Bitte geben Sie stattdessen eine Spalte providerId mit der ID des Trägers an.',
      );
    });

    it('a number twice in the file, with the earlier line', () => {
      says('"C1" is on line 2 already', 'Die Standnummer „C1“ steht schon in Zeile 2.');
    });

    it('a number another stand keeps, with that stand', () => {
      says(
        "is already stand st-2: give that stand's id to update it, or choose another number",
        'Diese Nummer hat schon Stand st-2. Um diesen Stand zu ändern, geben Sie seine id an; sonst wählen Sie eine andere Nummer.',
      );
      // The end-state check of every stand write (server/src/store/events.ts) says it shorter.
      says('is already stand st-2', 'Diese Nummer hat schon Stand st-2.');
    });

    it('an unknown providerId, a name and providerId that disagree, and a row without provider', () => {
      says('no provider of this event has the id "p-x": import the providers first', 'Kein Träger dieser Veranstaltung hat die ID „p-x“. Bitte importieren Sie zuerst die Träger.');
      says('is provider "p-care", but providerId says "p-debt"', 'Der Name gehört zu Träger „p-care“, die providerId nennt aber „p-debt“.');
      says('name the provider (by name) or its providerId', 'Bitte nennen Sie den Träger: seinen Namen (Spalte Anbieter) oder seine providerId.');
    });

    it('two rows for one stand, and a place or size with one of its two cells', () => {
      says('updates stand st-a1, which line 3 writes already: give each row its own id', 'Ändert Stand st-a1, den schon Zeile 3 schreibt. Bitte geben Sie jeder Zeile ihre eigene id.');
      says('give y with x, or neither', 'Bitte y zusammen mit x angeben oder keins von beiden.');
      says('give w with h, or neither', 'Bitte w zusammen mit h angeben oder keins von beiden.');
    });

    it('an id twice in the file, and a file without a column the stands need', () => {
      says('"st-1" is used on line 2 already', 'Die id „st-1“ steht schon in Zeile 2.');
      says(
        'the file needs a column for number: "number" or "Standnummer" or "Stand" or "Nummer"',
        'Der Datei fehlt eine Spalte für number: „number“ oder „Standnummer“ oder „Stand“ oder „Nummer“.',
      );
      says(
        'the file needs a column for provider or providerId: "provider" or "providerId" or "Anbieter" or "Träger"',
        'Der Datei fehlt eine Spalte für provider oder providerId: „provider“ oder „providerId“ oder „Anbieter“ oder „Träger“.',
      );
    });

    it("the file's first line: an unknown column, two columns for one field, no header, not CSV at all", () => {
      const unknown = 'unknown column; known columns for stands: id, number, provider, providerId, x, y, w, h';
      expect(fieldMessage(unknown, de)).to.equal('Unbekannte Spalte. Bekannte Spalten (Stände): id, number, provider, providerId, x, y, w, h.');
      // The kind in the page's own word for it, as the import form's choice names it.
      expect(fieldMessage(unknown, en)).to.equal('unknown column; known columns for Stands: id, number, provider, providerId, x, y, w, h');
      expect(fieldMessage('unknown column; known columns for radar: regionCode, kldb', de)).to.equal(
        'Unbekannte Spalte. Bekannte Spalten (Zeilen des Beschäftigungs-Radars): regionCode, kldb.',
      );
      says('the columns "Standnummer" and "Nr" both fill number: keep one of them', 'Die Spalten „Standnummer“ und „Nr“ füllen beide number. Bitte behalten Sie nur eine davon.');
      says(
        'the first line must name the columns, e.g. id,number,provider,providerId',
        'Die erste Zeile muss die Spalten benennen, zum Beispiel id,number,provider,providerId.',
      );
      says('the file is not valid CSV: Invalid Closing Quote: got "x" at line 2', 'Die Datei ist kein gültiges CSV: Invalid Closing Quote: got "x" at line 2');
    });

    it('a coordinate outside the floor plan, with the plan\'s size (other maxima as before)', () => {
      says('Invalid value: Expected <=40 but received 50 (the floor plan is 40 × 20)', 'Liegt außerhalb des Hallenplans (40 × 20): Bitte höchstens 40 eingeben, nicht 50.');
      expect(fieldMessage('Invalid value: Expected <=365 but received 400', de)).to.equal('Bitte höchstens 365 eingeben.');
    });
  });

  it("says the privacy notice's web address error in German as other URL errors are", () => {
    expect(fieldMessage('must be a web address (http:// or https://)', de)).to.equal(fieldMessage('must be a URL', de));
    expect(fieldMessage('must be a web address (http:// or https://)', de)).not.to.contain('web address');
  });

  it('keeps any other message as the schema words it', () => {
    expect(fieldMessage('must be a KldB 2010 code of 2–5 digits', de)).to.equal('must be a KldB 2010 code of 2–5 digits');
  });
});
