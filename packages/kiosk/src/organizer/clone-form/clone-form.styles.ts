import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const cloneFormStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    .hint {
      margin: 0.25rem 0 0;
      color: #444;
    }
    .actions {
      display: flex;
      gap: 1rem;
      margin-top: 1rem;
    }
  `,
];
