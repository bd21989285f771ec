import { parse as parseCsv } from 'csv-parse/sync';
import type { Offer, Provider, RadarRow } from '@markt/sdk';
import { OfferSchema, ProviderSchema, RadarRowSchema } from '@markt/sdk/schemas';
import * as v from 'valibot';
import type { Services } from '../services.js';
import { listResources, replaceRadar, touchEvent, writeResource } from './events.js';
import { StandCsvRowSchema, importStands, type StandCsvRow } from './import-stands.js';
import { normalizeCell, rowIssues } from './import-values.js';

/** What a CSV file holds. */
export type ImportKind = 'providers' | 'offers' | 'radar' | 'stands';
export const IMPORT_KINDS: readonly ImportKind[] = ['providers', 'offers', 'radar', 'stands'];

/** The record a row of each kind becomes (a stands row still names its provider by name or id). */
type RecordOf<K extends ImportKind> = K extends 'providers' ? Provider : K extends 'offers' ? Offer : K extends 'stands' ? StandCsvRow : RadarRow;

/**
 * One bad cell or row: the row as a spreadsheet numbers it (1 = header; a cell with line breaks is still one
 * row), the field and what is wrong. `code` and `params` let a page say it in its own language (see
 * `ImportIssueCode`); `message` is the English text.
 */
export interface ImportIssue {
  line: number;
  path: string;
  message: string;
  code?: ImportIssueCode;
  params?: Readonly<Record<string, string | number>>;
}

/**
 * What is wrong, for pages that translate: `notAllowed` (`value`, `allowed`: the codes, comma-separated),
 * `time` (`value`), `unnamedColumn` (`column`: its 1-based number, `line`: the first row with a value there),
 * `extraCells` (`cells`, `columns`); other issues carry no code and are said by `message`.
 */
export type ImportIssueCode = 'notAllowed' | 'time' | 'unnamedColumn' | 'extraCells';

/** The outcome of an import. */
export interface ImportResult {
  kind: ImportKind;
  /** Rows written. */
  imported: number;
  /** Stands only: of the rows written, how many updated a stand that existed (the others created one). */
  updated?: number;
  /** Rows that were bad (and skipped in `valid-only` mode; in `all` mode nothing is written when any is bad). */
  rejected: number;
  errors: ImportIssue[];
}

interface Columns {
  /** Columns holding lists, separated by `;` or `|` inside the cell. */
  lists: readonly string[];
  numberLists: readonly string[];
  numbers: readonly string[];
  booleans: readonly string[];
  /** Every accepted column (dot paths into the record). */
  all: readonly string[];
  /** Other accepted headers (the BA's German ones for the radar): the field they fill and how; null = ignored. */
  aliases?: Readonly<Record<string, { path: string; convert?: (value: unknown) => unknown } | null>>;
  /** Fields a file must have a column for, each with the headers that fill it (named in the error). */
  required?: Readonly<Record<string, readonly string[]>>;
  schema: v.GenericSchema;
}

const REGION_LEVELS: Readonly<Record<string, string>> = {
  land: 'state',
  'agentur für arbeit': 'agency',
  agentur: 'agency',
  bezirk: 'district',
  kreis: 'district',
  ortsteil: 'ortsteil',
};
const percentToFraction = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e8 : value);

const locales = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'];
const localizedColumns = (field: string) => locales.map((l) => `${field}.${l}`);
const placeColumns = ['place.district', 'place.address', 'place.lat', 'place.lon', 'place.remote'];

/**
 * The columns of each CSV kind (header names are the records' field paths, see docs/api.md "CSV import").
 * Empty cells are left out; list cells use `;` or `|` between items; booleans are true/false, yes/no, ja/nein, 1/0.
 */
