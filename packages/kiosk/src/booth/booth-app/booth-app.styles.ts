import { css } from 'lit';
import { boothControls } from '../shared.styles.js';

export const boothAppStyles = [
  boothControls,
  css`
    :host {
      display: block;
      min-height: 100vh;
      background: #fff;
      color: #1b1b1f;
    }
    .link-error {
      margin: 0.75rem;
      padding: 0.5rem 1rem 1rem;
      border: 2px solid var(--markt-error);
      border-radius: 8px;
      background: #fff;
    }
    .link-error strong {
      color: var(--markt-error);
    }
    dialog {
      max-width: min(32rem, calc(100vw - 2rem));
      border: 2px solid var(--markt-text);
      border-radius: 8px;
      padding: 1rem 1.5rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 50%);
    }
    dialog h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      justify-content: flex-end;
    }
    button.discard {
      border-color: var(--markt-error);
      color: var(--markt-error);
    }
  `,
];
