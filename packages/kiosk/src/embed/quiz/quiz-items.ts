import { importAgain } from '../shared/import-again.js';
import type { rankQuiz } from './quiz-rank.js';

/**
 * The ids of the SDK's quiz items (`quizItems`), in the bank's order. Repeated here so that the quiz can show
 * its first statement without loading the SDK; the ranking (`scoreQuiz` and `match`) loads when the visitor starts.
 * quiz.test.ts checks that this list equals the SDK's.
 */
export const QUIZ_ITEM_IDS = [
  'fix-things',
  'find-out-how',
  'make-beautiful',
  'help-people',
  'sell-advise',
  'keep-order',
  'work-outdoors',
  'use-computer',
  'own-ideas',
  'care-for-others',
  'lead-group',
  'work-numbers',
  'drive-vehicles',
  'solve-puzzles',
  'music-photos',
  'explain-things',
  'convince-others',
  'follow-plan',
] as const;

type Ranking = { rankQuiz: typeof rankQuiz };

/**
 * The ranking (and with it the SDK), imported on first use: a page that never starts the quiz never loads it.
 * A failed import (offline) is forgotten, so that the next call tries again; a retry that fails at once (the
 * browser kept the failure) rejects with a `StaleImportError`: only reloading the page helps.
 * @returns the `quiz-rank` module
 * @example const { rankQuiz } = await loadRanking();
 */
export const loadRanking: () => Promise<Ranking> = importAgain(() => import('./quiz-rank.js'));
