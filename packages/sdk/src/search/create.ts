import type { LocalizedText } from '../model/common.js';
import type { Offer, OfferInput } from '../model/offer.js';
import { checkOption } from '../errors/markt-error.js';
import { parsedOffer } from '../model/parsed-offer.js';
import { LOCALES, type Locale } from '../model/vocabulary.js';
import { occupationOf } from '../occupations/groups.js';
import { isKldbCode } from '../occupations/kldb.js';
import { foldGerman, searchTokens } from './fold.js';
import { letterSignature, trigramsOf } from './grams.js';
import { search, type SearchHit, type SearchOptions } from './search.js';
import { oneWaySynonyms, synonymGroups } from './synonyms.js';

/** How much a hit in each field counts, 0–1. */
export interface SearchWeights {
  readonly title: number;
  readonly keywords: number;
  readonly occupations: number;
  readonly summary: number;
}

/** Options of `createSearchIndex`. */
export interface SearchIndexOptions {
  /** Field weights; default `{ title: 1, keywords: 0.9, occupations: 0.6, summary: 0.6 }`. */
  readonly weights?: Partial<SearchWeights>;
  /**
   * Names of an offer's occupations to search as well. Default: the German and English names of each
   * KldB code's Berufsgruppe (from the occupations module); `false` turns them off.
   */
  readonly occupationNames?: false | ((kldb: string) => readonly string[]);
  /** More synonym groups, added to the built-in ones (`synonymGroups`); in these every word works both ways (`oneWaySynonyms` are one-way only in the built-in groups). */
  readonly synonyms?: readonly (readonly string[])[];
  /** Check each offer with the engine's offer check, `parsedOffer` (and fill defaults). Default `true`; pass `false` for offers already parsed. */
  readonly validate?: boolean;
}

/** The data behind a search index. Treat as opaque: its shape may change between versions. */
export interface SearchIndexData {
  /** Distinct folded words of all offers. */
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** Per term: the offers that contain it and the best field weight there. */
  readonly postings: readonly { readonly offers: Uint32Array; readonly weights: Float32Array }[];
  /** Trigram → ids of the terms that contain it. */
  readonly trigrams: ReadonlyMap<string, Uint32Array>;
  /** Term ids by term length, for short query words (no entry for a length no term has). */
  readonly byLength: readonly (readonly number[])[];
  /** Per term: its `letterSignature`. */
  readonly signatures: Uint32Array;
  /** Folded synonym word → the folded members of its groups. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** The keys of `synonyms` found with typos, for Fuse.js, and their `letterSignature`s (not the one-way words). */
  readonly synonymWords: readonly string[];
  readonly synonymSignatures: Uint32Array;
  /** The folded `oneWaySynonyms`: keys of `synonyms` found only as the whole word (or with an ending), never members. */
  readonly synonymTriggers: readonly string[];
  /** Per offer: the languages its title is written in. */
  readonly titleLocales: readonly (readonly Locale[])[];
  /** Scratch counters for the candidate filter (one per term). */
  readonly scratch: Uint16Array;
}

/** A search index over offers, built once by `createSearchIndex` and used by `search`. */
export interface SearchIndex {
  /** The offers, validated, in the order given. */
  readonly offers: readonly Offer[];
  readonly data: SearchIndexData;
  /**
   * The same as `search(index, query, options)`. `match` calls this for free-text wishes, so that ranking
   * without wishes never loads the search code or Fuse.js.
   */
  readonly search: (query: string, options?: SearchOptions) => SearchHit[];
}

const DEFAULT_WEIGHTS: SearchWeights = { title: 1, keywords: 0.9, occupations: 0.6, summary: 0.6 };

/** The German and English name (in that order, as `name` holds them) of a code's closest named group. */
const defaultOccupationNames = (code: string): readonly string[] => (isKldbCode(code) ? Object.values(occupationOf(code).named.name) : []);

const localizedValues = (text: LocalizedText | undefined): string[] => LOCALES.flatMap((l) => text?.[l] || []);

