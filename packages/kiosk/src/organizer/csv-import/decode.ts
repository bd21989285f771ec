/**
 * The text of a CSV file as spreadsheet programs save it: UTF-16 with its byte order mark (FF FE little-endian,
 * FE FF big-endian: Excel's "Unicode-Text", LibreOffice's "Unicode"), UTF-8 (with or without BOM), or, when
 * the bytes are not valid UTF-8, Windows-1252, which German Excel writes for "CSV (Trennzeichen-getrennt)".
 * Read as UTF-8, such a file would turn every ä, ö, ü and ß into "�" and its names would be imported broken.
 * @param bytes the file's bytes
 * @returns the text, without BOM
 * @example decodeCsv(new Uint8Array([0x54, 0x72, 0xe4, 0x67, 0x65, 0x72])) // 'Träger'
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // The BOM first: UTF-16 is never valid Windows-1252 text, but it would be read as such (with a NUL per letter).
  if (view[0] === 0xff && view[1] === 0xfe) return new TextDecoder('utf-16le').decode(view);
  if (view[0] === 0xfe && view[1] === 0xff) return new TextDecoder('utf-16be').decode(view);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
