import common from '../common/en.js';

/**
 * The quiz's visitor texts (`<markt-quiz>` only) in English. Every other language has the same keys
 * (the types and quiz.test.ts check it): nothing falls back to English.
 * Quiz items, offer kinds and funding words are the kiosk's own wording (src/kiosk/messages), copied so that
 * an embed does not carry the whole kiosk catalogue.
 */
const en = {
  ...common,
  'quiz.intro': 'Answer a few short questions. Then you see which offers could fit you.',
  'quiz.start': 'Start',
  'quiz.answers': 'Your answer',
  'quiz.resultsTitle': 'These offers could fit you',
  'quiz.noResults': 'No offer matches your answers yet. Come and talk to us!',
  'quiz.restart': 'Start again',
  'quiz.title': 'How much does this fit you?',
  'quiz.progress': 'Question {n} of {total}',
  'quiz.a0': 'Not at all',
  'quiz.a1': 'Rather not',
  'quiz.a2': 'Partly',
  'quiz.a3': 'Rather yes',
  'quiz.a4': 'Very much',
  'quiz.skip': 'Skip',
  'quiz.previous': 'Previous question',
  'quiz.toResults': 'Show offers now',
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

/** Every message key of the quiz. */
export type QuizKey = keyof typeof en;
export default en;
