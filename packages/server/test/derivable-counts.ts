/**
 * What a reader of a published report or live activity can work out: a list whose exact total is published
 * and that withholds exactly one cell gives that cell away (total minus the shown cells). The report and live
 * tests use this to try each list.
 */

/** One published list: its cells (`null`: withheld) and its total when that is published exactly. */
export interface PublishedList {
  name: string;
  cells: readonly (number | null)[];
  total: number | null;
}

/**
 * The withheld cells a reader can compute exactly.
 * @param lists the published lists
 * @returns one line per cell that can be worked out ("list: the withheld cell is 3"); empty when none
 * @example derivable([{ name: 'visits per stand', cells: [7, null], total: 8 }]); // ['visits per stand: the withheld cell is 1']
 */
export function derivable(lists: readonly PublishedList[]): string[] {
  const found: string[] = [];
  for (const { name, cells, total } of lists) {
    const withheld = cells.filter((c) => c === null).length;
    if (total === null || withheld !== 1) continue;
    const shown = cells.reduce<number>((sum, c) => sum + (c ?? 0), 0);
    found.push(`${name}: the withheld cell is ${total - shown}`);
  }
  return found;
}