export const CSV_COLUMNS: Readonly<Record<ImportKind, Columns>> = {
  providers: {
    lists: ['certifications'],
    numberLists: [],
    numbers: ['place.lat', 'place.lon'],
    booleans: ['place.remote'],
    all: ['id', 'name', 'kind', ...localizedColumns('description'), 'certifications', 'website', ...placeColumns],
    schema: ProviderSchema,
  },
  offers: {
    lists: ['occupations', 'targetGroups', 'topics', 'funding', 'languages', 'keywords'],
    numberLists: ['schedule.days'],
    numbers: ['schedule.hoursPerWeek', 'schedule.durationWeeks', 'requirements.minAge', 'requirements.maxAge', 'place.lat', 'place.lon'],
    booleans: ['targetGroupsOnly', 'schedule.partTime', 'schedule.flexible', 'requirements.drivingLicence', 'place.remote'],
    all: [
      'id', 'providerId', 'kind', ...localizedColumns('title'), ...localizedColumns('summary'), ...localizedColumns('description'),
      'occupations', 'riasec', 'targetGroups', 'targetGroupsOnly', 'topics',
      'requirements.germanLevel', 'requirements.drivingLicence', 'requirements.schoolCertificate', 'requirements.physicalLoad',
      'requirements.minAge', 'requirements.maxAge',
      'schedule.partTime', 'schedule.hoursPerWeek', 'schedule.start', 'schedule.end', 'schedule.days', 'schedule.flexible',
      'schedule.startDate', 'schedule.durationWeeks', ...placeColumns, 'funding', 'languages', 'keywords', 'url', 'contact',
    ],
    schema: OfferSchema,
  },
  radar: {
    lists: [],
    numberLists: [],
    numbers: ['vacancies', 'jobSeekers', 'vacancyDurationDays', 'changeVsLastYear'],
    booleans: ['illustrative'],
    all: ['regionCode', 'regionName', 'regionLevel', 'kldb', 'vacancies', 'jobSeekers', 'vacancyDurationDays', 'changeVsLastYear', 'period', 'illustrative'],
    // The BA-style headers of docs/data-formats.md (the demo fair's radar.csv).
    aliases: {
      Berichtsmonat: { path: 'period' },
      'Regionalschlüssel': { path: 'regionCode' },
      Region: { path: 'regionName' },
      Regionalebene: { path: 'regionLevel', convert: (value) => (typeof value === 'string' ? (REGION_LEVELS[value.toLowerCase()] ?? value) : value) },
      'Beruf (KldB 2010)': { path: 'kldb' },
      Berufsbezeichnung: null,
      'Gemeldete Arbeitsstellen': { path: 'vacancies' },
      Arbeitsuchende: { path: 'jobSeekers' },
      'Abgeschlossene Vakanzzeit (Median in Tagen)': { path: 'vacancyDurationDays' },
      'Veränderung Arbeitsstellen zum Vorjahresmonat in %': { path: 'changeVsLastYear', convert: percentToFraction },
      Illustrativ: { path: 'illustrative' },
    },
    schema: RadarRowSchema,
  },
  stands: {
    lists: [],
    numberLists: [],
    numbers: ['x', 'y', 'w', 'h'],
    booleans: [],
    all: ['id', 'number', 'providerId', 'provider', 'x', 'y', 'w', 'h', 'label'],
    // What an organizer's stand list in Excel says (headers are compared case-insensitively).
    aliases: {
      standnummer: { path: 'number' },
      'stand-nr.': { path: 'number' },
      'stand-nr': { path: 'number' },
      'stand nr.': { path: 'number' },
      standnr: { path: 'number' },
      stand: { path: 'number' },
      nummer: { path: 'number' },
      // "Nr." in an Excel list is mostly a running index (1, 2, 3 …), not the number on the stand's sign:
      // read as a stand number it would update stand 1, 2, 3 with other rows' providers. Ignored.
      'nr.': null,
      nr: null,
      'lfd. nr.': null,
      'lfd. nr': null,
      anbieter: { path: 'provider' },
      'träger': { path: 'provider' },
      traeger: { path: 'provider' },
      aussteller: { path: 'provider' },
      providername: { path: 'provider' },
      'anbieter-id': { path: 'providerId' },
      'träger-id': { path: 'providerId' },
      'position.x': { path: 'x' },
      'position.y': { path: 'y' },
      'size.w': { path: 'w' },
      'size.h': { path: 'h' },
      breite: { path: 'w' },
      tiefe: { path: 'h' },
      'stand-id': { path: 'id' },
      bezeichnung: { path: 'label' },
      beschriftung: { path: 'label' },
    },
    required: {
      number: ['number', 'Standnummer', 'Stand', 'Nummer'],
      'provider or providerId': ['provider', 'providerId', 'Anbieter', 'Träger'],
    },
    schema: StandCsvRowSchema,
  },
};

/** A header as it is compared: trimmed, inner whitespace collapsed, case-insensitive. */
const headerKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

const TRUE = new Set(['true', 'yes', 'ja', '1', 'x']);
const FALSE = new Set(['false', 'no', 'nein', '0']);

/** A plain decimal: optional sign, digits, and a decimal point or a German decimal comma ("12", "-3,5", "0.25", ",5"). */
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * A cell as a number when it is a plain decimal (a German decimal comma too); otherwise the text, so validation
 * names it. `Number()` alone would also take "0x10", "1e1", "0b1" and "Infinity", which no spreadsheet means.
 */
