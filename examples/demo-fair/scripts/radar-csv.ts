import type { RadarRowInput } from '@markt/sdk';

/**
 * The radar CSV's columns, in order, with the German headers of the Bundesagentur's tables
 * (documented in docs/data-formats.md).
 */
export const radarCsvHeaders = [
  'Berichtsmonat',
  'Regionalschlüssel',
  'Region',
  'Regionalebene',
  'Beruf (KldB 2010)',
  'Berufsbezeichnung',
  'Gemeldete Arbeitsstellen',
  'Arbeitsuchende',
  'Abgeschlossene Vakanzzeit (Median in Tagen)',
  'Veränderung Arbeitsstellen zum Vorjahresmonat in %',
  'Illustrativ',
] as const;

const levels = { state: 'Land', agency: 'Agentur für Arbeit', district: 'Bezirk', ortsteil: 'Ortsteil' } as const;

/** A German decimal with one digit after the comma: 0.123 → "12,3" (per cent). */
function percent(fraction: number): string {
  return (Math.round(fraction * 1000) / 10).toFixed(1).replace('.', ',');
}

/** Quotes a cell when it holds the separator, a quote or a line break. */
function cell(value: string): string {
  return /[;"\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Radar rows as a BA-shaped CSV: `;` separated, German headers, decimal comma, UTF-8, LF line ends.
 * @param rows the radar rows
 * @param occupationName the Berufsgruppe's name for a KldB code
 * @returns the CSV text, ending with a line break
 * @example toRadarCsv(rows, (code) => names.get(code) ?? '')
 */
export function toRadarCsv(rows: readonly RadarRowInput[], occupationName: (kldb: string) => string): string {
  const lines = [radarCsvHeaders.join(';')];
  for (const r of rows) {
    lines.push(
      [
        r.period ?? '',
        r.regionCode,
        r.regionName,
        levels[r.regionLevel ?? 'ortsteil'],
        r.kldb,
        occupationName(r.kldb),
        String(r.vacancies),
        String(r.jobSeekers),
        String(r.vacancyDurationDays),
        percent(r.changeVsLastYear),
        r.illustrative ? 'ja' : 'nein',
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}
