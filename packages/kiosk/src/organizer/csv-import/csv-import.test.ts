import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { OrgApi } from '../api/org-api.js';
import { click } from '../test-helpers.js';
import type { CsvImport } from './csv-import.js';
import { rowErrors } from './row-errors.js';
import './csv-import.js';

const CSV = 'id,name,kind\np1,Bildungswerk Nord,training\np2,<img src=x onerror=alert(1)>,party\np3,,training\n';

/** A fetch stand-in that answers like the server's import route: all-or-nothing, or valid-only. */
function importServer() {
  const calls: { url: string; body: string; type: string | null; csrf: string | null }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    calls.push({ url, body: String(init?.body), type: headers.get('content-type'), csrf: headers.get('x-csrf-token') });
    const errors = [
      { line: 3, path: 'kind', message: 'Invalid type: Expected "training" | "integration" but received "party"' },
      { line: 4, path: 'name', message: 'must not be empty' },
    ];
    if (url.includes('mode=valid-only')) return Response.json({ kind: 'providers', imported: 1, rejected: 2, errors });
    return Response.json({ error: { code: 'INVALID_CSV', message: '2 row(s) are invalid', details: errors } }, { status: 400 });
  };
  const api = new OrgApi({ fetch: fetchImpl });
  api.csrfToken = 'csrf-1';
  return { api, calls };
}

async function chooseFile(el: CsvImport, content: BlobPart = CSV): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
  const files = new DataTransfer();
  files.items.add(new File([content], 'traeger.csv', { type: 'text/csv' }));
  input.files = files.files;
}

