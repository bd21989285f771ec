import { Catalog } from '../../i18n/catalog.js';
import quizDe from '../messages/quiz/de.js';
import quizEn, { type QuizKey } from '../messages/quiz/en.js';

/** The quiz's own messages (its statements and answers), so that only `<markt-quiz>` carries them. */
export const quizCatalog = new Catalog<QuizKey>(quizEn, quizDe, {
  tr: () => import('../messages/quiz/tr.js').then((m) => m.default),
  ar: () => import('../messages/quiz/ar.js').then((m) => m.default),
  uk: () => import('../messages/quiz/uk.js').then((m) => m.default),
  ru: () => import('../messages/quiz/ru.js').then((m) => m.default),
  'de-x-ls': () => import('../messages/quiz/de-x-ls.js').then((m) => m.default),
});

export type { QuizKey };
