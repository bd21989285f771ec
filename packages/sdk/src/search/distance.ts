/**
 * Bounded optimal-string-alignment distance (Levenshtein plus swaps of two neighbours).
 * With `substring`, the distance of `query` to the closest substring of `term` (Sellers), so that a word
 * is found inside a German compound ("pflege" in "altenpflegehelfer").
 * @param query the query word
 * @param term a word of the index
 * @param max the most edits of interest
 * @param substring compare with the best-matching substring of `term` instead of all of it
 * @returns the distance, or `max + 1` once it is certain to exceed `max`
 * @example boundedDistance('pfelge', 'pflege', 2, false) // 1
 */
export function boundedDistance(query: string, term: string, max: number, substring: boolean): number {
  const m = query.length;
  const n = term.length;
  if (!substring && Math.abs(m - n) > max) return max + 1;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = substring ? 0 : j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let rowMin = i;
    const qc = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const tc = term.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (qc === tc ? 0 : 1));
      if (i > 1 && j > 1 && qc === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc) {
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = row;
    row = t;
  }
  let best = prev[n] as number;
  if (substring) for (let j = 0; j < n; j++) best = Math.min(best, prev[j] as number);
  return Math.min(best, max + 1);
}

/**
 * Edits a query word may have: none up to 3 letters, 1 up to 7, 2 up to 12, then 3.
 * (Two edits in a word of six or seven letters find too much: "Strasse" would find "Stress".)
 * @param length the query word's length
 * @returns the edit budget
 * @example editBudget(10) // 2
 */
export function editBudget(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : length <= 12 ? 2 : 3;
}
