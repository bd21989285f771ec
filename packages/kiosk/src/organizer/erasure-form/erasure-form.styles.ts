import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const erasureFormStyles = [
  formStyles,
  css`
    :host {
      display: block;
      /* Set apart from what comes before it on the page (the event's settings). */
      margin-block-start: 2rem;
    }
    .hint {
      margin: 0.25rem 0 0;
      color: #444;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-top: 1rem;
      padding: 0.75rem;
      border: 2px solid var(--markt-error, #b3261e);
      border-radius: 8px;
    }
    form > button {
      margin-top: 1rem;
    }
    /* Kept in the page while empty (a live region must exist before it speaks), without taking room. */
    .error:empty,
    .status:empty {
      margin: 0;
    }
  `,
];
