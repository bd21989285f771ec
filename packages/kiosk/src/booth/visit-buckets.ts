/** Visits counted in one time slot. */
export interface VisitBucket {
  /** Start of the slot (ISO timestamp). */
  from: string;
  /** End of the slot (ISO timestamp). */
  to: string;
  count: number;
}

/**
 * Counts visits per time slot (default 15 minutes), from the first to the last slot with a visit, empty slots included.
 * @param visits anything with an `at` timestamp
 * @param minutes slot length, default 15
 * @returns the slots in time order
 * @example bucketVisits([{ at: '2026-03-12T10:03:00Z' }, { at: '2026-03-12T10:31:00Z' }])
 * // → 10:00–10:15: 1, 10:15–10:30: 0, 10:30–10:45: 1
 */
export function bucketVisits(visits: readonly { at: string }[], minutes = 15): VisitBucket[] {
  const size = minutes * 60_000;
  const counts = new Map<number, number>();
  for (const { at } of visits) {
    const time = Date.parse(at);
    if (Number.isNaN(time)) continue;
    const slot = Math.floor(time / size) * size;
    counts.set(slot, (counts.get(slot) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const buckets: VisitBucket[] = [];
  for (let slot = first; slot <= last; slot += size) {
    buckets.push({ from: new Date(slot).toISOString(), to: new Date(slot + size).toISOString(), count: counts.get(slot) ?? 0 });
  }
  return buckets;
}
