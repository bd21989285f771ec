import type { Messages } from '../../shared/i18n.js';
import common from '../common/tr.js';
import { quizItemsTr } from '../../../i18n/quiz-items/tr.js';
import type { QuizKey } from './en.js';

/** Türkçe. */
const tr: Messages<QuizKey> = {
  ...common,
  ...quizItemsTr,
  'quiz.intro': 'Birkaç kısa soruyu yanıtlayın. Sonra size hangi tekliflerin uyabileceğini görürsünüz.',
  'quiz.start': 'Başla',
  'quiz.answers': 'Cevabınız',
  'quiz.resultsTitle': 'Bu teklifler size uyabilir',
  'quiz.noResults': 'Cevaplarınıza henüz uyan teklif yok. Bizimle konuşun!',
  'quiz.restart': 'Yeniden başla',
  'quiz.title': 'Bu size ne kadar uyuyor?',
  'quiz.progress': 'Soru {n} / {total}',
  'quiz.a0': 'Hiç',
  'quiz.a1': 'Pek değil',
  'quiz.a2': 'Kısmen',
  'quiz.a3': 'Biraz evet',
  'quiz.a4': 'Çok',
  'quiz.skip': 'Atla',
  'quiz.previous': 'Önceki soru',
  'quiz.toResults': 'Teklifleri şimdi göster',
};
export default tr;
