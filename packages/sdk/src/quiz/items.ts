import type { Locale } from '../model/vocabulary.js';
import { quizBank, type QuizBankItem } from './bank.js';

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
export interface QuizItem extends QuizBankItem {
  readonly text: QuizItemText;
}

/** German, English and Leichte Sprache per item, in the order of `quizBank`. */
const TEXTS: readonly (readonly [string, string, string])[] = [
  ['Ich repariere gern Dinge.', 'I like fixing things.', 'Ich repariere gern Dinge.'],
  ['Ich finde gern heraus, wie etwas funktioniert.', 'I like finding out how things work.', 'Ich will wissen: Wie geht das?'],
  ['Ich gestalte gern etwas Schönes.', 'I like making things look nice.', 'Ich mache gern schöne Sachen.'],
  ['Ich helfe gern anderen Menschen.', 'I like helping people.', 'Ich helfe gern anderen Menschen.'],
  ['Ich verkaufe gern und berate Kunden.', 'I like selling and advising customers.', 'Ich verkaufe gern. Ich berate gern Kunden.'],
  ['Ich halte gern Ordnung in Papieren und Listen.', 'I like keeping papers and lists in order.', 'Ich mag Ordnung. Ich sortiere gern Papiere.'],
  ['Ich arbeite gern draußen, zum Beispiel im Garten.', 'I like working outdoors, for example in a garden.', 'Ich arbeite gern draußen. Ich arbeite gern im Garten.'],
  ['Ich arbeite gern am Computer.', 'I like working on a computer.', 'Ich arbeite gern am Computer.'],
  ['Ich habe gern eigene Ideen und probiere sie aus.', 'I like having my own ideas and trying them out.', 'Ich habe gern eigene Ideen. Ich probiere sie gern aus.'],
  ['Ich kümmere mich gern um Kinder oder alte Menschen.', 'I like looking after children or older people.', 'Ich kümmere mich gern um Kinder. Ich kümmere mich gern um alte Menschen.'],
  ['Ich sage in einer Gruppe gern, was wir tun.', 'I like taking the lead in a group.', 'Ich bestimme gern in einer Gruppe.'],
  ['Ich rechne gern und arbeite mit Zahlen.', 'I like working with numbers.', 'Ich rechne gern.'],
  ['Ich fahre gern Auto, Transporter oder Stapler.', 'I like driving cars, vans or forklifts.', 'Ich fahre gern Auto. Ich fahre gern große Wagen.'],
  ['Ich löse gern knifflige Aufgaben.', 'I like solving tricky problems.', 'Ich löse gern schwere Aufgaben.'],
  ['Ich mache gern Musik, Fotos oder Videos.', 'I like making music, photos or videos.', 'Ich mache gern Musik oder Fotos.'],
  ['Ich erkläre anderen gern etwas.', 'I like explaining things to others.', 'Ich erkläre gern etwas.'],
  ['Ich überzeuge gern andere von einer Idee.', 'I like winning people over to an idea.', 'Andere sollen meine Idee gut finden. Das mag ich.'],
  ['Ich arbeite gern genau nach einem Plan.', 'I like working carefully to a plan.', 'Ich arbeite gern genau nach Plan.'],
];

/**
 * The item bank with its statements: `quizBank` plus the texts in German, English and Leichte Sprache.
 * Written for markt (not taken from the O*NET Interest Profiler).
 * @example quizItems[3].text.en // 'I like helping people.'
 */
export const quizItems: readonly QuizItem[] = Object.freeze(
  quizBank.map((item, i) => {
    const [de, en, ls] = TEXTS[i] as readonly [string, string, string];
    return Object.freeze({ ...item, text: Object.freeze({ de, en, 'de-x-ls': ls }) });
  }),
);

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
