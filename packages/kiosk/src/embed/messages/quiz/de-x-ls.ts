import type { Messages } from '../../shared/i18n.js';
import common from '../common/de-x-ls.js';
import type { QuizKey } from './en.js';

/** Leichte Sprache: short sentences, one statement each. */
const de_ls: Messages<QuizKey> = {
  ...common,
  'quiz.intro': 'Hier sind ein paar kurze Fragen. Danach sehen Sie: Diese Angebote passen vielleicht zu Ihnen.',
  'quiz.start': 'Anfangen',
  'quiz.answers': 'Ihre Antwort',
  'quiz.resultsTitle': 'Diese Angebote passen vielleicht zu Ihnen',
  'quiz.noResults': 'Es passt noch kein Angebot. Sprechen Sie mit uns!',
  'quiz.restart': 'Noch einmal anfangen',
  'quiz.title': 'Passt das zu Ihnen?',
  'quiz.progress': 'Frage {n} von {total}',
  'quiz.a0': 'Nein',
  'quiz.a1': 'Eher nein',
  'quiz.a2': 'Ein bisschen',
  'quiz.a3': 'Eher ja',
  'quiz.a4': 'Ja, sehr',
  'quiz.skip': 'Weiter ohne Antwort',
  'quiz.previous': 'Frage davor',
  'quiz.toResults': 'Angebote zeigen',
  'quiz.fix-things': 'Ich repariere gern Dinge.',
  'quiz.find-out-how': 'Ich will wissen: Wie geht das?',
  'quiz.make-beautiful': 'Ich mache gern schöne Sachen.',
  'quiz.help-people': 'Ich helfe gern anderen Menschen.',
  'quiz.sell-advise': 'Ich verkaufe gern. Ich berate gern Kunden.',
  'quiz.keep-order': 'Ich mag Ordnung. Ich sortiere gern Papiere.',
  'quiz.work-outdoors': 'Ich arbeite gern draußen. Ich arbeite gern im Garten.',
  'quiz.use-computer': 'Ich arbeite gern am Computer.',
  'quiz.own-ideas': 'Ich habe gern eigene Ideen. Ich probiere sie gern aus.',
  'quiz.care-for-others': 'Ich kümmere mich gern um Kinder. Ich kümmere mich gern um alte Menschen.',
  'quiz.lead-group': 'Ich bestimme gern in einer Gruppe.',
  'quiz.work-numbers': 'Ich rechne gern.',
  'quiz.drive-vehicles': 'Ich fahre gern Auto. Ich fahre gern große Wagen.',
  'quiz.solve-puzzles': 'Ich löse gern schwere Aufgaben.',
  'quiz.music-photos': 'Ich mache gern Musik oder Fotos.',
  'quiz.explain-things': 'Ich erkläre gern etwas.',
  'quiz.convince-others': 'Andere sollen meine Idee gut finden. Das mag ich.',
  'quiz.follow-plan': 'Ich arbeite gern genau nach Plan.',
};
export default de_ls;
