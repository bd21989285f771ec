/** Ranking order: score descending, then offer id ascending (by UTF-16 code units), so ties never depend on input order. */
export function makeBetter(scores: Float64Array, ids: readonly string[]): (a: number, b: number) => boolean {
  return (a, b) => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    if (sa !== sb) return sa > sb;
    return (ids[a] as string) < (ids[b] as string);
  };
}

/**
 * The best `h` of `candidates` in ranking order, by a bounded heap (O(n log h)) instead of a full sort.
 */
export function topOf(candidates: Int32Array, count: number, h: number, better: (a: number, b: number) => boolean): number[] {
  let best = candidates.subarray(0, count);
  if (h < count) {
    // Min-heap on "worse first": heap[0] is the weakest of the best h seen so far.
    const heap = new Int32Array(h);
    let size = 0;
    for (let k = 0; k < count; k++) {
      const idx = candidates[k] as number;
      let i: number;
      if (size < h) {
        // Sift the new one up from the end.
        i = size++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          const y = heap[p] as number;
          if (!better(y, idx)) break;
          heap[i] = y;
          i = p;
        }
      } else if (better(idx, heap[0] as number)) {
        // Replace the weakest and sift it down.
        i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= size) break;
          const r = l + 1;
          const c = r < size && better(heap[l] as number, heap[r] as number) ? r : l;
          const y = heap[c] as number;
          if (!better(idx, y)) break;
          heap[i] = y;
          i = c;
        }
      } else continue;
      heap[i] = idx;
    }
    best = heap.subarray(0, size);
  }
  return Array.from(best).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/**
 * Reorders ranked indices so that the first `topK` hold at most `maxPerProvider` offers of one provider.
 * Offers pushed out keep their order and follow right after the top k. When too few other offers exist,
 * the pushed-out ones fill the top k after all the others.
 * @returns the new order (up to `limit`), or `undefined` when `ranked` ran out before the top k was full
 *   although more candidates exist (the caller then ranks more)
 */
export function diversify(
  ranked: readonly number[],
  providers: readonly string[],
  maxPerProvider: number,
  topK: number,
  limit: number,
  complete: boolean,
): number[] | undefined {
  const top: number[] = [];
  const deferred: number[] = [];
  const counts = new Map<string, number>();
  let i = 0;
  while (top.length < topK && i < ranked.length) {
    const idx = ranked[i++] as number;
    const p = providers[idx] as string;
    const n = counts.get(p) ?? 0;
    if (n < maxPerProvider) {
      counts.set(p, n + 1);
      top.push(idx);
    } else deferred.push(idx);
  }
  if (top.length < topK && !complete) return undefined;
  // Every deferred offer ranked above everything not yet looked at, so it comes next; the top k alone may
  // already be longer than the caller asked for.
  return [...top, ...deferred, ...ranked.slice(i)].slice(0, limit);
}

/**
 * The final order of `match`: the candidates ranked by score descending then offer id (`makeBetter`), the first
 * `topK` diversified to at most `maxPerProvider` offers per provider, cut to `limit`. Ranks only as many as it
 * needs (a bounded heap, widened until the diversified top is full). Shared by `match` and `rankForQuiz`.
 * @param scores score per offer index
 * @param ids offer id per index (the tie-break)
 * @param providers provider id per index
 * @param passing candidate indices in `passing[0 … passed)`
 * @param passed how many candidates
 * @returns offer indices, best first, at most `limit`
 * @example rankTop(scores, ids, providers, passing, passed, 50, 2, 10)
 */
export function rankTop(
  scores: Float64Array,
  ids: readonly string[],
  providers: readonly string[],
  passing: Int32Array,
  passed: number,
  limit: number,
  maxPerProvider: number,
  topK: number,
): number[] {
  const better = makeBetter(scores, ids);
  let order: number[] | undefined;
  for (let h = Math.max(limit, topK) * 2 + 16; !order; h *= 4) {
    const complete = h >= passed;
    const ranked = topOf(passing, passed, h, better);
    order = diversify(ranked, providers, maxPerProvider, topK, limit, complete);
    if (order && order.length < Math.min(limit, passed) && !complete) order = undefined;
  }
  return order;
}
