import type { QuizKey } from '../messages/quiz/en.js';
import { EmbedTexts } from '../shared/i18n.js';

/** The quiz's own messages (its statements and answers), so that only `<markt-quiz>` carries them; one chunk per language. */
export const quizTexts = new EmbedTexts<QuizKey>({
  de: () => import('../messages/quiz/de.js'),
  en: () => import('../messages/quiz/en.js'),
  tr: () => import('../messages/quiz/tr.js'),
  ar: () => import('../messages/quiz/ar.js'),
  uk: () => import('../messages/quiz/uk.js'),
  ru: () => import('../messages/quiz/ru.js'),
  'de-x-ls': () => import('../messages/quiz/de-x-ls.js'),
});

export type { QuizKey };
