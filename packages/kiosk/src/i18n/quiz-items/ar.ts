import type { QuizItemKey } from '../../kiosk/messages/en.js';

/**
 * The quiz statements in العربية, one copy for every component that shows the quiz (the kiosk and
 * the embeddable `<markt-quiz>`). German, English and Leichte Sprache come from the SDK's item bank.
 */
export const quizItemsAr: Readonly<Record<QuizItemKey, string>> = {
  'quiz.fix-things': 'أحب تصليح الأشياء.',
  'quiz.find-out-how': 'أحب أن أعرف كيف تعمل الأشياء.',
  'quiz.make-beautiful': 'أحب أن أصنع أشياء جميلة.',
  'quiz.help-people': 'أحب مساعدة الناس.',
  'quiz.sell-advise': 'أحب البيع وتقديم النصيحة للزبائن.',
  'quiz.keep-order': 'أحب ترتيب الأوراق والقوائم.',
  'quiz.work-outdoors': 'أحب العمل في الهواء الطلق، مثلًا في حديقة.',
  'quiz.use-computer': 'أحب العمل على الحاسوب.',
  'quiz.own-ideas': 'أحب أن تكون لي أفكاري وأن أجرّبها.',
  'quiz.care-for-others': 'أحب رعاية الأطفال أو كبار السن.',
  'quiz.lead-group': 'أحب أن أقود المجموعة.',
  'quiz.work-numbers': 'أحب الحساب والعمل بالأرقام.',
  'quiz.drive-vehicles': 'أحب قيادة السيارات أو الشاحنات الصغيرة أو الرافعات الشوكية.',
  'quiz.solve-puzzles': 'أحب حلّ المسائل الصعبة.',
  'quiz.music-photos': 'أحب صنع الموسيقى أو الصور أو الفيديو.',
  'quiz.explain-things': 'أحب أن أشرح الأشياء للآخرين.',
  'quiz.convince-others': 'أحب إقناع الآخرين بفكرة.',
  'quiz.follow-plan': 'أحب العمل بدقة حسب خطة.',
};
