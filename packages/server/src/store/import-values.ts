import { COUNSELLING_TOPICS, FUNDINGS, GERMAN_LEVELS, LOCALES, OFFER_KINDS, PHYSICAL_LOADS, PROVIDER_KINDS, SCHOOL_CERTIFICATES, TARGET_GROUPS } from '@markt/sdk';
import type * as v from 'valibot';
import type { ImportIssue } from './import.js';

/**
 * The labels the organizer pages show for the codes (packages/kiosk/src/organizer/messages, `pk.*`, `ok.*`,
 * `tg.*`, German and English): an organizer who copies them into a spreadsheet means the code. Kept in step
 * by `import-values.test.ts`, which reads the catalogs.
 */
const LABELS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  providerKind: {
    training: ['Bildungsträger', 'Training provider'],
    integration: ['Maßnahmeträger', 'Integration provider'],
    counselling: ['Beratungsstelle', 'Counselling service'],
    employer: ['Arbeitgeber', 'Employer'],
    jobcenter: ['Jobcenter-Team', 'Jobcenter team'],
    network: ['Netzwerkpartner', 'Network partner'],
  },
  offerKind: {
    qualification: ['Qualifizierung', 'Qualification'],
    integration: ['Eingliederungsmaßnahme', 'Integration measure'],
    job: ['Stelle', 'Job'],
    apprenticeship: ['Ausbildung', 'Apprenticeship'],
    counselling: ['Beratung', 'Counselling'],
    'self-employment': ['Selbstständigkeit', 'Self-employment'],
    health: ['Gesundheit', 'Health'],
    language: ['Sprachkurs', 'Language course'],
  },
  targetGroup: {
    'under-25': ['Unter 25', 'Under 25'],
    'over-45': ['Über 45', 'Over 45'],
    'over-50': ['Über 50', 'Over 50'],
    'single-parents': ['Alleinerziehende', 'Single parents'],
    migrants: ['Zugewanderte', 'Migrants'],
    disability: ['Menschen mit Behinderung', 'People with disabilities'],
    returners: ['Wiedereinsteigende', 'Returners'],
    'long-term-unemployed': ['Langzeitarbeitslose', 'Long-term unemployed'],
  },
};

/** A cell as it is compared with codes and labels: NFC, trimmed, inner whitespace collapsed, lower case. */
const valueKey = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

/** Code by compared text: every code itself (any case) and its labels. */
function lookup(codes: readonly string[], labels: Readonly<Record<string, readonly string[]>> = {}): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const code of codes) map.set(valueKey(code), code);
  for (const [code, names] of Object.entries(labels)) for (const name of names) if (!map.has(valueKey(name))) map.set(valueKey(name), code);
  return map;
}

/** The CSV columns that hold codes, per kind, with the texts that stand for each code. */
const CODE_COLUMNS: Readonly<Record<string, Readonly<Record<string, ReadonlyMap<string, string>>>>> = {
  providers: { kind: lookup(PROVIDER_KINDS, LABELS.providerKind), certifications: lookup(['azav', 'iso9001', 'other']) },
  offers: {
    kind: lookup(OFFER_KINDS, LABELS.offerKind),
    targetGroups: lookup(TARGET_GROUPS, LABELS.targetGroup),
    topics: lookup(COUNSELLING_TOPICS),
    funding: lookup(FUNDINGS),
    languages: lookup(LOCALES),
    'requirements.germanLevel': lookup(GERMAN_LEVELS),
    'requirements.schoolCertificate': lookup(SCHOOL_CERTIFICATES),
    'requirements.physicalLoad': lookup(PHYSICAL_LOADS),
  },
  radar: {},
  stands: {},
};

const TIME_COLUMNS = new Set(['schedule.start', 'schedule.end']);

/**
 * A cell of a code column as its code, when it names one (any case, or a label the organizer pages show);
 * a time of day as `HH:MM` when Excel wrote it `H:MM` or with seconds `:00`. Anything else stays as it is,
 * so validation names it.
 * @param kind what the file holds
 * @param path the field the column fills
 * @param value the cell as read (text, or a list of texts for list columns)
 * @returns the value to validate
 * @example normalizeCell('offers', 'targetGroups', ['Zugewanderte', 'über 45']) // ['migrants', 'over-45']
 */
export function normalizeCell(kind: string, path: string, value: unknown): unknown {
  const codes = CODE_COLUMNS[kind]?.[path];
  if (codes) {
    const one = (item: unknown) => (typeof item === 'string' ? (codes.get(valueKey(item)) ?? item) : item);
    return Array.isArray(value) ? value.map(one) : one(value);
  }
  if (TIME_COLUMNS.has(path) && typeof value === 'string') {
    const time = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(value.trim());
    if (time) return `${time[1]!.padStart(2, '0')}:${time[2]}`;
  }
  return value;
}

const TIME_MESSAGE = /time of day as HH:MM/;

/**
 * The issues of one row, from valibot's: one per field (a web address that is no URL is said once, not by
 * each check it fails), each with a `code` where a page can say it in its own words.
 * @param line the row's number (1 = header)
 * @param issues valibot's issues for the row's record
 * @returns the row's issues in field order
 * @example rowIssues(3, v.safeParse(OfferSchema, record).issues ?? [])
 */
export function rowIssues(line: number, issues: readonly v.BaseIssue<unknown>[]): ImportIssue[] {
  const out: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.') || '(root)';
    if (seen.has(path)) continue;
    seen.add(path);
    const received = typeof issue.input === 'string' ? issue.input : String(issue.input);
    // A code column's cell fails a picklist (languages: a union of the locales and any ISO code): "not one of these".
    if (/^languages\.\d+$/.test(path)) {
      // A language is one of the visitor locales or any ISO 639 code: lower-case letters.
      out.push({ line, path, message: issue.message, code: 'notAllowed', params: { value: received, allowed: LOCALES.join(', ') } });
    } else if (issue.type === 'picklist') {
      // valibot names the allowed codes only in `expected`: ("a" | "b").
      const allowed = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      out.push({ line, path, message: issue.message, code: 'notAllowed', params: { value: received, allowed: allowed.join(', ') } });
    } else if (TIME_MESSAGE.test(issue.message)) {
      out.push({ line, path, message: issue.message, code: 'time', params: { value: received } });
    } else {
      out.push({ line, path, message: issue.message });
    }
  }
  return out;
}
