// Helpers for the net tests (not shipped: only imported by *.test.ts).
import type { KeyValueStorage } from './device-id.js';

/** A Map-backed storage that can be shared by two outboxes, like one localStorage after a reload. */
export function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** Resolves when `check` is true, polling every 10 ms; rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 4000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
