import type { Locale, RiasecDimension, Strength } from '../model/vocabulary.js';

/** The three texts of a quiz item: German, English and Leichte Sprache (easy German). */
export interface QuizItemText {
  readonly de: string;
  readonly en: string;
  readonly 'de-x-ls': string;
}

/**
 * One statement of the interest quiz. The visitor answers how much it fits, 0 (not at all) … 4 (very much).
 * A strength item still counts towards exactly one RIASEC dimension.
 */
export interface QuizItem {
  /** Stable id, used as the key in the answers. */
  readonly id: string;
  readonly dimension: RiasecDimension;
  /** The strength a high answer names (answers 3 or 4). */
  readonly strength?: Strength;
  /** Stable name of the pictogram the kiosk draws as inline SVG. */
  readonly pictogram: string;
  readonly text: QuizItemText;
}

const item = (
  id: string,
  dimension: RiasecDimension,
  pictogram: string,
  de: string,
  en: string,
  ls: string,
  strength?: Strength,
): QuizItem => Object.freeze({ id, dimension, pictogram, text: Object.freeze({ de, en, 'de-x-ls': ls }), ...(strength ? { strength } : {}) });

/**
 * The item bank: 18 short, everyday statements, three per RIASEC dimension, eleven of them naming a strength.
 * Written for markt (not taken from the O*NET Interest Profiler). About ten seconds each: three minutes in all.
 * Items alternate between dimensions so that a visitor who stops early still touches all six.
 */
export const quizItems: readonly QuizItem[] = Object.freeze([
  item('fix-things', 'R', 'wrench', 'Ich repariere gern Dinge.', 'I like fixing things.', 'Ich repariere gern Dinge.', 'fixing'),
  item('find-out-how', 'I', 'magnifier', 'Ich finde gern heraus, wie etwas funktioniert.', 'I like finding out how things work.', 'Ich will wissen: Wie geht das?'),
  item('make-beautiful', 'A', 'palette', 'Ich gestalte gern etwas Schönes.', 'I like making things look nice.', 'Ich mache gern schöne Sachen.', 'creating'),
  item('help-people', 'S', 'heart-hands', 'Ich helfe gern anderen Menschen.', 'I like helping people.', 'Ich helfe gern anderen Menschen.', 'helping'),
  item('sell-advise', 'E', 'cash-register', 'Ich verkaufe gern und berate Kunden.', 'I like selling and advising customers.', 'Ich verkaufe gern. Ich berate gern Kunden.', 'selling'),
  item('keep-order', 'C', 'folder', 'Ich halte gern Ordnung in Papieren und Listen.', 'I like keeping papers and lists in order.', 'Ich mag Ordnung. Ich sortiere gern Papiere.', 'organising'),
  item('work-outdoors', 'R', 'plant', 'Ich arbeite gern draußen, zum Beispiel im Garten.', 'I like working outdoors, for example in a garden.', 'Ich arbeite gern draußen. Ich arbeite gern im Garten.', 'outdoors'),
  item('use-computer', 'I', 'computer', 'Ich arbeite gern am Computer.', 'I like working on a computer.', 'Ich arbeite gern am Computer.', 'computers'),
  item('own-ideas', 'A', 'lightbulb', 'Ich habe gern eigene Ideen und probiere sie aus.', 'I like having my own ideas and trying them out.', 'Ich habe gern eigene Ideen. Ich probiere sie gern aus.'),
  item('care-for-others', 'S', 'family', 'Ich kümmere mich gern um Kinder oder alte Menschen.', 'I like looking after children or older people.', 'Ich kümmere mich gern um Kinder. Ich kümmere mich gern um alte Menschen.', 'caring'),
  item('lead-group', 'E', 'flag', 'Ich sage in einer Gruppe gern, was wir tun.', 'I like taking the lead in a group.', 'Ich bestimme gern in einer Gruppe.'),
  item('work-numbers', 'C', 'chart', 'Ich rechne gern und arbeite mit Zahlen.', 'I like working with numbers.', 'Ich rechne gern.', 'numbers'),
  item('drive-vehicles', 'R', 'truck', 'Ich fahre gern Auto, Transporter oder Stapler.', 'I like driving cars, vans or forklifts.', 'Ich fahre gern Auto. Ich fahre gern große Wagen.', 'driving'),
  item('solve-puzzles', 'I', 'puzzle', 'Ich löse gern knifflige Aufgaben.', 'I like solving tricky problems.', 'Ich löse gern schwere Aufgaben.'),
  item('music-photos', 'A', 'camera', 'Ich mache gern Musik, Fotos oder Videos.', 'I like making music, photos or videos.', 'Ich mache gern Musik oder Fotos.'),
  item('explain-things', 'S', 'speech-bubble', 'Ich erkläre anderen gern etwas.', 'I like explaining things to others.', 'Ich erkläre gern etwas.', 'explaining'),
  item('convince-others', 'E', 'megaphone', 'Ich überzeuge gern andere von einer Idee.', 'I like winning people over to an idea.', 'Andere sollen meine Idee gut finden. Das mag ich.'),
  item('follow-plan', 'C', 'checklist', 'Ich arbeite gern genau nach einem Plan.', 'I like working carefully to a plan.', 'Ich arbeite gern genau nach Plan.'),
]);

/** The items by id, for scoring. */
export const quizItemsById: ReadonlyMap<string, QuizItem> = new Map(quizItems.map((i) => [i.id, i]));

/**
 * The text of an item in the visitor's language: German, English or Leichte Sprache; the other visitor
 * languages fall back to English (the kiosk may carry its own translations, keyed by item id).
 * @param item an item of `quizItems`
 * @param locale the visitor's language
 * @returns the statement to show or read aloud
 * @example quizItemText(quizItems[0], 'de-x-ls') // 'Ich repariere gern Dinge.'
 */
export function quizItemText(item: QuizItem, locale: Locale): string {
  return locale === 'de' || locale === 'de-x-ls' ? item.text[locale] : item.text.en;
}
