import { css } from 'lit';
import { embedBaseStyles } from '../shared/shared.styles.js';

export const quizStyles = [
  embedBaseStyles,
  css`
    :host {
      --_quiz-background: var(--markt-quiz-background, var(--_surface));
      --_quiz-padding: var(--markt-quiz-padding, 1.25rem);
    }
    section {
      display: grid;
      gap: var(--_gap);
      padding: var(--_quiz-padding);
      background: var(--_quiz-background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.25em;
    }
    fieldset {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      margin-bottom: 0.75rem;
      font-size: 1.25em;
      font-weight: 700;
    }
    [part~='answers'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    [part~='answers'] button {
      flex: 1 1 8rem;
    }
    [part~='nav'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    [part~='progress'] {
      color: var(--_muted);
    }
    progress {
      width: 100%;
      accent-color: var(--_accent);
    }
    ol {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    [part~='result'] strong {
      display: block;
    }
    [part~='details'] {
      display: grid;
      gap: 0.25rem;
      margin-top: 0.5rem;
    }
  `,
];
