import type { KeyValueStorage } from '../net/device-id.js';

/**
 * Reads a JSON copy that a phone page cached for offline reloads. A damaged copy (cut short, not JSON,
 * not the expected shape) or a storage that refuses to be read counts as no copy, never as an error.
 * @param storage where the copy lives
 * @param key its storage key
 * @param isData whether the parsed value has the shape the page needs
 * @returns the copy, or undefined
 * @example readCached(localStorage, 'markt.stand.k3J9x', (v): v is StandPageData => hasKeys(v, ['stand']))
 */
export function readCached<T>(storage: KeyValueStorage, key: string, isData: (value: unknown) => value is T): T | undefined {
  try {
    const raw = storage.getItem(key);
    if (!raw) return undefined;
    const value: unknown = JSON.parse(raw);
    return isData(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a value is an object with these object-valued fields and these array fields (a cheap shape check).
 * @param value the parsed value
 * @param objects fields that must be objects
 * @param arrays fields that must be arrays
 * @returns true when every field is there with its kind
 * @example hasFields({ event: {}, offers: [] }, ['event'], ['offers']) // true
 */
export function hasFields(value: unknown, objects: readonly string[], arrays: readonly string[] = []): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    objects.every((name) => typeof record[name] === 'object' && record[name] !== null && !Array.isArray(record[name])) &&
    arrays.every((name) => Array.isArray(record[name]))
  );
}
