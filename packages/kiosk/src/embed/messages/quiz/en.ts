import { quizItemsEn } from '../../../i18n/quiz-items/en.js';
import common from '../common/en.js';

/**
 * The quiz's visitor texts (`<markt-quiz>` only) in English. Every other language has the same keys
 * (the types and quiz.test.ts check it): nothing falls back to English.
 * The quiz statements are shared with the kiosk (src/i18n/quiz-items), so an embed has the kiosk's wording
 * without carrying the whole kiosk catalogue.
 */
const en = {
  ...common,
  'quiz.intro': 'Answer a few short questions. Then you see which offers could fit you.',
  'quiz.start': 'Start',
  'quiz.answers': 'Your answer',
  'quiz.resultsTitle': 'These offers could fit you',
  'quiz.noResults': 'No offer matches your answers yet. Come and talk to us!',
  'quiz.restart': 'Start again',
  'quiz.title': 'How much does this fit you?',
  'quiz.progress': 'Question {n} of {total}',
  'quiz.a0': 'Not at all',
  'quiz.a1': 'Rather not',
  'quiz.a2': 'Partly',
  'quiz.a3': 'Rather yes',
  'quiz.a4': 'Very much',
  'quiz.skip': 'Skip',
  'quiz.previous': 'Previous question',
  'quiz.toResults': 'Show offers now',
  ...quizItemsEn,
} as const;

/** Every message key of the quiz. */
export type QuizKey = keyof typeof en;
export default en;
