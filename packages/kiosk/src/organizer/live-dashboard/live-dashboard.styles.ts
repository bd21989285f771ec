import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const liveDashboardStyles = [
  formStyles,
  css`
    :host {
      display: block;
      --markt-counter-bg: #f2f5fb;
    }
    dl.counters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0.75rem;
    }
    dl.counters div {
      background: var(--markt-counter-bg);
      border-radius: 8px;
      padding: 0.75rem;
    }
    dd {
      margin: 0;
      font-size: 2.5rem;
      font-weight: 700;
    }
    dd.split {
      font-size: 1rem;
      font-weight: 400;
    }
    .hint {
      margin: 0.5rem 0 0;
      font-size: 0.9rem;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 1.5rem;
    }
    .state-online {
      color: #1e6b2e;
    }
    .state-refused,
    .state-offline {
      color: var(--markt-error, #b3261e);
    }
  `,
];
