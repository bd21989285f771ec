import type { Messages } from '../../shared/i18n.js';
import common from '../common/ar.js';
import { quizItemsAr } from '../../../i18n/quiz-items/ar.js';
import type { QuizKey } from './en.js';

/** العربية (right to left). */
const ar: Messages<QuizKey> = {
  ...common,
  ...quizItemsAr,
  'quiz.intro': 'أجب عن بعض الأسئلة القصيرة. ثم ترى العروض التي قد تناسبك.',
  'quiz.start': 'ابدأ',
  'quiz.answers': 'إجابتك',
  'quiz.resultsTitle': 'هذه العروض قد تناسبك',
  'quiz.noResults': 'لا يوجد عرض يناسب إجاباتك بعد. تحدّث معنا!',
  'quiz.restart': 'ابدأ من جديد',
  'quiz.title': 'إلى أي حد ينطبق هذا عليك؟',
  'quiz.progress': 'السؤال {n} من {total}',
  'quiz.a0': 'أبدًا',
  'quiz.a1': 'قليلًا',
  'quiz.a2': 'إلى حد ما',
  'quiz.a3': 'نعم غالبًا',
  'quiz.a4': 'كثيرًا جدًا',
  'quiz.skip': 'تخطَّ',
  'quiz.previous': 'السؤال السابق',
  'quiz.toResults': 'اعرض العروض الآن',
};
export default ar;