describe('markt-csv-import', () => {
  it('is accessible, and says before the import that existing rows are replaced', async () => {
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1"></markt-csv-import>`);
    await expectAccessible(el);
    const hint = el.shadowRoot!.getElementById(el.shadowRoot!.querySelector('#kind')!.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).to.equal(
      'Träger und Angebote, deren ID es schon gibt, werden durch die Zeile der Datei ersetzt (hier gemachte Änderungen gehen verloren). Stände mit derselben ID (sonst derselben Standnummer) werden aktualisiert; leere Zellen lassen ihren Platz und ihre Größe, wie sie sind. Eine Radar-Datei ersetzt die ganze bisherige Radar-Tabelle.',
    );
  });

  it('lists every bad row with line and field, and imports valid rows only when asked', async () => {
    const { api, calls } = importServer();
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" .api=${api}></markt-csv-import>`);
    await chooseFile(el);
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="errors"]'));
    const rows = [...el.shadowRoot!.querySelectorAll('[part="errors"] li')].map((li) => li.textContent?.trim());
    expect(rows).to.deep.equal([
      'Zeile 3, Feld kind: Dieser Wert ist ungültig.',
      'Zeile 4, Feld name: Bitte ausfüllen.',
    ]);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('2 Zeilen enthalten Fehler. Es wurde nichts importiert.');
    expect(calls).to.have.length(1);
    expect(calls[0]).to.deep.include({ url: '/api/org/events/e1/import?kind=providers', body: CSV, type: 'text/csv', csrf: 'csrf-1' });
    await expectAccessible(el);

    const done = oneEvent(el, 'markt-import-done');
    await click(el.shadowRoot!.querySelector('button.valid-only')!);
    expect((await done).detail).to.deep.equal({ kind: 'providers', imported: 1 });
    expect(calls[1]!.url).to.equal('/api/org/events/e1/import?kind=providers&mode=valid-only');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('progress')?.getAttribute('value')).to.equal('100');
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('1 Zeile importiert.');
    expect(el.shadowRoot!.querySelector('button.valid-only')).to.equal(null);
  });

  it('reads both forms of row errors', () => {
    expect(rowErrors([{ path: 'line 4.kind', message: 'x' }, { line: 2, path: 'name', message: 'y' }, { path: '(csv)', message: 'z' }])).to.deep.equal([
      { line: 4, field: 'kind', message: 'x' },
      { line: 2, field: 'name', message: 'y' },
      { line: undefined, field: '(csv)', message: 'z' },
    ]);
  });
  it('reads a file saved by German Excel (Windows-1252) with its umlauts intact, and UTF-8 with BOM too', async () => {
    const { api, calls } = importServer();
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" .api=${api}></markt-csv-import>`);
    const text = 'id;name;kind\r\np1;Bildungsträger Größe & Söhne;training\r\n';
    // Windows-1252: one byte per character (ä = 0xE4, ö = 0xF6, ß = 0xDF), which is not valid UTF-8.
    await chooseFile(el, new Uint8Array([...text].map((ch) => ch.charCodeAt(0))));
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => calls.length === 1);
    expect(calls[0]!.body).to.equal(text);
    expect(calls[0]!.body).not.to.contain('\ufffd');

    await waitUntil(() => !el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled);
    await chooseFile(el, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => calls.length === 2);
    expect(calls[1]!.body).to.equal(text);
  });
  it('says when the file cannot be read (FileReader made to fail: a locked file cannot be made here)', async () => {
    const { api, calls } = importServer();
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" .api=${api}></markt-csv-import>`);
    await chooseFile(el);
    const original = FileReader.prototype.readAsArrayBuffer;
    FileReader.prototype.readAsArrayBuffer = function (this: FileReader) {
      setTimeout(() => this.onerror?.(new ProgressEvent('error') as ProgressEvent<FileReader>));
    };
    try {
      await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')?.textContent, 'a message');
    } finally {
      FileReader.prototype.readAsArrayBuffer = original;
    }
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(
      'Die Datei ließ sich nicht lesen. Bitte schließen Sie sie in anderen Programmen, wählen Sie sie neu aus und versuchen Sie es noch einmal.',
    );
    expect(calls).to.have.length(0);
    expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled).to.equal(false);
  });
  it('reads a file saved as UTF-16 with its byte order mark (little- and big-endian), umlauts intact', async () => {
    const { api, calls } = importServer();
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" .api=${api}></markt-csv-import>`);
    const text = 'id\tname\tkind\r\np1\tBildungsträger Größe & Söhne\ttraining\r\n';
    const units = [...text].map((ch) => ch.charCodeAt(0));
    const little = [0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])];
    const big = [0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])];
    await chooseFile(el, new Uint8Array(little));
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => calls.length === 1);
    expect(calls[0]!.body).to.equal(text);

    await waitUntil(() => !el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled);
    await chooseFile(el, new Uint8Array(big));
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => calls.length === 2);
    expect(calls[1]!.body).to.equal(text);
    expect(calls[1]!.body).not.to.contain('\u0000');
  });

  it('offers stands, names their columns under the file field, and sends a stands file as kind=stands', async () => {
    const calls: string[] = [];
    const api = new OrgApi({
      fetch: async (input) => {
        calls.push(String(input));
        // The body the server's import route answers for a stands file (server test: test/org/import-stands.test.ts).
        return Response.json({ kind: 'stands', imported: 3, updated: 1, rejected: 0, errors: [] });
      },
    });
    api.csrfToken = 'csrf-1';
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" .api=${api}></markt-csv-import>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#kind')!;
    const options = [...select.options].map((o) => `${o.value}:${o.textContent}`);
    expect(options).to.include('stands:Stände');
    const columnsHint = () => el.shadowRoot!.getElementById((el.shadowRoot!.querySelector('#file')!.getAttribute('aria-describedby') ?? '').split(' ')[0]!)?.textContent;
    expect(columnsHint()).to.match(/^Spalten: id, name und kind/);

    // Chosen with the keyboard, as an organizer would: "S" jumps to "Stände".
    select.focus();
    await sendKeys({ press: 'S' });
    await el.updateComplete;
    expect(select.value).to.equal('stands');
    expect(columnsHint()).to.contain('Standnummer');
    expect(columnsHint()).to.contain('Anbieter');
    expect(columnsHint()).to.contain('X und Y');
    await expectAccessible(el);

    await chooseFile(el, 'Standnummer;Anbieter;X;Y\r\nA1;Pflegeschule Nord;5;15\r\n');
    const done = oneEvent(el, 'markt-import-done');
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    expect((await done).detail).to.deep.equal({ kind: 'stands', imported: 3 });
    expect(calls).to.deep.equal(['/api/org/events/e1/import?kind=stands']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('3 Stände importiert, davon 1 aktualisiert.');
  });

  it('lists a stands file\'s bad rows with line and field in English', async () => {
    const details = [
      { line: 3, path: 'provider', message: 'no provider of this event is called "Jobcenter Mitte": check the spelling, or import the providers first' },
      { line: 4, path: 'number', message: '"C1" is on line 2 already' },
    ];
    const api = new OrgApi({
      fetch: async () => Response.json({ error: { code: 'INVALID_CSV', message: '2 row(s) are invalid', details } }, { status: 400 }),
    });
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" locale="en" .api=${api}></markt-csv-import>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#kind')!;
    select.focus();
    await sendKeys({ press: 'S' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#columns-hint')?.textContent).to.match(/^Columns: number \(or Standnummer, Stand, Nummer\)/);
    await chooseFile(el, 'Standnummer;Anbieter\nC1;Pflegeschule Nord\nC2;Jobcenter Mitte\nC1;Pflegeschule Nord\n');
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="errors"]'));
    const rows = [...el.shadowRoot!.querySelectorAll('[part="errors"] li')].map((li) => li.textContent?.trim());
    expect(rows).to.deep.equal([
      'Line 3, field provider: no provider of this event is called "Jobcenter Mitte": check the spelling, or import the providers first',
      'Line 4, field number: "C1" is on line 2 already',
    ]);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('2 rows have errors. Nothing was imported.');
  });

  // What the server's import answers for files as Excel writes them (packages/server/src/store/import.test.ts).
  const excelOffers = [
    { line: 2, path: 'kind', message: 'Invalid type: Expected ("qualification" | "integration" | "job") but received "Firma"', code: 'notAllowed', params: { value: 'Firma', allowed: 'qualification, integration, job, apprenticeship, counselling, self-employment, health, language' } },
    { line: 2, path: 'targetGroups.0', message: 'Invalid type: Expected ("under-25" | "over-45") but received "Zugewandert"', code: 'notAllowed', params: { value: 'Zugewandert', allowed: 'under-25, over-45, over-50, single-parents, migrants, disability, returners, long-term-unemployed' } },
    { line: 2, path: 'schedule.partTime', message: 'Invalid type: Expected boolean but received "vielleicht"' },
    { line: 2, path: 'schedule.start', message: 'must be a time of day as HH:MM (24-hour clock)', code: 'time', params: { value: '25:00' } },
    { line: 3, path: 'website', message: 'must be a URL' },
    { line: 4, path: '(row)', message: 'has 6 cells but the header names 5 columns', code: 'extraCells', params: { cells: 6, columns: 5 } },
    { line: 5, path: 'occupations.1', message: 'must be a KldB 2010 code of 2–5 digits' },
  ];
  const answering = (details: readonly object[]) => {
    const api = new OrgApi({ fetch: async () => Response.json({ error: { code: 'INVALID_CSV', message: 'invalid', details } }, { status: 400 }) });
    api.csrfToken = 'csrf-1';
    return api;
  };
  const shownErrors = (el: CsvImport) => [...el.shadowRoot!.querySelectorAll('[part="errors"] li')].map((li) => li.textContent?.trim());

  it('says every row error of an Excel file in German, names allowed values by the labels the pages show, and says rows are numbered as in Excel', async () => {
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" .api=${answering(excelOffers)}></markt-csv-import>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#kind')!;
    select.value = 'offers';
    select.dispatchEvent(new Event('change'));
    await chooseFile(el, 'id;providerId;kind\r\n');
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="errors"]'));
    expect(shownErrors(el)).to.deep.equal([
      'Zeile 2, Feld kind: „Firma“ ist hier nicht möglich. Möglich sind: Qualifizierung, Eingliederungsmaßnahme, Stelle, Ausbildung, Beratung, Selbstständigkeit, Gesundheit, Sprachkurs.',
      'Zeile 2, Feld targetGroups, 1. Eintrag: „Zugewandert“ ist hier nicht möglich. Möglich sind: Unter 25, Über 45, Über 50, Alleinerziehende, Zugewanderte, Menschen mit Behinderung, Wiedereinsteigende, Langzeitarbeitslose.',
      'Zeile 2, Feld schedule.partTime: Bitte ja oder nein eintragen.',
      'Zeile 2, Feld schedule.start: „25:00“ ist keine Uhrzeit. Bitte als Stunden:Minuten eintragen, z. B. 8:00 oder 17:30.',
      'Zeile 3, Feld website: Bitte eine vollständige Internetadresse eingeben, z. B. https://www.beispiel.de',
      'Zeile 4: Die Zeile hat 6 Zellen, die Kopfzeile nennt aber nur 5 Spalten.',
      'Zeile 5, Feld occupations, 2. Eintrag: Bitte eine Berufskennziffer der KldB 2010 mit 2 bis 5 Ziffern eintragen.',
    ]);
    const hint = el.shadowRoot!.getElementById(el.shadowRoot!.querySelector('[part="errors"]')!.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).to.equal('Zeilennummern wie in Excel: Zeile 1 ist die Kopfzeile.');
    expect(shownErrors(el).join(' ')).not.to.match(/Invalid|Expected|must be/);
    expect(el.shadowRoot!.querySelector('button.valid-only')).not.to.equal(null);
    await expectAccessible(el);
  });

  it('says the same errors in English on an English page', async () => {
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" locale="en" .api=${answering(excelOffers.slice(0, 2))}></markt-csv-import>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#kind')!;
    select.value = 'offers';
    select.dispatchEvent(new Event('change'));
    await chooseFile(el, 'id;providerId;kind\r\n');
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="errors"]'));
    expect(shownErrors(el)).to.deep.equal([
      'Line 2, field kind: "Firma" is not possible here. Possible: Qualification, Integration measure, Job, Apprenticeship, Counselling, Self-employment, Health, Language course.',
      'Line 2, field targetGroups, item 1: "Zugewandert" is not possible here. Possible: Under 25, Over 45, Over 50, Single parents, Migrants, People with disabilities, Returners, Long-term unemployed.',
    ]);
  });

  it('does not offer "valid rows only" when the header row is at fault, and names a column without a header by its number', async () => {
    const details = [{ line: 1, path: '(column 5)', message: 'column 5 has no header but holds values (row 2): name it or delete the column', code: 'unnamedColumn', params: { column: 5, line: 2 } }];
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1" .api=${answering(details)}></markt-csv-import>`);
    await chooseFile(el, 'id;name;kind;;\r\np;P;employer;;x\r\n');
    await click(el.shadowRoot!.querySelector('form button[type="submit"]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="errors"]'));
    expect(shownErrors(el)).to.deep.equal([
      'Zeile 1, Feld Spalte 5: Spalte 5 hat keine Überschrift, enthält aber Werte (zuerst in Zeile 2). Geben Sie ihr eine Überschrift oder löschen Sie die Spalte.',
    ]);
    expect(el.shadowRoot!.querySelector('button.valid-only')).to.equal(null);
    await expectAccessible(el);
  });

  it('names the values a code column takes, by the labels the pages show, under the file field', async () => {
    const el = await fixture<CsvImport>(html`<markt-csv-import event-id="e1"></markt-csv-import>`);
    const described = () =>
      (el.shadowRoot!.querySelector('#file')!.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '');
    expect(described()[1]).to.equal('Mögliche Werte: kind: Bildungsträger, Maßnahmeträger, Beratungsstelle, Arbeitgeber, Jobcenter-Team, Netzwerkpartner.');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#kind')!;
    select.value = 'offers';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(described()[1]).to.equal(
      'Mögliche Werte: kind: Qualifizierung, Eingliederungsmaßnahme, Stelle, Ausbildung, Beratung, Selbstständigkeit, Gesundheit, Sprachkurs; targetGroups: Unter 25, Über 45, Über 50, Alleinerziehende, Zugewanderte, Menschen mit Behinderung, Wiedereinsteigende, Langzeitarbeitslose.',
    );
    select.value = 'radar';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(described()).to.have.length(1);
    await expectAccessible(el);
  });
});
