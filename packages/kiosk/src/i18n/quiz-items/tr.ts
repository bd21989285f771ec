import type { QuizItemKey } from '../../kiosk/messages/en.js';

/**
 * The quiz statements in Türkçe, one copy for every component that shows the quiz (the kiosk and
 * the embeddable `<markt-quiz>`). German, English and Leichte Sprache come from the SDK's item bank.
 */
export const quizItemsTr: Readonly<Record<QuizItemKey, string>> = {
  'quiz.fix-things': 'Bir şeyleri tamir etmeyi severim.',
  'quiz.find-out-how': 'Bir şeyin nasıl çalıştığını öğrenmeyi severim.',
  'quiz.make-beautiful': 'Güzel şeyler tasarlamayı severim.',
  'quiz.help-people': 'Başkalarına yardım etmeyi severim.',
  'quiz.sell-advise': 'Satış yapmayı ve müşterilere danışmanlık vermeyi severim.',
  'quiz.keep-order': 'Kâğıtları ve listeleri düzenli tutmayı severim.',
  'quiz.work-outdoors': 'Açık havada çalışmayı severim, örneğin bahçede.',
  'quiz.use-computer': 'Bilgisayarda çalışmayı severim.',
  'quiz.own-ideas': 'Kendi fikirlerimi bulup denemeyi severim.',
  'quiz.care-for-others': 'Çocuklarla veya yaşlılarla ilgilenmeyi severim.',
  'quiz.lead-group': 'Bir grupta ne yapacağımızı söylemeyi severim.',
  'quiz.work-numbers': 'Hesap yapmayı ve sayılarla çalışmayı severim.',
  'quiz.drive-vehicles': 'Araba, kamyonet veya forklift kullanmayı severim.',
  'quiz.solve-puzzles': 'Zor problemleri çözmeyi severim.',
  'quiz.music-photos': 'Müzik, fotoğraf veya video yapmayı severim.',
  'quiz.explain-things': 'Başkalarına bir şey anlatmayı severim.',
  'quiz.convince-others': 'Başkalarını bir fikre ikna etmeyi severim.',
  'quiz.follow-plan': 'Bir plana göre dikkatli çalışmayı severim.',
};
