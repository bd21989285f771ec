export { quizItems, quizItemText } from './items.js';
export type { QuizItem, QuizItemText } from './items.js';
export { scoreQuiz } from './score.js';
export type { QuizAnswer, QuizAnswers, QuizResult } from './score.js';
