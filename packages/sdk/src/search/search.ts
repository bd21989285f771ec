import { OptionError } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';
import type { Offer } from '../model/offer.js';
import type { Locale } from '../model/vocabulary.js';
import type { SearchIndex, SearchIndexData } from './create.js';
import { letterSignature, popcount, trigramsOf } from './create.js';
import { boundedDistance, editBudget } from './distance.js';
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
const BY_EDITS = [1, 0.8, 0.65, 0.55] as const;
/** A synonym counts a little less than the word itself. */
const SYNONYM = 0.85;
const OTHER_LOCALE = 0.95;

const quality = (edits: number): number => BY_EDITS[edits] ?? 0;

/** Records the best quality per term. */
const keep = (out: Map<number, number>, id: number, q: number): void => {
  if (q > (out.get(id) ?? 0)) out.set(id, q);
};

/**
 * Finds the words of the index that match one query word: exactly, with up to `editBudget` typos, or inside
 * a compound. A trigram filter picks the candidates first: a match with k edits (a swap counts as one) keeps
 * all but at most 4k of the word's distinct trigrams. Where that bound says nothing (short words, many
 * allowed edits) every word of a close length is checked, after a letter-set filter (a match with k edits
 * lacks at most k of the query's letters and adds at most k others), so no whole-word match is lost.
 * @internal exported for tests
 * @param data the index data
 * @param word a folded query word
 * @param factor quality of a perfect hit (1 for the word itself, less for a synonym)
 * @param fuzzy allow typos (`editBudget`) or only exact words and compounds
 * @param out best quality per term id, updated in place
 * @returns nothing; the matches are in `out`
 * @example const out = new Map(); matchWord(index.data, 'pfelge', 1, true, out);
 */
export function matchWord(data: SearchIndexData, word: string, factor: number, fuzzy: boolean, out: Map<number, number>): void {
  const m = word.length;
  const k = fuzzy ? editBudget(m) : 0;
  const exact = data.termIds.get(word);
  if (exact !== undefined) keep(out, exact, factor);

  const evaluate = (id: number): void => {
    const term = data.terms[id] as string;
    if (term === word) return;
    const n = term.length;
    if (Math.abs(n - m) <= k) {
      const d = boundedDistance(word, term, k, false);
      if (d <= k) {
        keep(out, id, factor * quality(d));
        return;
      }
    }
    if (m >= 4 && n > m) {
      // Inside a compound fewer typos are allowed: a loose substring match finds "tieren" in "Orientierung".
      const kSub = m <= 6 ? 0 : m <= 12 ? 1 : 2;
      const d = boundedDistance(word, term, kSub, true);
      if (d <= kSub) keep(out, id, factor * quality(d) * (0.8 + (0.15 * m) / n));
    }
  };

  const grams = m >= 3 ? trigramsOf(word) : [];
  const guaranteed = grams.length - 4 * k;
  if (grams.length > 0) {
    const need = Math.max(1, guaranteed);
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
      if ((counts[id] as number) >= need) evaluate(id);
      counts[id] = 0;
    }
  }
  if (k > 0 && guaranteed < 1) {
    const sig = letterSignature(word);
    for (let l = Math.max(1, m - k); l <= m + k; l++) {
      for (const id of data.byLength[l] ?? []) {
        const t = data.signatures[id] as number;
        if (popcount(sig & ~t) <= k && popcount(t & ~sig) <= k) evaluate(id);
      }
    }
  }
}

/** The terms a query word stands for: itself (fuzzy) and the members of its synonym groups (exact or in compounds). */
function expandWord(data: SearchIndexData, word: string): Map<number, number> {
  const out = new Map<number, number>();
  matchWord(data, word, 1, true, out);
  const k = editBudget(word.length);
  for (const [key, members] of data.synonyms) {
    if (Math.abs(key.length - word.length) > k) continue;
    const d = key === word ? 0 : boundedDistance(word, key, k, false);
    if (d > k) continue;
    for (const member of members) matchWord(data, member, SYNONYM * quality(d), false, out);
  }
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
  if (!Number.isInteger(limit) || limit < 1) throw new OptionError('OPTION_INVALID', errorMessages.OPTION_INVALID('limit', 'a positive integer'));
  if (!(minScore >= 0 && minScore <= 1)) throw new OptionError('OPTION_INVALID', errorMessages.OPTION_INVALID('minScore', 'a number from 0 to 1'));

  const words = [...new Set(searchTokens(query))];
  if (words.length === 0) return [];
  const { data } = index;
  const n = index.offers.length;
  const total = new Float64Array(n);
  const current = new Float32Array(n);
  const hit = new Uint8Array(n);
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
    for (const o of touched) {
      total[o] = (total[o] as number) + (current[o] as number);
      current[o] = 0;
      if (!hit[o]) {
        hit[o] = 1;
        found.push(o);
      }
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