function toNumber(cell: string): number | string {
  return DECIMAL.test(cell) ? Number(cell.replace(',', '.')) : cell;
}

function cellValue(columns: Columns, path: string, cell: string): unknown {
  if (columns.lists.includes(path)) return cell.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  if (columns.numberLists.includes(path)) return cell.split(/[;|]/).map((s) => toNumber(s.trim())).filter((s) => s !== '');
  if (columns.numbers.includes(path)) return toNumber(cell);
  if (columns.booleans.includes(path)) {
    const lower = cell.toLowerCase();
    return TRUE.has(lower) ? true : FALSE.has(lower) ? false : cell;
  }
  return cell;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * Reads and validates every row of a CSV text, without writing anything (a stands row's provider and
 * place are resolved against the event by `importCsv`).
 * @param kind providers, offers, radar or stands
 * @param text the CSV text
 * @returns the valid records with their lines, and every issue
 * @example const { rows, errors } = parseImportCsv('providers', text);
 */
export function parseImportCsv<K extends ImportKind>(
  kind: K,
  text: string,
): { rows: { line: number; record: RecordOf<K> }[]; errors: ImportIssue[] } {
  type Out = RecordOf<K>;
  const columns = CSV_COLUMNS[kind];
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // The header line tells the separator: Excel writes ";" (German) or "," and, as "Unicode-Text", tabs.
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') && !firstLine.includes(';') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: string[][];
  try {
    // Empty lines are kept: each record is one spreadsheet row, so a row's number is its index + 1 (a cell with
    // line breaks is still one row; csv-parse's `info.lines` is the line where a record ends, a CR-LF counted twice).
    records = parseCsv(text, { bom: true, delimiter, relax_column_count: true }) as string[][];
  } catch (error) {
    const line = typeof error === 'object' && error && 'lines' in error ? Number((error as { lines: number }).lines) : 1;
    return { rows: [], errors: [{ line, path: '(csv)', message: `the file is not valid CSV: ${String((error as Error).message ?? error)}` }] };
  }
  const errors: ImportIssue[] = [];
  // Excel writes a row of only separators (or an empty line) for a row that once held something: not data.
  const blank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');
  const header = (records[0] ?? []).map((h) => h.trim());
  const body = records.slice(1).map((record, i) => ({ record, line: i + 2 })).filter(({ record }) => !blank(record));
  if (header.length === 0 || header.every((h) => h === '')) {
    return { rows: [], errors: [{ line: 1, path: '(header)', message: `the first line must name the columns, e.g. ${columns.all.slice(0, 4).join(',')}` }] };
  }
  // Headers are compared trimmed and case-insensitively ("ID", "Standnummer", "x"). A Map: a header such as
  // "constructor" or "__proto__" is an unknown column, not an inherited key.
  const known = new Map<string, { path: string; convert?: (value: unknown) => unknown } | null>(columns.all.map((path) => [headerKey(path), { path }]));
  for (const [name, alias] of Object.entries(columns.aliases ?? {})) if (!known.has(headerKey(name))) known.set(headerKey(name), alias);
  // Each header becomes the field path it fills (undefined: an ignored column).
  const targets = header.map((name, i) => {
    if (name === '') {
      // Excel's trailing columns that were once used have no header: ignored while every cell under them is empty.
      const used = body.find(({ record }) => (record[i] ?? '').trim() !== '');
      if (used) {
        errors.push({
          line: 1,
          path: `(column ${i + 1})`,
          message: `column ${i + 1} has no header but holds values (row ${used.line}): name it or delete the column`,
          code: 'unnamedColumn',
          params: { column: i + 1, line: used.line },
        });
      }
      return undefined;
    }
    const target = known.get(headerKey(name));
    if (target === null) return undefined;
    if (target) return target;
    errors.push({ line: 1, path: name, message: `unknown column; known columns for ${kind}: ${columns.all.join(', ')}` });
    return undefined;
  });
  // Two columns for one field: one of them would silently overwrite the other ("Standnummer" and "Stand-Nr.").
  const firstHeader = new Map<string, string>();
  targets.forEach((target, i) => {
    if (!target) return;
    const earlier = firstHeader.get(target.path);
    if (earlier === undefined) firstHeader.set(target.path, header[i]!);
    else errors.push({ line: 1, path: target.path, message: `the columns "${earlier}" and "${header[i]}" both fill ${target.path}: keep one of them` });
  });
  for (const [field, headers] of Object.entries(columns.required ?? {})) {
    const paths = new Set(headers.map((h) => known.get(headerKey(h))?.path));
    if (!targets.some((t) => t && paths.has(t.path))) {
      errors.push({ line: 1, path: field, message: `the file needs a column for ${field}: ${headers.map((h) => `"${h}"`).join(' or ')}` });
    }
  }
  if (errors.length > 0) return { rows: [], errors };
  const rows: { line: number; record: Out }[] = [];
  const seen = new Map<string, number>();
  for (const { record, line } of body) {
    // Cells past the header count only when they hold something (Excel pads rows with separators).
    const cells = record.length - [...record].reverse().findIndex((cell) => cell.trim() !== '');
    if (cells > header.length) {
      errors.push({
        line,
        path: '(row)',
        message: `has ${cells} cells but the header names ${header.length} columns`,
        code: 'extraCells',
        params: { cells, columns: header.length },
      });
      continue;
    }
    const value: Record<string, unknown> = {};
    targets.forEach((target, i) => {
      const cell = (record[i] ?? '').trim();
      if (!target || cell === '') return;
      const parsed = normalizeCell(kind, target.path, cellValue(columns, target.path, cell));
      setPath(value, target.path, target.convert ? target.convert(parsed) : parsed);
    });
    const result = v.safeParse(columns.schema, value);
    if (!result.success) {
      errors.push(...rowIssues(line, result.issues));
      continue;
    }
    const id = kind === 'radar' ? undefined : (result.output as { id?: string }).id;
    if (id !== undefined) {
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        errors.push({ line, path: 'id', message: `"${id}" is used on line ${earlier} already` });
        continue;
      }
      seen.set(id, line);
    }
    rows.push({ line, record: result.output as Out });
  }
  return { rows, errors };
}

