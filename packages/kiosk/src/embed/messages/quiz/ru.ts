import type { Messages } from '../../shared/i18n.js';
import common from '../common/ru.js';
import { quizItemsRu } from '../../../i18n/quiz-items/ru.js';
import type { QuizKey } from './en.js';

/** Русский. */
const ru: Messages<QuizKey> = {
  ...common,
  ...quizItemsRu,
  'quiz.intro': 'Ответьте на несколько коротких вопросов. Затем вы увидите, какие предложения могут вам подойти.',
  'quiz.start': 'Начать',
  'quiz.answers': 'Ваш ответ',
  'quiz.resultsTitle': 'Эти предложения могут вам подойти',
  'quiz.noResults': 'Пока ни одно предложение не подходит к вашим ответам. Поговорите с нами!',
  'quiz.restart': 'Начать снова',
  'quiz.title': 'Насколько это про вас?',
  'quiz.progress': 'Вопрос {n} из {total}',
  'quiz.a0': 'Совсем нет',
  'quiz.a1': 'Скорее нет',
  'quiz.a2': 'Отчасти',
  'quiz.a3': 'Скорее да',
  'quiz.a4': 'Очень',
  'quiz.skip': 'Пропустить',
  'quiz.previous': 'Предыдущий вопрос',
  'quiz.toResults': 'Показать предложения сейчас',
};
export default ru;
