import { css } from 'lit';
import { boothControls } from '../shared.styles.js';

export const leadCardStyles = [
  boothControls,
  css`
    :host {
      display: block;
      --markt-card: #f4f6fb;
    }
    article {
      background: var(--markt-card);
      border-radius: 8px;
      padding: 0.75rem 1rem;
      border-inline-start: 6px solid transparent;
    }
    :host([new]) article {
      border-inline-start-color: var(--markt-new);
      background: #fff4e0;
    }
    h3 {
      margin: 0;
      font-size: 1.15rem;
      overflow-wrap: anywhere;
    }
    .badge {
      display: inline-block;
      margin-inline-start: 0.5rem;
      padding: 0 0.5rem;
      border-radius: 999px;
      background: var(--markt-new);
      color: #fff;
      font-size: 0.9rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0.5rem 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    dd a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      min-width: 44px;
      color: var(--markt-accent);
    }
    .meta {
      color: var(--markt-muted);
      margin: 0.25rem 0;
    }
    fieldset {
      border: none;
      padding: 0;
      margin: 0.5rem 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }
    .choices label {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      min-height: 44px;
      min-width: 44px;
    }
    .choices input {
      width: 22px;
      height: 22px;
      margin: 0;
    }
    .row {
      display: grid;
      gap: 0.25rem;
      margin: 0.5rem 0;
    }
    textarea {
      width: 100%;
    }
    button.delete,
    button.confirm-delete {
      border-color: var(--markt-error);
      color: var(--markt-error);
    }
    dialog.delete {
      max-width: min(32rem, calc(100vw - 2rem));
      border: 2px solid currentColor;
      border-radius: 8px;
      padding: 1rem 1.5rem;
    }
    dialog.delete::backdrop {
      background: rgb(0 0 0 / 50%);
    }
    dialog.delete h4 {
      margin-top: 0;
      font-size: 1.2rem;
    }
    dialog.delete .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      justify-content: flex-end;
    }
    .notes-conflict {
      border-left: 4px solid var(--markt-accent);
      padding: 0.25rem 0.75rem;
    }
    .notes-conflict p,
    .notes-conflict blockquote {
      margin: 0.25rem 0;
      white-space: pre-wrap;
    }
    .notes-conflict .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
];
