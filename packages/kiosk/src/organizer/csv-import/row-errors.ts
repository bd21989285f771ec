import type { OrganizerKey } from '../messages/index.js';
import { fieldMessage } from '../shared/field-message.js';

type Params = Readonly<Record<string, string | number>>;
type Translate = (key: OrganizerKey, params?: Params) => string;

/** One bad row of a CSV import: the row as a spreadsheet numbers it (1 = header), the field, what is wrong. */
export interface RowError {
  line: number | undefined;
  field: string;
  message: string;
  /** The server's code for what is wrong (`notAllowed`, `time`, `unnamedColumn`, `extraCells`), when it has one. */
  code?: string;
  /** The values the code's sentence names. */
  params?: Params;
}

type Detail = { path: string; message: string; line?: unknown; code?: unknown; params?: unknown };

/** The params of a detail, when they are what they should be (names to texts or numbers). */
function paramsOf(value: unknown): Params | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  return Object.fromEntries(entries) as Params;
}

/**
 * Reads the server's per-row import errors: `{ line, path, message, code?, params? }`, or `{ path: 'line 4.kind', message }`.
 * @param details the `details` of the error answer
 * @returns one entry per bad cell, in the server's order
 * @example rowErrors([{ path: 'line 4.kind', message: 'invalid' }]) // [{ line: 4, field: 'kind', message: 'invalid' }]
 */
export function rowErrors(details: readonly Detail[]): RowError[] {
  return details.map((d) => {
    const extra = typeof d.code === 'string' ? { code: d.code, ...(paramsOf(d.params) ? { params: paramsOf(d.params)! } : {}) } : {};
    if (typeof d.line === 'number') return { line: d.line, field: d.path, message: d.message, ...extra };
    const match = /^line (\d+)(?:\.(.*))?$/.exec(d.path);
    if (match) return { line: Number(match[1]), field: match[2] ?? '', message: d.message, ...extra };
    return { line: undefined, field: d.path, message: d.message, ...extra };
  });
}

/** The label prefix of the codes a column holds, by kind and field (the labels the organizer pages show). */
function labelPrefix(kind: string, field: string): 'pk' | 'ok' | 'tg' | undefined {
  if (field === 'kind') return kind === 'providers' ? 'pk' : kind === 'offers' ? 'ok' : undefined;
  return /^targetGroups\.\d+$/.test(field) ? 'tg' : undefined;
}

/** The schema messages of providers, offers and radar rows that `fieldMessage` does not say, in the page's words. */
const SCHEMA_MESSAGES: readonly [RegExp, (m: RegExpExecArray, t: Translate) => string][] = [
  [/^must be a KldB 2010 code of 2–5 digits$/, (_m, t) => t('import.kldb')],
  [/^must be a date as YYYY-MM-DD$/, (_m, t) => t('import.date')],
  [/^must be YYYY-MM$/, (_m, t) => t('import.month')],
  [/^must be one to three distinct letters of R, I, A, S, E, C$/, (_m, t) => t('import.riasec')],
  [/^must be 1–20 letters, digits, "_" or "-"$/, (_m, t) => t('import.regionCode')],
  [/^must not be negative$/, (_m, t) => t('import.notNegative')],
  [/^must be a web address \(http:\/\/ or https:\/\/\), mailto: or tel:$/, (_m, t) => t('field.url')],
  [/^Invalid type: Expected boolean/, (_m, t) => t('import.boolean')],
  [/^Invalid length: Expected <=(\d+) /, (m, t) => t('import.maxItems', { max: Number(m[1]) })],
  [/^has (\d+) cells but the header names (\d+) columns$/, (m, t) => t('import.extraCells', { cells: Number(m[1]), columns: Number(m[2]) })],
];

/**
 * What is wrong with a cell, in the page's language: by the server's code and params where it sends one (a value
 * that is not allowed names the allowed ones by the labels the pages show), else by its message; a message no
 * table knows reads "this value is not valid" rather than English in a German page.
 * @param error the row error
 * @param kind what the file holds (providers, offers, radar, stands)
 * @param t the page's translate function
 * @returns the sentence to show
 * @example rowErrorText({ line: 2, field: 'kind', message: '…', code: 'notAllowed', params: { value: 'Firma', allowed: 'training, employer' } }, 'providers', t)
 * // '„Firma“ ist hier nicht möglich. Möglich sind: Bildungsträger, Arbeitgeber.'
 */
export function rowErrorText(error: RowError, kind: string, t: Translate): string {
  const p = error.params ?? {};
  switch (error.code) {
    case 'notAllowed': {
      const prefix = labelPrefix(kind, error.field);
      const allowed = String(p.allowed ?? '')
        .split(', ')
        .filter(Boolean)
        .map((code) => (prefix ? t(`${prefix}.${code}` as OrganizerKey) : code));
      return t('import.notAllowed', { value: String(p.value ?? ''), allowed: allowed.join(', ') });
    }
    case 'time':
      return t('import.time', { value: String(p.value ?? '') });
    case 'unnamedColumn':
      return t('import.unnamedColumn', { column: Number(p.column), line: Number(p.line) });
    case 'extraCells':
      return t('import.extraCells', { cells: Number(p.cells), columns: Number(p.columns) });
  }
  const said = fieldMessage(error.message, t);
  if (said !== error.message) return said;
  for (const [pattern, say] of SCHEMA_MESSAGES) {
    const match = pattern.exec(error.message);
    if (match) return say(match, t);
  }
  // Valibot's own English ("Invalid type: …"): say that the value is not valid, in the page's language.
  return /^Invalid \w+:/.test(error.message) ? t('import.invalid') : error.message;
}

/**
 * The field of a row error as the organizer finds it in the file: the column's header, and for a list column the
 * item's number ("targetGroups, 1. Eintrag"); a column without a header by its number.
 * @param field the error's field path
 * @param t the page's translate function
 * @returns the field's name, or '' for an error about the whole row
 * @example rowErrorField('targetGroups.0', t) // 'targetGroups, 1. Eintrag'
 */
export function rowErrorField(field: string, t: Translate): string {
  if (field === '(row)') return '';
  const column = /^\(column (\d+)\)$/.exec(field);
  if (column) return t('import.column', { n: Number(column[1]) });
  const item = /^(.+)\.(\d+)$/.exec(field);
  if (item) return t('import.item', { field: item[1]!, n: Number(item[2]) + 1 });
  return field;
}
