/** A cell value for {@link toCsv}. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * One CSV cell, safe against CSV injection: a text starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading `'` so spreadsheet programs show it as text instead of running it as a formula.
 * Numbers stay numbers (a negative number is data, not a formula).
 * @param value the cell value
 * @param separator the field separator, default `;`
 * @returns the encoded cell, quoted when needed
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: CsvCell, separator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (text.includes('"') || text.includes(separator) || /[\r\n]/.test(text) || text !== text.trim()) {
    text = `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/**
 * Rows to CSV text (CRLF line ends), every cell through {@link csvCell}.
 * @param rows the rows, the first usually the header
 * @param separator default `;`, which German spreadsheet programs expect
 * @returns the CSV text without BOM
 * @example toCsv([['Stand', 'Besuche'], ['12', 40]]) // 'Stand;Besuche\r\n12;40'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], separator = ';'): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n');
}