/**
 * Builds a search index over offers: a folded word list with postings and a trigram index over the words.
 * Searches title, summary and keywords in every language present, and the names of the offers' occupations.
 * @param offers the offers (checked by `parsedOffer` unless `options.validate` is false)
 * @param options field weights (default title 1, keywords 0.9, occupations 0.6, summary 0.6), occupation names,
 *   extra synonym groups, validation (default on)
 * @returns the index for `search`
 * @throws {ValidationError} `INVALID_INPUT` for an offer that fails `parsedOffer` (`details` paths like `offers.3.kind`)
 * @throws {OptionError} `OPTION_INVALID` for a field weight outside 0–1
 * @example
 * const index = createSearchIndex(offers);
 * search(index, 'Altenpflge')[0]?.offer.title.de; // 'Pflegehelfer/in in der Altenpflege'
 */
export function createSearchIndex(offers: readonly OfferInput[], options: SearchIndexOptions = {}): SearchIndex {
  const { validate = true, occupationNames = defaultOccupationNames, synonyms: extraSynonyms = [] } = options;
  const weights: SearchWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  // checkOption takes only finite numbers: a weight that is not a number fails as well.
  for (const [field, w] of Object.entries(weights)) checkOption(`weights.${field}`, w, 0, 1);
  const parsed: Offer[] = offers.map((o, i) => (validate ? parsedOffer(o, i) : (o as Offer)));

  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const postOffers: number[][] = [];
  const postWeights: number[][] = [];

  parsed.forEach((offer, offerIndex) => {
    const best = new Map<number, number>();
    const add = (texts: readonly string[], weight: number): void => {
      if (weight <= 0) return;
      for (const text of texts) {
        for (const word of searchTokens(text)) {
          let id = termIds.get(word);
          if (id === undefined) {
            id = terms.length;
            termIds.set(word, id);
            terms.push(word);
            postOffers.push([]);
            postWeights.push([]);
          }
          if ((best.get(id) ?? 0) < weight) best.set(id, weight);
        }
      }
    };
    add(localizedValues(offer.title), weights.title);
    add(offer.keywords ?? [], weights.keywords);
    if (occupationNames) add((offer.occupations ?? []).flatMap((c) => occupationNames(c)), weights.occupations);
    add(localizedValues(offer.summary), weights.summary);
    // Each term's postings are in offer order whatever the order of the terms here.
    for (const [id, w] of best) {
      (postOffers[id] as number[]).push(offerIndex);
      (postWeights[id] as number[]).push(w);
    }
  });

  const trigramLists = new Map<string, number[]>();
  const byLength: number[][] = [];
  terms.forEach((term, id) => {
    for (const g of trigramsOf(term)) {
      const list = trigramLists.get(g);
      if (list) list.push(id);
      else trigramLists.set(g, [id]);
    }
    (byLength[term.length] ??= []).push(id);
  });

  const synonyms = new Map<string, string[]>();
  const triggers = new Set(oneWaySynonyms.map(foldGerman));
  [...synonymGroups, ...extraSynonyms].forEach((group, i) => {
    const folded = [...new Set(group.map(foldGerman).filter(Boolean))];
    // The one-way words are one-way only in the built-in groups: a caller's own group (['PKW', 'Auto']) works both ways.
    const members = i < synonymGroups.length ? folded.filter((o) => !triggers.has(o)) : folded;
    for (const w of folded) synonyms.set(w, [...new Set([...(synonyms.get(w) ?? []), ...members.filter((o) => o !== w)])]);
  });
  const synonymWords = [...synonyms.keys()].filter((w) => !triggers.has(w));

  const index: SearchIndex = {
    offers: parsed,
    search: (query, opts) => search(index, query, opts),
    data: {
      terms,
      termIds,
      postings: postOffers.map((o, i) => ({ offers: Uint32Array.from(o), weights: Float32Array.from(postWeights[i] as number[]) })),
      trigrams: new Map([...trigramLists].map(([g, ids]) => [g, Uint32Array.from(ids)])),
      byLength,
      signatures: Uint32Array.from(terms, letterSignature),
      synonyms,
      synonymWords,
      synonymSignatures: Uint32Array.from(synonymWords, letterSignature),
      synonymTriggers: [...triggers].filter((w) => synonyms.has(w)),
      titleLocales: parsed.map((o) => LOCALES.filter((l) => Boolean(o.title[l]))),
      scratch: new Uint16Array(terms.length),
    },
  };
  return index;
}
