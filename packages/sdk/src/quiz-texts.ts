/**
 * `@markt/sdk/quiz-texts`: the quiz statements in German, English and Leichte Sprache (`quizItems`, the
 * item bank with its texts) and `quizItemText`. Display texts live here, not in the main entry, the same
 * way the reason messages live in `@markt/sdk/reasons`; `scoreQuiz` needs only `quizBank`.
 * @packageDocumentation
 */
export { quizItems, quizItemText } from './quiz/items.js';
export type { QuizItem, QuizItemText } from './quiz/items.js';
