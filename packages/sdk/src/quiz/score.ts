import { QuizError } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';
import type { InterestProfile } from '../model/profile.js';
import { RIASEC, type RiasecDimension, type Strength } from '../model/vocabulary.js';
import { quizBank, quizBankById } from './bank.js';

/** One answer: 0 = not at all … 4 = very much; `null` (or leaving the item out) skips it. */
export type QuizAnswer = 0 | 1 | 2 | 3 | 4 | null;

/** Answers by item id. */
export type QuizAnswers = Readonly<Record<string, QuizAnswer>>;

/** What `scoreQuiz` returns. */
export interface QuizResult {
  /** Interest per RIASEC dimension in [0, 1]; 0.5 (neutral) for a dimension with no answered item. */
  readonly interests: InterestProfile;
  /** Strengths of the items answered 3 or 4, strongest answer first, then in item-bank order. */
  readonly strengths: Strength[];
  readonly answered: number;
  /** Items of the bank that were not answered (null or absent). */
  readonly skipped: number;
  /**
   * Holland code: up to three dimensions that had answers, highest first (ties in R-I-A-S-E-C order),
   * e.g. `"SAE"`; `""` when nothing was answered.
   */
  readonly code: string;
}

/** Answer value from which an item's strength counts as named. */
const STRENGTH_FROM = 3;
const NEUTRAL = 0.5;

/**
 * Scores the interest quiz: the mean answer per RIASEC dimension, scaled to [0, 1], and the strengths named.
 * @param answers answers by item id (`quizBank[i].id`), each 0–4 or null; absent items count as skipped
 * @returns the interest profile, strengths, counts and the top-3 Holland code
 * @throws {QuizError} `QUIZ_UNKNOWN_ITEM` for an id not in the bank, `QUIZ_BAD_VALUE` for a value other than 0–4 or null
 * @example
 * const r = scoreQuiz({ 'help-people': 4, 'care-for-others': 3, 'fix-things': 0 });
 * r.code;      // 'SR' — only S and R were answered, S higher
 * r.strengths; // ['helping', 'caring']
 */
export function scoreQuiz(answers: QuizAnswers): QuizResult {
  const sums = {} as Record<RiasecDimension, number>;
  const counts = {} as Record<RiasecDimension, number>;
  for (const d of RIASEC) sums[d] = counts[d] = 0;
  const named: { strength: Strength; value: number; order: number }[] = [];

  for (const [id, value] of Object.entries(answers)) {
    const item = quizBankById.get(id);
    if (!item) throw new QuizError('QUIZ_UNKNOWN_ITEM', errorMessages.QUIZ_UNKNOWN_ITEM(id));
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 4) {
      throw new QuizError('QUIZ_BAD_VALUE', errorMessages.QUIZ_BAD_VALUE(id));
    }
    sums[item.dimension] += value;
    counts[item.dimension] += 1;
    if (item.strength && value >= STRENGTH_FROM) named.push({ strength: item.strength, value, order: quizBank.indexOf(item) });
  }

  const interests = {} as Record<RiasecDimension, number>;
  for (const d of RIASEC) interests[d] = counts[d] > 0 ? sums[d] / (4 * counts[d]) : NEUTRAL;

  const answered = RIASEC.reduce((n, d) => n + counts[d], 0);
  // Array sort is stable: ties keep the R-I-A-S-E-C order.
  const code = RIASEC.filter((d) => counts[d] > 0)
    .sort((a, b) => interests[b] - interests[a])
    .slice(0, 3)
    .join('');

  named.sort((a, b) => b.value - a.value || a.order - b.order);
  const strengths = [...new Set(named.map((n) => n.strength))];

  return { interests, strengths, answered, skipped: quizBank.length - answered, code };
}
