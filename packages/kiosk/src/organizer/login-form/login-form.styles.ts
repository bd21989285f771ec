import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const loginFormStyles = [
  formStyles,
  css`
    :host {
      display: block;
      max-width: 28rem;
    }
    button {
      margin-top: 1rem;
    }
  `,
];
