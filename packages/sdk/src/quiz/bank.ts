import type { RiasecDimension, Strength } from '../model/vocabulary.js';

/**
 * One statement of the interest quiz without its texts (those are in `@markt/sdk/quiz-texts`). The visitor
 * answers how much it fits, 0 (not at all) … 4 (very much). A strength item still counts towards exactly one
 * RIASEC dimension.
 */
export interface QuizBankItem {
  /** Stable id, used as the key in the answers. */
  readonly id: string;
  readonly dimension: RiasecDimension;
  /** The strength a high answer names (answers 3 or 4). */
  readonly strength?: Strength;
  /** Stable name of the pictogram the kiosk draws as inline SVG. */
  readonly pictogram: string;
}

/** `id dimension pictogram [strength]`, one item per `;`, in bank order. */
const BANK =
  'fix-things R wrench fixing;find-out-how I magnifier;make-beautiful A palette creating;help-people S heart-hands helping;sell-advise E cash-register selling;keep-order C folder organising;work-outdoors R plant outdoors;use-computer I computer computers;own-ideas A lightbulb;care-for-others S family caring;lead-group E flag;work-numbers C chart numbers;drive-vehicles R truck driving;solve-puzzles I puzzle;music-photos A camera;explain-things S speech-bubble explaining;convince-others E megaphone;follow-plan C checklist';

/**
 * The item bank: 18 short, everyday statements, three per RIASEC dimension, eleven of them naming a strength.
 * Written for markt (not taken from the O*NET Interest Profiler). About ten seconds each: three minutes in all.
 * Items alternate between dimensions so that a visitor who stops early still touches all six. This is what
 * `scoreQuiz` needs; the statements in German, English and Leichte Sprache are `quizItems` in `@markt/sdk/quiz-texts`.
 * @example quizBank[0] // { id: 'fix-things', dimension: 'R', pictogram: 'wrench', strength: 'fixing' }
 */
export const quizBank: readonly QuizBankItem[] = Object.freeze(
  BANK.split(';').map((row) => {
    const [id, dimension, pictogram, strength] = row.split(' ') as [string, RiasecDimension, string, Strength | undefined];
    return Object.freeze({ id, dimension, pictogram, ...(strength && { strength }) });
  }),
);
