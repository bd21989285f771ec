/**
 * Small counts that cannot be worked out: the one rule by which the report (store/report.ts) and the organizer's
 * live activity (live/stats.ts) withhold the counts of a list, so that no figure points at one or a few persons.
 */

/**
 * The smallest count shown (k-anonymity threshold). A count between 1 and `MIN_COUNT - 1` could point to one
 * person ("1 lead at the addiction counselling"), so it is withheld (`null`, "withheld")
 * — and with it what would tell it (`withholdSmall`).
 */
export const MIN_COUNT = 5;

/** A count as published: `null` when withheld. */
export type SmallCount = number | null;

/** How `withholdSmall` reads and orders a list's rows. */
export interface WithholdOptions<T> {
  /** A row's exact count. */
  count: (item: T) => number;
  /** A row's stable key: orders the withheld rows, and shown rows of equal count. */
  key: (item: T) => string;
  /**
   * `'count'` (default): shown rows by count (desc, then key), then the withheld rows by key, never by their hidden
   * value. `'given'`: the rows stay in the order given (hours, ratings: an order that says nothing about counts).
   */
  order?: 'count' | 'given';
}

/** A row with the count it may show (`null`: withheld). */
export interface WithheldCell<T> {
  item: T;
  value: SmallCount;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Withholds the small counts of one list, so that no withheld count can be worked out from the exact total of the
 * list, its shown cells and this rule (checked against a reader who knows the rule: small-counts.test.ts):
 *
 * 1. Primary: when any count is between 1 and `MIN_COUNT - 1`, every count below `MIN_COUNT` of the list (zeros
 *    too) is withheld; else a shown 0 would tell which cells the withheld ones are.
 * 2. Secondary: when that withholds exactly one cell, the smallest shown count is withheld as well, in every cell
 *    that has it; else the one cell would be the total minus the shown cells. Only the sum of the withheld cells
 *    can be derived. Equal counts all go: picking one of them by key would tell the reader which withheld cell is
 *    the big one ("5, 5, 4": the first 5 by key withheld, the other shown, so the withheld pair is 5 and 4).
 * 3. When every withheld cell is `MIN_COUNT - 1` (two 4s beside a shown 9: their sum 8 can only be 4 + 4), the
 *    smallest shown count is withheld too, in every cell that has it.
 *
 * Left as it is: a list of one cell (its value is its total: the caller withholds or publishes that total), and a
 * list whose every cell is `MIN_COUNT - 1` (all withheld; the exact total divided by their number).
 * @param items the list's rows (every key the list can have, also those with 0, so that leaving a row out
 *   says nothing)
 * @param options `count` and `key` of a row; `order` (default `'count'`)
 * @returns each row with the value it may show, in the order described at `order`
 * @example
 * withholdSmall([['a', 7], ['b', 1], ['c', 9]], { count: ([, n]) => n, key: ([k]) => k }).map((c) => c.value);
 * // [9, null, null]: b is small, a (7, the smallest shown) is withheld with it
 */
export function withholdSmall<T>(items: readonly T[], options: WithholdOptions<T>): WithheldCell<T>[] {
  const { count, key, order = 'count' } = options;
  const small = items.some((item) => count(item) > 0 && count(item) < MIN_COUNT);
  const cells: WithheldCell<T>[] = items.map((item) => ({ item, value: small && count(item) < MIN_COUNT ? null : count(item) }));
  const withholdSmallestShown = (): void => {
    const shown = cells.flatMap((c) => (c.value === null ? [] : [c.value]));
    if (shown.length === 0) return;
    const smallest = Math.min(...shown);
    for (const c of cells) if (c.value === smallest) c.value = null;
  };
  if (cells.filter((c) => c.value === null).length === 1) withholdSmallestShown();
  const withheld = cells.filter((c) => c.value === null);
  if (withheld.length > 0 && withheld.every((c) => count(c.item) === MIN_COUNT - 1)) withholdSmallestShown();
  if (order === 'given') return cells;
  return cells.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? byKey(key(a.item), key(b.item)) : a.value === null ? 1 : -1;
    return b.value - a.value || byKey(key(a.item), key(b.item));
  });
}

/**
 * A total as published beside its lists: exact from `MIN_COUNT` on and for 0, else withheld.
 * @param n the exact total
 * @returns `n`, or `null` when it is between 1 and `MIN_COUNT - 1`
 * @example withholdTotal(3); // null
 */
export function withholdTotal(n: number): SmallCount {
  return n > 0 && n < MIN_COUNT ? null : n;
}

/** How `meanIsSafe` reads a list and rounds the mean it would publish. */
export interface MeanOptions<T> extends WithholdOptions<T> {
  /** The value a row stands for (a rating 1–5); the mean is Σ weight × count / Σ count. */
  weight: (item: T) => number;
  /** The mean as it would be published (rounded). */
  round: (mean: number) => number;
  /** How many candidate lists to try at most; more than this counts as not safe (default 50,000). */
  budget?: number;
}

/**
 * Whether the mean of a list (the average rating) may be published beside its cells as `withholdSmall` publishes
 * them and its exact total. The mean is a second sum over the withheld cells: with two withheld cells it fixes both.
 * So this plays the reader: it tries every list that publishes the same cells, total and rounded mean, and the mean
 * is safe only when each withheld cell can still have two or more values. A list with nothing withheld is safe.
 * @param items the list's rows (every key, also those with 0)
 * @param options `count`, `key`, `weight` of a row, `round` of the mean; `budget` of candidate lists (default
 *   50,000: a list needing more is not safe)
 * @returns true when no withheld cell can be worked out from the published mean
 * @example
 * const ratings = [[1, 1], [2, 0], [3, 0], [4, 5], [5, 0]] as const; // 5 × 4 and one 1: mean 3.5
 * meanIsSafe(ratings, { count: ([, n]) => n, key: ([r]) => String(r), weight: ([r]) => r, round: (m) => m }); // false
 */
export function meanIsSafe<T>(items: readonly T[], options: MeanOptions<T>): boolean {
  const { count, key, weight, round, budget = 50_000 } = options;
  const published = withholdSmall(items, { count, key, order: 'given' }).map((c) => c.value);
  const hidden = published.flatMap((value, i) => (value === null ? [i] : []));
  if (hidden.length === 0) return true;
  const counts = items.map(count);
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return true;
  const meanOf = (list: readonly number[]) => round(list.reduce((sum, n, i) => sum + n * weight(items[i] as T), 0) / total);
  const target = meanOf(counts);
  const rest = total - published.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const seen = hidden.map(() => new Set<number>());
  const candidate = published.map((v) => v ?? 0);
  const indices = items.map((_, i) => i);
  let tried = 0;
  // Every way to share `left` among the withheld cells from the j-th on; false when the budget runs out.
  const share = (j: number, left: number): boolean => {
    const at = hidden[j] as number;
    if (j === hidden.length - 1) {
      if (++tried > budget) return false;
      candidate[at] = left;
      const again = withholdSmall(indices, { count: (i) => candidate[i] as number, key: (i) => key(items[i] as T), order: 'given' });
      if (again.every((c, i) => c.value === published[i]) && meanOf(candidate) === target) hidden.forEach((h, k) => seen[k]?.add(candidate[h] as number));
      return true;
    }
    for (let n = 0; n <= left; n++) {
      candidate[at] = n;
      if (!share(j + 1, left - n)) return false;
    }
    return true;
  };
  return share(0, rest) && seen.every((values) => values.size >= 2);
}
