import type { QuizItemKey } from '../../kiosk/messages/en.js';

/**
 * The quiz statements in Українська, one copy for every component that shows the quiz (the kiosk and
 * the embeddable `<markt-quiz>`). German, English and Leichte Sprache come from the SDK's item bank.
 */
export const quizItemsUk: Readonly<Record<QuizItemKey, string>> = {
  'quiz.fix-things': 'Я люблю ремонтувати речі.',
  'quiz.find-out-how': 'Я люблю з’ясовувати, як щось працює.',
  'quiz.make-beautiful': 'Я люблю робити щось гарне.',
  'quiz.help-people': 'Я люблю допомагати людям.',
  'quiz.sell-advise': 'Я люблю продавати й консультувати клієнтів.',
  'quiz.keep-order': 'Я люблю тримати документи й списки в порядку.',
  'quiz.work-outdoors': 'Я люблю працювати надворі, наприклад у саду.',
  'quiz.use-computer': 'Я люблю працювати за комп’ютером.',
  'quiz.own-ideas': 'Я люблю мати власні ідеї та пробувати їх.',
  'quiz.care-for-others': 'Я люблю доглядати за дітьми або літніми людьми.',
  'quiz.lead-group': 'Я люблю керувати групою.',
  'quiz.work-numbers': 'Я люблю рахувати й працювати з числами.',
  'quiz.drive-vehicles': 'Я люблю водити авто, фургон або навантажувач.',
  'quiz.solve-puzzles': 'Я люблю розв’язувати складні завдання.',
  'quiz.music-photos': 'Я люблю робити музику, фото або відео.',
  'quiz.explain-things': 'Я люблю пояснювати щось іншим.',
  'quiz.convince-others': 'Я люблю переконувати інших в ідеї.',
  'quiz.follow-plan': 'Я люблю працювати точно за планом.',
};
