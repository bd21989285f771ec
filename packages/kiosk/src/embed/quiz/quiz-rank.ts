import { rankForQuiz, scoreQuiz, type Offer, type QuizAnswers, type QuizResult } from '@markt/sdk';

/**
 * Scores the quiz and ranks offers for it with the SDK (`scoreQuiz`, then `rankForQuiz`: the same offers in the
 * same order as `match` on interests and strengths, without its hard rules and reasons, so it bundles small).
 * Its own module so that the quiz loads it, and the SDK with it, only when the visitor starts.
 * @param answers answers by item id, 0–4 or null
 * @param offers the offers to rank
 * @param limit how many offers to return
 * @returns the scored quiz and the best offers, best first (none when nothing was answered)
 * @example const { result, offers } = rankQuiz({ 'help-people': 4 }, data.offers, 3);
 */
export function rankQuiz(answers: QuizAnswers, offers: readonly Offer[], limit: number): { result: QuizResult; offers: Offer[] } {
  const result = scoreQuiz(answers);
  if (result.answered === 0) return { result, offers: [] };
  return { result, offers: rankForQuiz(result, offers, { limit }) };
}
