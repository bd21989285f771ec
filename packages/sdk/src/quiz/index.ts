// Public surface of the quiz module in the main entry: the item bank without texts, and scoring.
// The statements themselves (`quizItems`, `quizItemText`) are in `@markt/sdk/quiz-texts`.
export { quizBank } from './bank.js';
export type { QuizBankItem } from './bank.js';
export type { QuizItem, QuizItemText } from './items.js';
export { scoreQuiz } from './score.js';
export type { QuizAnswer, QuizAnswers, QuizResult } from './score.js';
export { rankForQuiz } from './rank.js';
export type { RankForQuizOptions } from './rank.js';
