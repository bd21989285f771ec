import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const csvImportStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    progress {
      display: block;
      width: 100%;
      max-width: 32rem;
      height: 1.25rem;
      margin: 0.75rem 0;
      accent-color: var(--markt-primary, #0b57d0);
    }
    ul.row-errors {
      max-height: 20rem;
      overflow: auto;
      border-inline-start: 4px solid var(--markt-error, #b3261e);
      padding-inline-start: 1.75rem;
    }
    button {
      margin-top: 0.75rem;
    }
    .hint {
      max-width: 32rem;
      margin: 0.25rem 0;
      font-size: 0.9rem;
    }
  `,
];
