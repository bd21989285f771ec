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
    .hint {
      max-width: 60ch;
    }
    .withdraw-all,
    .withdraw-all-confirm {
      margin-bottom: 0.75rem;
    }
    .code-sheet {
      margin: 1rem 0;
      background: #fff;
      color: #000;
    }
    .code-sheet table {
      border-collapse: collapse;
      width: 100%;
    }
    .code-sheet th,
    .code-sheet td {
      border-bottom: 1px solid #999;
      padding: 0.5rem;
      text-align: start;
      vertical-align: middle;
    }
    .sheet-code {
      font-family: ui-monospace, monospace;
      font-size: 1.5rem;
      font-weight: 700;
      letter-spacing: 0.1em;
      white-space: nowrap;
    }
    .code-sheet .qr {
      width: 7rem;
      height: 7rem;
    }
    /* Printing while a code sheet is shown prints the sheet alone: a line never splits across pages. */
    @media print {
      :host([data-sheet]) > :not(.code-sheet),
      .print-sheet {
        display: none !important;
      }
      .code-sheet tr {
        break-inside: avoid;
      }
      .code-sheet .qr {
        width: 28mm;
        height: 28mm;
      }
      .sheet-code {
        font-size: 18pt;
      }
    }
  `,
];
