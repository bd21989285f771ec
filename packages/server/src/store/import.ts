import { parse as parseCsv } from 'csv-parse/sync';
import type { Offer, Provider, RadarRow } from '@markt/sdk';
import { OfferSchema, ProviderSchema, RadarRowSchema, check } from '@markt/sdk/schemas';
import type * as v from 'valibot';
import type { Services } from '../services.js';
import { listResources, replaceRadar, touchEvent, writeResource } from './events.js';

/** What a CSV file holds. */
export type ImportKind = 'providers' | 'offers' | 'radar';
export const IMPORT_KINDS: readonly ImportKind[] = ['providers', 'offers', 'radar'];

/** One bad cell or row: the CSV line (1 = header), the field and what is wrong. */
export interface ImportIssue {
  line: number;
  path: string;
  message: string;
}

/** The outcome of an import. */
export interface ImportResult {
  kind: ImportKind;
  /** Rows written. */
  imported: number;
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
};

const TRUE = new Set(['true', 'yes', 'ja', '1', 'x']);
const FALSE = new Set(['false', 'no', 'nein', '0']);

/** A cell as a number when it reads as one (a German decimal comma too); otherwise the text, so validation names it. */
function toNumber(cell: string): number | string {
  const n = Number(cell.replace(',', '.'));
  return cell !== '' && Number.isFinite(n) ? n : cell;
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
 * Reads and validates every row of a CSV text, without writing anything.
 * @param kind providers, offers or radar
 * @param text the CSV text
 * @returns the valid records with their lines, and every issue
 * @example const { rows, errors } = parseImportCsv('providers', text);
 */
export function parseImportCsv<K extends ImportKind>(
  kind: K,
  text: string,
): { rows: { line: number; record: K extends 'providers' ? Provider : K extends 'offers' ? Offer : RadarRow }[]; errors: ImportIssue[] } {
  type Out = K extends 'providers' ? Provider : K extends 'offers' ? Offer : RadarRow;
  const columns = CSV_COLUMNS[kind];
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // The header line tells the separator: Excel writes ";" (German) or "," and, as "Unicode-Text", tabs.
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') && !firstLine.includes(';') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = typeof error === 'object' && error && 'lines' in error ? Number((error as { lines: number }).lines) : 1;
    return { rows: [], errors: [{ line, path: '(csv)', message: `the file is not valid CSV: ${String((error as Error).message ?? error)}` }] };
  }
  const errors: ImportIssue[] = [];
  const header = (records.shift()?.record ?? []).map((h) => h.trim());
  if (header.length === 0 || header.every((h) => h === '')) {
    return { rows: [], errors: [{ line: 1, path: '(header)', message: `the first line must name the columns, e.g. ${columns.all.slice(0, 4).join(',')}` }] };
  }
  // Each header becomes the field path it fills (undefined: an ignored column).
  const targets = header.map((name) => {
    if (columns.all.includes(name)) return { path: name, convert: undefined };
    // Own keys only: a header such as "constructor" or "__proto__" is an unknown column, not an inherited one.
    const alias = columns.aliases && Object.hasOwn(columns.aliases, name) ? columns.aliases[name] : undefined;
    if (alias === null) return undefined;
    if (alias) return alias;
    errors.push({ line: 1, path: name || '(empty)', message: `unknown column; known columns for ${kind}: ${columns.all.join(', ')}` });
    return undefined;
  });
  if (errors.length > 0) return { rows: [], errors };
  const rows: { line: number; record: Out }[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length > header.length) {
      errors.push({ line, path: '(row)', message: `has ${record.length} cells but the header names ${header.length} columns` });
      continue;
    }
    const value: Record<string, unknown> = {};
    targets.forEach((target, i) => {
      const cell = (record[i] ?? '').trim();
      if (!target || cell === '') return;
      const parsed = cellValue(columns, target.path, cell);
      setPath(value, target.path, target.convert ? target.convert(parsed) : parsed);
    });
    const result = check(columns.schema, value);
    if (!result.ok) {
      for (const issue of result.issues) errors.push({ line, ...issue });
      continue;
    }
    const id = kind === 'radar' ? undefined : (result.value as { id: string }).id;
    if (id !== undefined) {
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        errors.push({ line, path: 'id', message: `"${id}" is used on line ${earlier} already` });
        continue;
      }
      seen.set(id, line);
    }
    rows.push({ line, record: result.value as Out });
  }
  return { rows, errors };
}

/**
 * Imports a CSV file of providers, offers or radar rows into an event. Providers and offers are added or
 * replaced by id; radar rows replace the event's radar. Every bad row is reported with its line and field.
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
      for (const row of rows) await writeResource(tx, services, eventId, kind, row.record as Provider | Offer, 'upsert');
    }
    await touchEvent(tx, services, eventId);
  });
  return { kind, imported: rows.length, rejected, errors };
}
