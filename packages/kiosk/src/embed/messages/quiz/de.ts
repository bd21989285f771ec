import type { Messages } from '../../shared/i18n.js';
import common from '../common/de.js';
import type { QuizKey } from './en.js';

/** Deutsch (Sie-Form). */
const de: Messages<QuizKey> = {
  ...common,
  'quiz.intro': 'Beantworten Sie ein paar kurze Fragen. Dann sehen Sie, welche Angebote zu Ihnen passen könnten.',
  'quiz.start': 'Los geht’s',
  'quiz.answers': 'Ihre Antwort',
  'quiz.resultsTitle': 'Diese Angebote könnten zu Ihnen passen',
  'quiz.noResults': 'Noch passt kein Angebot zu Ihren Antworten. Sprechen Sie uns an!',
  'quiz.restart': 'Noch einmal',
  'quiz.title': 'Wie gut passt das zu Ihnen?',
  'quiz.progress': 'Frage {n} von {total}',
  'quiz.a0': 'Gar nicht',
  'quiz.a1': 'Eher nicht',
  'quiz.a2': 'Teils, teils',
  'quiz.a3': 'Eher ja',
  'quiz.a4': 'Sehr',
  'quiz.skip': 'Überspringen',
  'quiz.previous': 'Vorige Frage',
  'quiz.toResults': 'Jetzt Angebote zeigen',
  'quiz.fix-things': 'Ich repariere gern Dinge.',
  'quiz.find-out-how': 'Ich finde gern heraus, wie etwas funktioniert.',
  'quiz.make-beautiful': 'Ich gestalte gern etwas Schönes.',
  'quiz.help-people': 'Ich helfe gern anderen Menschen.',
  'quiz.sell-advise': 'Ich verkaufe gern und berate Kunden.',
  'quiz.keep-order': 'Ich halte gern Ordnung in Papieren und Listen.',
  'quiz.work-outdoors': 'Ich arbeite gern draußen, zum Beispiel im Garten.',
  'quiz.use-computer': 'Ich arbeite gern am Computer.',
  'quiz.own-ideas': 'Ich habe gern eigene Ideen und probiere sie aus.',
  'quiz.care-for-others': 'Ich kümmere mich gern um Kinder oder alte Menschen.',
  'quiz.lead-group': 'Ich sage in einer Gruppe gern, was wir tun.',
  'quiz.work-numbers': 'Ich rechne gern und arbeite mit Zahlen.',
  'quiz.drive-vehicles': 'Ich fahre gern Auto, Transporter oder Stapler.',
  'quiz.solve-puzzles': 'Ich löse gern knifflige Aufgaben.',
  'quiz.music-photos': 'Ich mache gern Musik, Fotos oder Videos.',
  'quiz.explain-things': 'Ich erkläre anderen gern etwas.',
  'quiz.convince-others': 'Ich überzeuge gern andere von einer Idee.',
  'quiz.follow-plan': 'Ich arbeite gern genau nach einem Plan.',
};
export default de;
