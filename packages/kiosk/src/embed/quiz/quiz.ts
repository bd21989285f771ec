import { defineOnce } from '../../shared/define.js';
import { MarktQuiz, type QuizAnswerDetail, type QuizCompleteDetail } from './quiz.component.js';
import type { OfferSelectDetail } from '../offer-card/offer-card.component.js';

export { MarktQuiz };
export type { QuizAnswerDetail, QuizCompleteDetail };

defineOnce('markt-quiz', MarktQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'markt-quiz': MarktQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'markt-quiz-answer': CustomEvent<QuizAnswerDetail>;
    'markt-quiz-complete': CustomEvent<QuizCompleteDetail>;
    'markt-offer-select': CustomEvent<OfferSelectDetail>;
  }
}
