import Fuse from 'fuse.js';
import { optionError } from '../errors/markt-error.js';
import type { Offer } from '../model/offer.js';
import type { Locale } from '../model/vocabulary.js';
import type { SearchIndex, SearchIndexData } from './create.js';
import { popcount } from '../bits.js';
import { letterSignature, trigramsOf } from './grams.js';
import { searchTokens } from './fold.js';

/** Options of `search`. */
export interface SearchOptions {
  /** At most this many hits; default 20. */
  readonly limit?: number;
  /** The visitor's language: offers without a title in it score ×0.95 (they still show). Default: none. */
  readonly locale?: Locale;
  /** Leave out hits scoring below this (0–1); default 0. */
  readonly minScore?: number;
}

/** One search hit. */
export interface SearchHit {
  readonly offer: Offer;
  /** 0–1, 1 = every query word found exactly in the title. */
  readonly score: number;
}

/** Quality of a whole-word match by number of edits. */
const BY_EDITS = [1, 0.8, 0.65, 0.55, 0.5] as const;
/** A synonym counts a little less than the word itself. */
const SYNONYM = 0.85;
const OTHER_LOCALE = 0.95;

const quality = (edits: number): number => BY_EDITS[edits] ?? 0;

/** Records the best quality per term. */
const keep = (out: Map<number, number>, id: number, q: number): void => {
  if (q > (out.get(id) ?? 0)) out.set(id, q);
};

/**
 * Edits a query word may have: none up to 3 letters, 1 up to 7, 2 up to 12, then 3. A word of the same length
 * may have one more (Fuse.js counts a swap of neighbours, "Pfelge", as two edits).
 * (Two edits in a word of six or seven letters find too much: "Strasse" would find "Stress".)
 * @param length the query word's length
 * @returns the edit budget
 * @example editBudget(10) // 2
 */
function editBudget(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : length <= 12 ? 2 : 3;
}

/** Edits allowed inside a compound ("pflege" in "altenpflegehelfer"): fewer than for whole words. */
const compoundBudget = (length: number): number => (length < 4 ? -1 : length <= 6 ? 0 : length <= 12 ? 1 : 2);

/** Whether two words' letter signatures (`letterSignature`) allow a match with at most `e` edits: each lacks at most `e` of the other's letters. */
const closeLetters = (a: number, b: number, e: number): boolean => popcount(a & ~b) <= e && popcount(b & ~a) <= e;

/**
 * Whether two words differ by exactly one swap of two neighbouring letters ("pfelge" / "pflege").
 * @internal exported for tests
 * @param a a folded word
 * @param b another folded word
 * @returns true only for the same length, the same letters elsewhere and one adjacent pair swapped
 * @example isNeighbourSwap('hnadel', 'handel') // true; isNeighbourSwap('kurse', 'kasse') // false
 */
