import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const devicesPanelStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    .pairing {
      display: flex;
      flex-wrap: wrap;
      gap: 2rem;
      align-items: center;
      border: 2px solid var(--markt-primary, #0b57d0);
      border-radius: 8px;
      padding: 1rem;
      margin: 1rem 0;
    }
    .code {
      font-family: ui-monospace, monospace;
      font-size: var(--markt-code-size, 4rem);
      font-weight: 700;
      letter-spacing: 0.15em;
      margin: 0;
    }
    .qr {
      width: 12rem;
      height: 12rem;
    }
    .online {
      color: #1e6b2e;
    }
    .revoked {
      color: var(--markt-error, #b3261e);
    }
    .refused {
      color: var(--markt-error, #b3261e);
      font-weight: 600;
      margin: 0.25rem 0 0;
    }
    .refused-hint {
      margin: 0.25rem 0 0;
      max-width: 40ch;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    form button {
      margin-top: 1rem;
    }
  `,
];
