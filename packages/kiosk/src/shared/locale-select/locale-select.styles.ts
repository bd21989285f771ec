import { css } from 'lit';

export const localeSelectStyles = css`
  :host {
    display: inline-block;
    --markt-control-height: 44px;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  select {
    min-height: var(--markt-control-height);
    min-width: 44px;
    font: inherit;
    padding: 0 0.5rem;
    border: 2px solid var(--markt-border-color, #555);
    border-radius: 6px;
    background: var(--markt-surface, #fff);
    color: var(--markt-text, #111);
  }
  select:focus-visible {
    outline: 3px solid var(--markt-focus, #0b57d0);
    outline-offset: 2px;
  }
`;
