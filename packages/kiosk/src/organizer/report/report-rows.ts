import type { ReportData } from '../api/types.js';
import type { OrganizerKey } from '../messages/index.js';

/** One labelled number of a chart; `null`: withheld by the server (1 to 4, or a count that would tell one), shown as "withheld". */
export interface ReportRow {
  label: string;
  value: number | null;
}

/** One chart of the report: a title key and its labelled numbers. */
export interface ReportChart {
  id: string;
  title: OrganizerKey;
  rows: ReportRow[];
}

/** The totals in the order the report shows them. */
export const TOTAL_KEYS = ['visits', 'visitors', 'leads', 'quizzes', 'searches', 'feedback'] as const;

/**
 * A readable local hour from the server's UTC hour key `YYYY-MM-DDTHH` (visits are stored in UTC):
 * `2026-03-12T09` becomes `12.03., 10:00` in Berlin in winter. Anything else stays as it is.
 * @param hour the hour key of `visitsPerHour`
 * @param locale a BCP 47 tag
 * @param timeZone the zone to show; default the browser's
 * @returns the label
 * @example hourLabel('2026-03-12T09', 'de', 'Europe/Berlin') // '12.03., 10:00'
 */
export function hourLabel(hour: string, locale: string, timeZone?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2})$/.exec(hour);
  if (!match) return hour;
  const [, year, month, day, h] = match;
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(h)));
  return at.toLocaleString(locale, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) });
}

/**
 * A readable local time of day (hours and minutes) of an ISO time, as the page shows `listsUntil`: `10:35` in
 * German, `10:35 AM` in English.
 * @param iso an ISO 8601 time
 * @param locale a BCP 47 tag
 * @param timeZone the zone to show; default the browser's
 * @returns the label; the input as it is when it is no time
 * @example timeLabel('2026-03-12T09:35:00.000Z', 'de', 'Europe/Berlin') // '10:35'
 */
export function timeLabel(iso: string, locale: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) });
}

/**
 * The report's bar charts from the server's report data; parts the server did not send are left out, withheld
 * counts stay `null`.
 * @param report the report data
 * @param label translates a message key (offer kinds are shown by name)
 * @returns the charts, in reading order
 * @param locale language of date labels, default `de`
 * @example chartsOf(report, (key) => catalog.t('de', key))
 */
export function chartsOf(report: ReportData, label: (key: OrganizerKey) => string, locale = 'de'): ReportChart[] {
  const charts: ReportChart[] = [];
  const add = (id: string, title: OrganizerKey, rows: ReportRow[] | undefined) => {
    if (rows) charts.push({ id, title, rows });
  };
  add(
    'visits-per-stand',
    'report.visitsPerStand',
    report.visitsPerStand?.map((r) => ({ label: r.providerName ? `${r.standNumber} · ${r.providerName}` : r.standNumber, value: r.visits })),
  );
  add('visits-per-hour', 'report.visitsPerHour', report.visitsPerHour?.map((r) => ({ label: hourLabel(r.hour, locale), value: r.visits })));
  add('leads-per-provider', 'report.leadsPerProvider', report.leadsPerProvider?.map((r) => ({ label: r.providerName, value: r.leads })));
  add(
    'leads-per-kind',
    'report.leadsPerKind',
    report.leadsPerOfferKind?.map((r) => {
      const key = `ok.${r.kind}` as OrganizerKey;
      const name = label(key);
      return { label: name === key ? r.kind : name, value: r.leads };
    }),
  );
  add('interests', 'report.interests', report.interestCodes?.map((r) => ({ label: r.code, value: r.count })));
  add('zero-searches', 'report.zeroSearches', report.zeroResultSearches?.map((r) => ({ label: r.query, value: r.count })));
  return charts;
}
