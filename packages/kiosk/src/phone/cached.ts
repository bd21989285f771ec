import { ApiError } from '../net/api-client.js';
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

/** A visitor page that shows fetched data, or what kept it from coming. */
export interface DataPage<T> extends HTMLElement {
  data: T | undefined;
  /** `badLink`: the page's address lacks what it needs (set by the page's app, never by {@link loadWithCopy}). */
  problem: '' | 'notFound' | 'offline' | 'badLink';
}

/**
 * Fetches a visitor page's data and keeps a copy for offline reloads. Without a connection the page shows the
 * copy (`readCached`), or "offline" ("notFound" for a 404); it asks again when the visitor presses "Try again"
 * (`markt-retry`) or the phone comes back online, until the data arrives or the page is taken away.
 * @param page the page
 * @param options `fetch` the data, the `storage` and `cacheKey` of the copy, `isData` to check a copy, `onData`
 *   after fresh data is shown
 * @returns a function that stops asking again
 * @example const stop = loadWithCopy(page, { fetch: () => api.get(path), storage, cacheKey, isData: isStandData });
 */
export function loadWithCopy<T>(
  page: DataPage<T>,
  options: { fetch: () => Promise<T>; storage: KeyValueStorage; cacheKey: string; isData: (value: unknown) => value is T; onData?: () => void },
): () => void {
  const { fetch, storage, cacheKey, isData, onData } = options;
  let loading = false;
  const stop = (): void => {
    page.removeEventListener('markt-retry', load);
    window.removeEventListener('online', load);
  };
  function load(): void {
    if (!page.isConnected) return stop(); // the page was taken away
    if (loading) return;
    loading = true;
    if (page.problem === 'offline') page.problem = ''; // "Loading…" while it tries again
    void fetch()
      .then(
        (data) => {
          stop();
          page.problem = '';
          page.data = data;
          try {
            storage.setItem(cacheKey, JSON.stringify(data));
          } catch {
            // Only a cache for offline reloads: without room, the page works online as before.
          }
          onData?.();
        },
        (error: unknown) => {
          if (page.data) return; // the cached copy stays
          const cached = readCached(storage, cacheKey, isData);
          if (cached) page.data = cached;
          else page.problem = error instanceof ApiError && error.status === 404 ? 'notFound' : 'offline';
        },
      )
      .finally(() => (loading = false));
  }
  page.addEventListener('markt-retry', load);
  window.addEventListener('online', load);
  load();
  return stop;
}
