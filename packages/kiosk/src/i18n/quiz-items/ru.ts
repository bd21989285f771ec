import type { QuizItemKey } from '../../kiosk/messages/en.js';

/**
 * The quiz statements in Русский, one copy for every component that shows the quiz (the kiosk and
 * the embeddable `<markt-quiz>`). German, English and Leichte Sprache come from the SDK's item bank.
 */
export const quizItemsRu: Readonly<Record<QuizItemKey, string>> = {
  'quiz.fix-things': 'Я люблю чинить вещи.',
  'quiz.find-out-how': 'Я люблю выяснять, как что-то работает.',
  'quiz.make-beautiful': 'Я люблю делать что-то красивое.',
  'quiz.help-people': 'Я люблю помогать людям.',
  'quiz.sell-advise': 'Я люблю продавать и консультировать клиентов.',
  'quiz.keep-order': 'Я люблю держать бумаги и списки в порядке.',
  'quiz.work-outdoors': 'Я люблю работать на улице, например в саду.',
  'quiz.use-computer': 'Я люблю работать за компьютером.',
  'quiz.own-ideas': 'Я люблю придумывать свои идеи и пробовать их.',
  'quiz.care-for-others': 'Я люблю заботиться о детях или пожилых людях.',
  'quiz.lead-group': 'Я люблю руководить группой.',
  'quiz.work-numbers': 'Я люблю считать и работать с числами.',
  'quiz.drive-vehicles': 'Я люблю водить машину, фургон или погрузчик.',
  'quiz.solve-puzzles': 'Я люблю решать сложные задачи.',
  'quiz.music-photos': 'Я люблю делать музыку, фото или видео.',
  'quiz.explain-things': 'Я люблю объяснять что-то другим.',
  'quiz.convince-others': 'Я люблю убеждать других в идее.',
  'quiz.follow-plan': 'Я люблю работать точно по плану.',
};
