import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const translationCoverageStyles = [
  formStyles,
  css`
    :host {
      display: block;
      margin-block: 1rem;
    }
    caption {
      text-align: start;
      font-weight: 600;
      margin-block-end: 0.5rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 0.75rem 0.25rem 0;
    }
    td:nth-child(2),
    td:nth-child(3) {
      font-variant-numeric: tabular-nums;
    }
    button[aria-pressed='true'] {
      background: var(--markt-primary, #0b57d0);
      color: var(--markt-on-primary, #fff);
    }
  `,
];
