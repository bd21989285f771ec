import { foldGerman, searchTokens, type Offer } from '@markt/sdk';

/**
 * Title similarity from which two offers count as near duplicates: the Jaccard index of the padded
 * trigrams of their folded titles (stopwords such as "in", "für", "m/w/d" dropped). 0.5 keeps
 * "Pflegehelfer/in in Teilzeit" ~ "Pflegehelfer (Teilzeit)" (1.0) and "Lagerlogistik Fachkraft" ~ "Fachkraft für Lagerlogistik" (1.0),
 * and leaves "Pflegehelfer" ≁ "Pflegefachkraft" (0.23) and "Bewerbungstraining" ≁ "Bewerbungscoaching" (0.44) apart.
 */
export const TITLE_SIMILARITY_THRESHOLD = 0.5;

/** One side of a pair. */
export interface DuplicateSide {
  offerId: string;
  providerId: string;
  title: string;
}

/** Two offers of different providers that look like the same offer (MYKnetz: a network without duplicates). */
export interface NearDuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  /** Title similarity, 0–1, rounded to two places. */
  similarity: number;
  /** Why the pair is listed, e.g. "same kind (qualification)", "similar titles (83 %)". */
  reasons: string[];
}

const titleOf = (offer: Offer): string => offer.title.de ?? Object.values(offer.title).find((t): t is string => typeof t === 'string') ?? '';

/**
 * The padded trigrams of a text's search words (`" pf"`, `"pfl"`, …, `"er "`), each once.
 * @param text any text
 * @returns the set of trigrams
 * @example titleTrigrams('Kita') // Set { ' ki', 'kit', 'ita', 'ta ' }
 */
export function titleTrigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of searchTokens(text)) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/**
 * Jaccard similarity of the folded trigrams of two titles.
 * @param a a title
 * @param b another title
 * @returns 0 (nothing shared) … 1 (the same words)
 * @example titleSimilarity('Pflegehelfer/in in Teilzeit', 'Pflegehelfer (Teilzeit)') // 1
 */
export function titleSimilarity(a: string, b: string): number {
  const ta = titleTrigrams(a);
  const tb = titleTrigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** KldB 2010 occupation groups (Berufsgruppen, the first three digits) of an offer's occupations. */
const occupationGroups = (offer: Offer): Set<string> => new Set((offer.occupations ?? []).filter((c) => c.length >= 3).map((c) => c.slice(0, 3)));

/**
 * Offers of different providers that overlap: same kind; overlapping target groups (or both open to all);
 * same district (or both without); and a title similarity ≥ `TITLE_SIMILARITY_THRESHOLD` or a shared KldB
 * occupation group.
 * @param offers the event's offers
 * @param threshold the title similarity from which titles count as similar (default `TITLE_SIMILARITY_THRESHOLD`)
 * @returns the pairs, most similar first; `a` is the offer with the smaller id
 * @example nearDuplicateOffers(offers).map((p) => [p.a.offerId, p.b.offerId])
 */
export function nearDuplicateOffers(offers: readonly Offer[], threshold = TITLE_SIMILARITY_THRESHOLD): NearDuplicatePair[] {
  const sorted = [...offers].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const byKind = new Map<string, Offer[]>();
  for (const offer of sorted) byKind.set(offer.kind, [...(byKind.get(offer.kind) ?? []), offer]);
  const pairs: NearDuplicatePair[] = [];
  for (const group of byKind.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.providerId === b.providerId) continue;
        const reasons = [`same kind (${a.kind})`];
        const ga = a.targetGroups ?? [];
        const gb = b.targetGroups ?? [];
        if (ga.length === 0 && gb.length === 0) reasons.push('both open to all');
        else {
          const shared = ga.filter((g) => gb.includes(g));
          if (shared.length === 0) continue;
          reasons.push(`overlapping target groups (${shared.join(', ')})`);
        }
        const da = a.place?.district ? foldGerman(a.place.district) : '';
        const db = b.place?.district ? foldGerman(b.place.district) : '';
        if (da !== db) continue;
        reasons.push(da ? `same district (${a.place?.district ?? ''})` : 'both without district');
        const similarity = Math.round(titleSimilarity(titleOf(a), titleOf(b)) * 100) / 100;
        const sharedGroups = [...occupationGroups(a)].filter((g) => occupationGroups(b).has(g));
        const similar = similarity >= threshold;
        if (!similar && sharedGroups.length === 0) continue;
        if (similar) reasons.push(`similar titles (${Math.round(similarity * 100)} %)`);
        if (sharedGroups.length > 0) reasons.push(`same KldB occupation group (${sharedGroups.join(', ')})`);
        const side = (o: Offer): DuplicateSide => ({ offerId: o.id, providerId: o.providerId, title: titleOf(o) });
        pairs.push({ a: side(a), b: side(b), similarity, reasons });
      }
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || (x.a.offerId < y.a.offerId ? -1 : x.a.offerId > y.a.offerId ? 1 : 0));
}
