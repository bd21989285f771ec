/**
 * The quiz statements in English (the SDK's own text, which the other languages translate), one copy for every
 * component that shows the quiz (the kiosk and the embeddable `<markt-quiz>`).
 */
export const quizItemsEn = {
  'quiz.fix-things': 'I like fixing things.',
  'quiz.find-out-how': 'I like finding out how things work.',
  'quiz.make-beautiful': 'I like making things look nice.',
  'quiz.help-people': 'I like helping people.',
  'quiz.sell-advise': 'I like selling and advising customers.',
  'quiz.keep-order': 'I like keeping papers and lists in order.',
  'quiz.work-outdoors': 'I like working outdoors, for example in a garden.',
  'quiz.use-computer': 'I like working on a computer.',
  'quiz.own-ideas': 'I like having my own ideas and trying them out.',
  'quiz.care-for-others': 'I like looking after children or older people.',
  'quiz.lead-group': 'I like taking the lead in a group.',
  'quiz.work-numbers': 'I like working with numbers.',
  'quiz.drive-vehicles': 'I like driving cars, vans or forklifts.',
  'quiz.solve-puzzles': 'I like solving tricky problems.',
  'quiz.music-photos': 'I like making music, photos or videos.',
  'quiz.explain-things': 'I like explaining things to others.',
  'quiz.convince-others': 'I like winning people over to an idea.',
  'quiz.follow-plan': 'I like working carefully to a plan.',
} as const;

/** The message key of a quiz statement. */
export type QuizItemKey = keyof typeof quizItemsEn;
