import { QuizError } from '../errors/markt-error.js';
import { errorMessages } from '../errors/messages.js';
import type { InterestProfile } from '../model/profile.js';
import { RIASEC, type RiasecDimension, type Strength } from '../model/vocabulary.js';
import { quizBank, type QuizBankItem } from './bank.js';

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
  const values = new Map<QuizBankItem, number>();
  for (const [id, value] of Object.entries(answers)) {
    const item = quizBank.find((i) => i.id === id);
    if (!item) throw new QuizError('QUIZ_UNKNOWN_ITEM', errorMessages.QUIZ_UNKNOWN_ITEM(id));
    if (value === null || value === undefined) continue;
    // Number.isInteger is false for anything but a number.
    if (!Number.isInteger(value) || value < 0 || value > 4) throw new QuizError('QUIZ_BAD_VALUE', errorMessages.QUIZ_BAD_VALUE(id));
    values.set(item, value);
  }

  const interests = {} as Record<RiasecDimension, number>;
  const answeredDimensions: RiasecDimension[] = [];
  for (const d of RIASEC) {
    let sum = 0;
    let count = 0;
    for (const [item, value] of values) {
      if (item.dimension === d) {
        sum += value;
        count++;
      }
    }
    interests[d] = count > 0 ? sum / (4 * count) : NEUTRAL;
    if (count > 0) answeredDimensions.push(d);
  }
  // Array sort is stable: ties keep the R-I-A-S-E-C order.
  const code = answeredDimensions
    .sort((a, b) => interests[b] - interests[a])
    .slice(0, 3)
    .join('');

  // Strongest answer first, then in bank order.
  const strengths = new Set<Strength>();
  for (const high of [4, 3]) {
    for (const item of quizBank) if (item.strength && values.get(item) === high) strengths.add(item.strength);
  }

  return { interests, strengths: [...strengths], answered: values.size, skipped: quizBank.length - values.size, code };
}
