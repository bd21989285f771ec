/**
 * Ranking quality of `match` on the persona fixture: nDCG@5 against the counsellor's graded choices and
 * the number of hard-rule violations among each persona's first ten results.
 */
import { match, type MatchOptions } from '../../src/match/index.js';
import { buildRadar } from '../../src/radar/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { offers } from './offers.js';
import { personas, type Persona } from './personas.js';
import { radarRows } from './radar-rows.js';

export interface PersonaScore {
  readonly id: string;
  readonly ndcg5: number;
  readonly top5: readonly string[];
  /** Offers of the persona's `violations` list found in the first ten results. */
  readonly violationsTop10: readonly string[];
  /** Grade-3 offers that did not make the top five. */
  readonly missed: readonly string[];
}

export interface PersonaEvaluation {
  /** Mean nDCG@5 over the personas. */
  readonly ndcg5: number;
  /** Total number of hard-rule violations in the personas' top tens. */
  readonly violationsTop10: number;
  readonly perPersona: readonly PersonaScore[];
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2);

/** nDCG@k with gains 2^grade − 1. */
export function ndcgAt(k: number, ranked: readonly string[], grades: Readonly<Record<string, number>>): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades[id] ?? 0) * discount(i), 0);
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, k).reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  return ideal > 0 ? dcg / ideal : 1;
}

/**
 * Runs `match` for every persona over the Pankow catalogue, with the illustrative Pankow radar and a
 * search index for free-text wishes.
 * @param options match options to override (e.g. `{ radarWeight: 0 }`)
 * @returns mean nDCG@5, violations in the top ten, and the figures per persona
 * @example const { ndcg5, violationsTop10 } = evaluatePersonas();
 */
export function evaluatePersonas(options: MatchOptions = {}): PersonaEvaluation {
  const radar = buildRadar(radarRows);
  const searchIndex = createSearchIndex(offers);
  const perPersona = personas.map((persona: Persona): PersonaScore => {
    const { results } = match(persona.profile, offers, { radar, searchIndex, ...options });
    const ranked = results.map((r) => r.offer.id);
    const top5 = ranked.slice(0, 5);
    return {
      id: persona.id,
      ndcg5: ndcgAt(5, ranked, persona.relevant),
      top5,
      violationsTop10: ranked.slice(0, 10).filter((id) => persona.violations.includes(id)),
      missed: Object.entries(persona.relevant).filter(([id, g]) => g === 3 && !top5.includes(id)).map(([id]) => id),
    };
  });
  return {
    ndcg5: perPersona.reduce((s, p) => s + p.ndcg5, 0) / perPersona.length,
    violationsTop10: perPersona.reduce((s, p) => s + p.violationsTop10.length, 0),
    perPersona,
  };
}
