import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const eventFormStyles = [
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
    .choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    }
    .hint {
      margin: 0.25rem 0 0;
      color: #444;
    }
    button[type='submit'] {
      margin-top: 1rem;
    }
  `,
];
