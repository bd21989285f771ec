import { css } from 'lit';

/** Form controls shared by the organizer components (labels above fields, large targets, visible focus). */
export const formStyles = css`
  :host {
    --markt-control-height: 44px;
    font-family: var(--markt-font, system-ui, sans-serif);
    color: var(--markt-text, #111);
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block: 0.75rem 0.25rem;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    max-width: 32rem;
    min-height: var(--markt-control-height);
    font: inherit;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--markt-border-color, #555);
    border-radius: 6px;
    background: var(--markt-surface, #fff);
    color: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--markt-error, #b3261e);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
    margin: 0.25rem 0;
    min-height: 32px;
  }
  fieldset {
    border: 1px solid var(--markt-border-color, #555);
    border-radius: 6px;
    margin: 0.75rem 0;
  }
  button {
    min-height: var(--markt-control-height);
    min-width: 44px;
    font: inherit;
    padding: 0 1rem;
    border-radius: 6px;
    border: 2px solid var(--markt-primary, #0b57d0);
    background: var(--markt-primary, #0b57d0);
    color: var(--markt-on-primary, #fff);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--markt-primary, #0b57d0);
  }
  button.danger {
    border-color: var(--markt-error, #b3261e);
    background: var(--markt-error, #b3261e);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--markt-focus, #0b57d0);
    outline-offset: 2px;
  }
  .error {
    color: var(--markt-error, #b3261e);
    margin: 0.25rem 0;
  }
  .status {
    margin: 0.5rem 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid #ccc;
  }
`;
