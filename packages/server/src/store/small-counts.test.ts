// The one rule by which the report and the live activity withhold small counts (store/small-counts.ts), tested
// directly on lists; the report and live tests try the same on published figures (test/derivable-counts.ts).
import { describe, expect, it } from 'vitest';
import { derivable } from '../../test/derivable-counts.js';
import { meanIsSafe, MIN_COUNT, withholdSmall, withholdTotal, type SmallCount } from './small-counts.js';

type Row = [key: string, count: number];
const options = { count: ([, n]: Row) => n, key: ([key]: Row) => key };
/** The list as published: `[key, value]` in the published order. */
const publish = (rows: Row[], order: 'count' | 'given' = 'count'): [string, SmallCount][] =>
  withholdSmall(rows, { ...options, order }).map(({ item, value }) => [item[0], value]);
const total = (rows: Row[]) => rows.reduce((sum, [, n]) => sum + n, 0);

describe('withholdSmall: the whole-list rule', () => {
  it('uses MIN_COUNT = 5', () => {
    expect(MIN_COUNT).toBe(5);
    expect([0, 1, 4, 5, 17].map(withholdTotal)).toEqual([0, null, null, 5, 17]);
  });

  it('leaves a list of only big cells (and zeros) untouched, ordered by count then key', () => {
    expect(
      publish([
        ['b', 5],
        ['a', 0],
        ['c', 12],
        ['d', 5],
      ]),
    ).toEqual([
      ['c', 12],
      ['b', 5],
      ['d', 5],
      ['a', 0],
    ]);
    expect(publish([])).toEqual([]);
  });

  it('one small cell: the zeros go with it, so a second cell is withheld without the secondary step', () => {
    const rows: Row[] = [
      ['a', 9],
      ['b', 2],
      ['c', 0],
    ];
    expect(publish(rows)).toEqual([
      ['a', 9],
      ['b', null],
      ['c', null],
    ]);
  });

  it('one small cell and no zero: the smallest shown cell is withheld as well, so only the sum of the two can be derived', () => {
    const rows: Row[] = [
      ['a', 9],
      ['b', 2],
      ['c', 6],
      ['d', 30],
    ];
    const published = publish(rows);
    expect(published).toEqual([
      ['d', 30],
      ['a', 9],
      ['b', null],
      ['c', null],
    ]);
    expect(derivable([{ name: 'list', cells: published.map(([, v]) => v), total: total(rows) }])).toEqual([]);
  });

  it('equal smallest shown cells are all withheld: picking one by key would tell which withheld cell is the big one', () => {
    expect(
      publish([
        ['z', 1],
        ['b', 7],
        ['a', 7],
        ['c', 8],
      ]),
    ).toEqual([
      ['c', 8],
      ['a', null],
      ['b', null],
      ['z', null],
    ]);
  });

  it('withheld cells that are all 4 take the smallest shown cell along: their sum 8 could only be 4 + 4', () => {
    expect(
      publish([
        ['a', 4],
        ['b', 4],
        ['c', 9],
        ['d', 12],
      ]),
    ).toEqual([
      ['d', 12],
      ['a', null],
      ['b', null],
      ['c', null],
    ]);
  });

  it('two small cells: both withheld, nothing more', () => {
    expect(
      publish([
        ['a', 9],
        ['b', 2],
        ['c', 4],
        ['d', 6],
      ]),
    ).toEqual([
      ['a', 9],
      ['d', 6],
      ['b', null],
      ['c', null],
    ]);
  });

  it('a list of one small cell stays one withheld cell (its total is the caller’s to withhold: withholdTotal)', () => {
    expect(publish([['a', 3]])).toEqual([['a', null]]);
    expect(withholdTotal(3)).toBeNull();
  });

  it('a list of two cells, one small: both withheld', () => {
    expect(
      publish([
        ['a', 3],
        ['b', 40],
      ]),
    ).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('keeps the given order when asked (hours, ratings), withholding the same cells', () => {
    const rows: Row[] = [
      ['1', 5],
      ['2', 9],
      ['3', 1],
      ['4', 6],
      ['5', 5],
    ];
    expect(publish(rows, 'given')).toEqual([
      ['1', null],
      ['2', 9],
      ['3', null],
      ['4', 6],
      ['5', null],
    ]);
  });

  it('the order of withheld rows does not reveal their size: the same keys come out in the same order whatever they hide', () => {
    const lists: Row[][] = [
      [
        ['a', 1],
        ['b', 0],
        ['c', 8],
      ],
      [
        ['a', 0],
        ['b', 4],
        ['c', 8],
      ],
      [
        ['a', 6],
        ['b', 2],
        ['c', 8],
      ],
      [
        ['a', 2],
        ['b', 6],
        ['c', 8],
      ],
    ];
    for (const rows of lists) expect(publish(rows).map(([key]) => key)).toEqual(['c', 'a', 'b']);
  });

  it('no list of up to four cells with counts 0–12 publishes a single withheld cell beside its exact total (all 30,927 of them)', () => {
    const values = Array.from({ length: 13 }, (_, i) => i);
    let tried = 0;
    const found: string[] = [];
    const tryAll = (prefix: number[]): void => {
      if (prefix.length >= 2) {
        tried++;
        const rows = prefix.map((n, i): Row => [`k${i}`, n]);
        const cells = withholdSmall(rows, options).map((c) => c.value);
        // Every count between 1 and 4 is withheld, and a shown cell is the true count.
        for (const [i, n] of prefix.entries()) if (n > 0 && n < MIN_COUNT) expect(withholdSmall(rows, { ...options, order: 'given' })[i]?.value).toBeNull();
        found.push(...derivable([{ name: prefix.join(','), cells, total: total(rows) }]));
      }
      if (prefix.length < 4) for (const v of values) tryAll([...prefix, v]);
    };
    tryAll([]);
    expect(tried).toBe(13 ** 2 + 13 ** 3 + 13 ** 4);
    expect(found).toEqual([]);
  });
  it('a reader who knows the rule cannot pin any withheld count of 1–4 to one value (every list of 3 cells 0–14 and of 4 cells 0–10)', () => {
    // The reader sees each row's published value and the exact total, and tries every list that publishes the same.
    for (const [cells, max] of [
      [3, 14],
      [4, 10],
    ] as const) {
      const candidates = new Map<string, number[][]>();
      const visit = (prefix: number[]): void => {
        if (prefix.length === cells) {
          const rows = prefix.map((n, i): Row => [`k${i}`, n]);
          const seen = JSON.stringify([withholdSmall(rows, { ...options, order: 'given' }).map((c) => c.value), total(rows)]);
          candidates.set(seen, [...(candidates.get(seen) ?? []), prefix]);
          return;
        }
        for (let v = 0; v <= max; v++) visit([...prefix, v]);
      };
      visit([]);
      const pinned: string[] = [];
      for (const [seen, lists] of candidates) {
        // Lists with a count of `max` could have candidates beyond the range tried: left out.
        if (lists.some((list) => list.includes(max))) continue;
        const [values] = JSON.parse(seen) as [SmallCount[]];
        for (const [i, value] of values.entries()) {
          const possible = new Set(lists.map((list) => list[i]));
          const [only] = possible;
          if (value === null && possible.size === 1 && only !== undefined && only > 0 && only < MIN_COUNT) pinned.push(`${seen}: cell ${i} is ${only}`);
        }
      }
      expect(pinned, `${cells} cells`).toEqual([]);
    }
  });

  it('a list whose every cell is 4 withholds them all (its total divided by their number stays derivable: the one case left, documented)', () => {
    expect(
      publish([
        ['a', 4],
        ['b', 4],
        ['c', 4],
        ['d', 4],
        ['e', 4],
      ]).map(([, v]) => v),
    ).toEqual([null, null, null, null, null]);
  });
});

describe('meanIsSafe: an average beside withheld cells', () => {
  /** Ratings 1–5 with these counts, averaged to 2 decimals as the report does. */
  const safe = (counts: number[], budget?: number) =>
    meanIsSafe(
      counts.map((n, i): Row => [String(i + 1), n]),
      { ...options, weight: ([rating]) => Number(rating), round: (m) => Math.round(m * 100) / 100, ...(budget === undefined ? {} : { budget }) },
    );

  it('is safe when nothing is withheld', () => {
    expect(safe([0, 0, 0, 5, 7])).toBe(true);
  });

  it('is not safe when the average fixes the withheld cells: 5 × 4 shown, 6 ratings, 3.5 means the withheld one is a 1', () => {
    expect(safe([1, 0, 0, 5, 0])).toBe(false);
    // Two withheld cells: count and average are two equations, one solution.
    expect(safe([0, 0, 2, 6, 9])).toBe(false);
  });

  it('is safe when several lists publish the same cells, count and average: 3 × 1 + 2 × 2 or 4 × 1 + 1 × 3', () => {
    expect(safe([3, 2, 0, 10, 10])).toBe(true);
    expect(safe([4, 0, 1, 10, 10])).toBe(true);
  });

  it('is not safe when the candidates are more than the budget allows', () => {
    expect(safe([3, 2, 0, 10, 10], 3)).toBe(false);
  });
});