export function isNeighbourSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // i is the first difference, so a[i] !== a[i + 1] follows from the two crosswise checks.
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Fuse.js, the fuzzy step: scores the candidate words against one query word (Bitap; the score is the
 * share of the query's letters that needed an edit, 0 = found as it is). Classifies each hit as a whole-word
 * match (edits plus the letters of the word outside the matched span) or a match inside a longer compound.
 * @internal exported for tests
 * @param terms candidate words (folded)
 * @param word a folded query word
 * @param factor quality of a perfect hit (1 for the word itself, less for a synonym)
 * @param fuzzy allow typos (`editBudget`) or only exact words and compounds
 * @param compounds also find the word inside longer words
 * @param compoundMax the most a hit inside a compound may score (1: no limit)
 * @param swapOnlyUpTo terms up to this length get the extra same-length edit only for a swap of two
 *   neighbouring letters (`isNeighbourSwap`): "hnadel" still finds "handel", "kurse" no longer "kasse" (0: any edit)
 * @returns per index into `terms` with a hit: its quality in (0, factor]
 * @example fuseScores(['pflege', 'altenpflegehelfer'], 'pfelge', 1, true) // Map { 0 => 0.65 }
 */
export function fuseScores(
  terms: readonly string[],
  word: string,
  factor: number,
  fuzzy: boolean,
  compounds = true,
  compoundMax = 1,
  swapOnlyUpTo = 0,
): Map<number, number> {
  const m = word.length;
  const k = fuzzy ? editBudget(m) : 0;
  const kSub = compounds ? compoundBudget(m) : -1;
  const out = new Map<number, number>();
  const most = Math.max(k && k + 1, kSub);
  if (most < 0 || !terms.length) return out;
  const fuse = new Fuse(terms, {
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    shouldSort: false,
    threshold: (most + 0.5) / m,
  });
  for (const { refIndex, score = 1, matches } of fuse.search(word)) {
    const term = terms[refIndex] as string;
    const n = term.length;
    const edits = Math.round(score * m);
    // The letters of the word outside the span Fuse.js matched count as edits for a whole-word match.
    const span = matches?.[0]?.indices ?? [[0, n - 1]];
    const whole = edits + n - 1 - (span.at(-1)?.[1] ?? n - 1) + (span[0]?.[0] ?? 0);
    const extra = k > 0 && n === m && whole === k + 1 && (n > swapOnlyUpTo || isNeighbourSwap(word, term));
    if (whole <= k || extra) keep(out, refIndex, factor * quality(whole));
    else if (n > m && edits <= kSub) keep(out, refIndex, Math.min(compoundMax, factor * quality(edits) * (0.8 + (0.15 * m) / n)));
  }
  return out;
}

/**
 * Finds the words of the index that match one query word: exactly, with typos, or inside a compound.
 * The cheap candidate filter comes first, then Fuse.js (`fuseScores`) scores the few candidates. A word that
 * Fuse.js would accept with e edits keeps all but at most 3e of the query's distinct trigrams (an edit touches
 * at most three), so the trigram filter loses none; where that bound says nothing (short words) every word of
 * a close length is a candidate, after a letter-set filter (a match with e edits lacks at most e of the
 * query's letters and adds at most e others).
 * @internal exported for tests
 * @param data the index data
 * @param word a folded query word
 * @param factor quality of a perfect hit (1 for the word itself, less for a synonym)
 * @param fuzzy allow typos (`editBudget`) or only exact words and compounds
 * @param out best quality per term id, updated in place
 * @param compoundMax the most a hit inside a compound may score (default 1: no limit)
 * @returns nothing; the matches are in `out`
 * @example const out = new Map(); matchWord(index.data, 'pfelge', 1, true, out);
 */
export function matchWord(data: SearchIndexData, word: string, factor: number, fuzzy: boolean, out: Map<number, number>, compoundMax = 1): void {
  const m = word.length;
  const k = fuzzy ? editBudget(m) : 0;
  const e = k && k + 1;
  const kSub = compoundBudget(m);
  const exact = data.termIds.get(word);
  if (exact !== undefined) keep(out, exact, factor);

  const candidates = new Set<number>();
  const grams = m >= 3 ? trigramsOf(word) : [];
  const wholeNeed = grams.length - 3 * e;
  const subNeed = kSub >= 0 ? grams.length - 3 * kSub : Infinity;
  // Without a trigram that a match must share, the filter would say nothing.
  if (Math.max(subNeed, wholeNeed) > 0) {
    const counts = data.scratch;
    const touched: number[] = [];
    for (const g of grams) {
      const ids = data.trigrams.get(g);
      if (!ids) continue;
      for (const id of ids) {
        const c = counts[id] as number;
        if (c === 0) touched.push(id);
        counts[id] = c + 1;
      }
    }
    for (const id of touched) {
      const c = counts[id] as number;
      const n = (data.terms[id] as string).length;
      if ((c >= subNeed && n > m) || (c >= wholeNeed && Math.abs(n - m) <= e)) candidates.add(id);
      counts[id] = 0;
    }
  }
  if (e > 0 && wholeNeed < 1) {
    const sig = letterSignature(word);
    for (let l = Math.max(1, m - k); l <= m + k; l++) {
      for (const id of data.byLength[l] ?? []) if (closeLetters(sig, data.signatures[id] as number, e)) candidates.add(id);
    }
  }
  if (exact !== undefined) candidates.delete(exact);
  const ids = [...candidates];
  const terms = ids.map((id) => data.terms[id] as string);
  for (const [i, q] of fuseScores(terms, word, factor, fuzzy, true, compoundMax)) keep(out, ids[i] as number, q);
}

/** Endings with which a one-way synonym ("Kinder", "Auto") still selects its group: "Kindern", "Autos". */
const TRIGGER_ENDINGS: ReadonlySet<string> = new Set(['', 'e', 'n', 'en', 's', 'es']);
/** Synonym keys up to this length get the extra same-length edit only for a swap of neighbouring letters. */
const SHORT_KEY = 6;
/** A short query word (up to this length) that is a one-way synonym counts less inside a compound than its group ... */
const SHORT_WORD = 7;
/** ... at most this share of the synonym hit: "Kinder" finds the Kita (synonym) above "Kinderzuschlag" (compound). */
const COMPOUND_BELOW_SYNONYM = 0.9;

/**
 * The terms a query word stands for: itself (fuzzy) and the members of its synonym groups (exact or in
 * compounds). The synonym words themselves are found with Fuse.js as well; one-way words (`oneWaySynonyms`)
 * only as the whole word or with an ending. A one-way word scores below its group inside compounds ("Kinder":
 * the Kita above "Kinderzuschlag"); other words that select a group are not capped ("Handel" in "Einzelhandel").
 */
function expandWord(data: SearchIndexData, word: string): Map<number, number> {
  const out = new Map<number, number>();
  // The same cheap filter first (length and letter set of a whole-word match), then Fuse.js.
  const m = word.length;
  const k = editBudget(m);
  const e = k && k + 1;
  const sig = letterSignature(word);
  const keys = data.synonymWords.filter((key, i) => Math.abs(key.length - m) <= k && closeLetters(sig, data.synonymSignatures[i] as number, e));
  const groups = new Map<string, number>();
  for (const [i, q] of fuseScores(keys, word, SYNONYM, true, false, 1, SHORT_KEY)) groups.set(keys[i] as string, q);
  let oneWay = 0;
  for (const key of data.synonymTriggers) {
    if (word.startsWith(key) && TRIGGER_ENDINGS.has(word.slice(key.length))) {
      groups.set(key, SYNONYM);
      oneWay = SYNONYM;
    }
  }
  for (const [key, q] of groups) {
    for (const member of data.synonyms.get(key) ?? []) matchWord(data, member, q, false, out);
  }
  matchWord(data, word, 1, true, out, oneWay && m <= SHORT_WORD ? COMPOUND_BELOW_SYNONYM * oneWay : 1);
  return out;
}

/**
 * Searches offers, tolerant of typos, German spelling variants (ä/ae, ß/ss, case) and synonyms.
 * Each query word scores its best match in an offer (title > keywords > occupations, summary); the offer's
 * score is the mean over the query words. Ties keep the order of the offers in the index.
 * @param index from `createSearchIndex`
 * @param query what the visitor typed, e.g. `"Altenpflge Pankow"`
 * @param options `limit` (default 20), `locale` (default none), `minScore` (default 0)
 * @returns hits, best first, each `{ offer, score }` with score in (0, 1]; `[]` for an empty query
 * @throws {OptionError} `OPTION_INVALID` for a limit that is not a positive integer or a minScore outside 0–1
 * @example
 * search(index, 'Strasse', { limit: 5 }).map((h) => h.offer.id);
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const { limit = 20, locale, minScore = 0 } = options;
  if (!Number.isInteger(limit) || limit < 1) throw optionError('limit', 'a positive integer');
  if (!(minScore >= 0 && minScore <= 1)) throw optionError('minScore', 'a number from 0 to 1');

  const words = [...new Set(searchTokens(query))];
  if (words.length === 0) return [];
  const { data } = index;
  const n = index.offers.length;
  const total = new Float64Array(n);
  const current = new Float32Array(n);
  const found: number[] = [];

  for (const word of words) {
    const touched: number[] = [];
    for (const [termId, q] of expandWord(data, word)) {
      const { offers, weights } = data.postings[termId] as SearchIndexData['postings'][number];
      for (let p = 0; p < offers.length; p++) {
        const o = offers[p] as number;
        const s = q * (weights[p] as number);
        if (current[o] === 0) touched.push(o);
        if (s > (current[o] as number)) current[o] = s;
      }
    }
    // Every touched offer has a score above 0 here (qualities and field weights are), so a total of 0 means new.
    for (const o of touched) {
      if (total[o] === 0) found.push(o);
      total[o] = (total[o] as number) + (current[o] as number);
      current[o] = 0;
    }
  }

  const scored = found.map((o) => {
    let score = (total[o] as number) / words.length;
    if (locale && !(data.titleLocales[o] as readonly Locale[]).includes(locale)) score *= OTHER_LOCALE;
    return { o, score: Math.round(score * 1e6) / 1e6 };
  });
  return scored
    .filter((s) => s.score >= minScore && s.score > 0)
    .sort((a, b) => b.score - a.score || a.o - b.o)
    .slice(0, limit)
    .map(({ o, score }) => ({ offer: index.offers[o] as Offer, score }));
}
