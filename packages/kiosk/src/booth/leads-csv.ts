import { csvCell, type CsvCell } from '../organizer/shared/csv.js';
import { LOCALE_NAMES, isLocale } from '../shared/locale.js';
import type { BoothKey } from './booth-catalog.js';
import type { BoothLead } from './types.js';

/** A lead as `GET /api/booth/leads` answers it: with the consent it rests on and the date it must be deleted by. */
export interface ExportLead extends BoothLead {
  consentAt?: string;
  consentText?: string;
  deleteAfter?: string | null;
}

/** The column of the phone number. */
const PHONE = 2;

/** What {@link leadsCsv} needs besides the leads. */
export interface LeadsCsvOptions {
  /** The tablet's translate function (headers and statuses in the tablet's language). */
  t: (key: BoothKey, params?: Readonly<Record<string, string | number>>) => string;
  /** The tablet's language, for dates: `de` writes 24.11.2026 23:09, others 2026-11-24 23:09 (both read as dates by Excel). */
  locale: string;
  /** Offer titles by id (in the tablet's language). */
  offerTitles?: Readonly<Record<string, string>>;
  /** Stand numbers by stand id. */
  standNumbers?: Readonly<Record<string, string>>;
  /** The zone the times are written in; default the tablet's own (it stands at the fair). */
  timeZone?: string;
}

/**
 * A time as a spreadsheet reads it, in local time: `24.11.2026 23:09` for German, `2026-11-24 23:09` otherwise.
 * @param iso an ISO 8601 timestamp (empty or missing: empty)
 * @param locale the tablet's language
 * @param timeZone the zone; default the browser's
 * @returns the local date and time, or '' when there is none
 * @example localTime('2026-11-24T22:09:09.704Z', 'de', 'Europe/Berlin') // '24.11.2026 23:09'
 */
export function localTime(iso: string | null | undefined, locale: string, timeZone?: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return locale === 'de' ? `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}` : `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * The booth's leads as a CSV file for Excel, made like the organizer's report: `;`-separated, CRLF, a BOM so
 * umlauts survive, headers and statuses in the tablet's language, local times, the offer's title beside its id
 * and the stand's number. Each row keeps by when the provider must delete it and the consent it rests on.
 * The rows are in time order, oldest first (the header says so), whatever order the leads come in; the language
 * is named as on the card ("Türkçe"; an unknown code stays as it is). Text cells are safe against CSV injection.
 * @param leads the leads, in any order
 * @param options translate function, language, offer titles, stand numbers, time zone
 * @returns the file's text, starting with the BOM
 * @example new Blob([leadsCsv(leads, { t, locale: 'de', offerTitles })], { type: 'text/csv;charset=utf-8' })
 */
export function leadsCsv(leads: readonly ExportLead[], options: LeadsCsvOptions): string {
  const { t, locale, offerTitles = {}, standNumbers = {}, timeZone } = options;
  const when = (iso: string | null | undefined) => localTime(iso, locale, timeZone);
  const header: CsvCell[] = [
    'csv.createdAt', 'csv.name', 'csv.phone', 'csv.email', 'csv.language', 'csv.message', 'csv.offer', 'csv.offerId', 'csv.stand',
    'csv.rating', 'csv.status', 'csv.tags', 'csv.notes', 'csv.deleteBy', 'csv.consentAt', 'csv.consentText',
  ].map((key) => t(key as BoothKey));
  const time = (l: ExportLead) => {
    const ms = Date.parse(l.createdAt);
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  const rows = [...leads].sort((a, b) => time(a) - time(b)).map((l): CsvCell[] => [
    when(l.createdAt),
    l.contact.name,
    l.contact.phone,
    l.contact.email,
    isLocale(l.locale) ? LOCALE_NAMES[l.locale] : l.locale,
    l.message,
    l.offerId ? (offerTitles[l.offerId] ?? '') : t('lead.general'),
    l.offerId,
    l.standId ? (standNumbers[l.standId] ?? l.standId) : '',
    l.rating,
    t(`status.${l.status}`),
    l.tags.join(', '),
    l.notes,
    when(l.deleteAfter),
    when(l.consentAt),
    l.consentText,
  ]);
  // A phone number ("+49 30 1234") cannot call a function: it stays readable, as in the server's export.
  const cell = (value: CsvCell, column: number) =>
    column === PHONE && typeof value === 'string' && /^\+?[0-9 ()/-]+$/.test(value) ? value : csvCell(value, ';');
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
