/** One bad row of a CSV import: the file's line (1 = header), the field, what is wrong. */
export interface RowError {
  line: number | undefined;
  field: string;
  message: string;
}

/**
 * Reads the server's per-row import errors: `{ line, path, message }`, or `{ path: 'line 4.kind', message }`.
 * @param details the `details` of the error answer
 * @returns one entry per bad cell, in the server's order
 * @example rowErrors([{ path: 'line 4.kind', message: 'invalid' }]) // [{ line: 4, field: 'kind', message: 'invalid' }]
 */
export function rowErrors(details: readonly { path: string; message: string; line?: unknown }[]): RowError[] {
  return details.map((d) => {
    if (typeof d.line === 'number') return { line: d.line, field: d.path, message: d.message };
    const match = /^line (\d+)(?:\.(.*))?$/.exec(d.path);
    if (match) return { line: Number(match[1]), field: match[2] ?? '', message: d.message };
    return { line: undefined, field: d.path, message: d.message };
  });
}
