import type { Messages } from '../../shared/i18n.js';
import common from '../common/uk.js';
import { quizItemsUk } from '../../../i18n/quiz-items/uk.js';
import type { QuizKey } from './en.js';

/** Українська. */
const uk: Messages<QuizKey> = {
  ...common,
  ...quizItemsUk,
  'quiz.intro': 'Дайте відповідь на кілька коротких запитань. Потім ви побачите, які пропозиції можуть вам підійти.',
  'quiz.start': 'Почати',
  'quiz.answers': 'Ваша відповідь',
  'quiz.resultsTitle': 'Ці пропозиції можуть вам підійти',
  'quiz.noResults': 'Поки що жодна пропозиція не відповідає вашим відповідям. Поговоріть з нами!',
  'quiz.restart': 'Почати знову',
  'quiz.title': 'Наскільки це про вас?',
  'quiz.progress': 'Запитання {n} з {total}',
  'quiz.a0': 'Зовсім ні',
  'quiz.a1': 'Скоріше ні',
  'quiz.a2': 'Частково',
  'quiz.a3': 'Скоріше так',
  'quiz.a4': 'Дуже',
  'quiz.skip': 'Пропустити',
  'quiz.previous': 'Попереднє запитання',
  'quiz.toResults': 'Показати пропозиції зараз',
};
export default uk;