/**
 * Imports a CSV file of providers, offers, radar rows or stands into an event. Providers and offers are added
 * or replaced by id; radar rows replace the event's radar; stands are added or updated by id, else by number
 * (see `importStandRows`), and get their QR tokens. Every bad row is reported with its line and field.
 * @param services the server services
 * @param eventId the event (the caller checks the tenant)
 * @param kind what the file holds
 * @param text the CSV text (`,` or `;` separated, UTF-8, header line first)
 * @param mode `all`: nothing is written unless every row is valid; `valid-only`: the valid rows are written
 * @returns counts and issues
 * @example const result = await importCsv(services, 'fair-1', 'offers', csvText, 'all');
 */
export async function importCsv(
  services: Services,
  eventId: string,
  kind: ImportKind,
  text: string,
  mode: 'all' | 'valid-only' = 'all',
): Promise<ImportResult> {
  const { rows, errors } = parseImportCsv(kind, text);
  if (kind === 'stands') {
    // Providers, numbers and free places are judged against the event before the write queue is taken (again inside it if the event changed meanwhile).
    const stands = rows as { line: number; record: StandCsvRow }[];
    const outcome = stands.length === 0 ? { written: 0, updated: 0, errors: [] } : await importStands(services, eventId, stands, mode, errors);
    const all = [...errors, ...outcome.errors].sort((a, b) => a.line - b.line);
    return { kind, imported: outcome.written, updated: outcome.updated, rejected: new Set(all.map((e) => e.line)).size, errors: all };
  }
  if (kind === 'offers') {
    // An offer must belong to a provider of the event (already stored).
    const providerIds = new Set((await listResources(services, eventId, 'providers')).map((p) => p.id));
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i]!;
      const providerId = (row.record as Offer).providerId;
      if (!providerIds.has(providerId)) {
        errors.push({ line: row.line, path: 'providerId', message: `no provider of this event has the id "${providerId}": import the providers first` });
        rows.splice(i, 1);
      }
    }
    errors.sort((a, b) => a.line - b.line);
  }
  const rejected = new Set(errors.map((e) => e.line)).size;
  if ((errors.length > 0 && mode === 'all') || rows.length === 0) {
    return { kind, imported: 0, rejected, errors };
  }
  await services.queue.run(async (tx) => {
    if (kind === 'radar') {
      await replaceRadar(tx, eventId, rows.map((r) => r.record as RadarRow));
    } else {
      for (const row of rows) await writeResource(tx, services, eventId, kind as 'providers' | 'offers', row.record as Provider | Offer, 'upsert');
    }
    await touchEvent(tx, services, eventId);
  });
  return { kind, imported: rows.length, rejected, errors };
}
