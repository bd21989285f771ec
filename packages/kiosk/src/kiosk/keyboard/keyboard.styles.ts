import { css } from 'lit';

export const keyboardStyles = css`
  :host {
    --markt-key-size: 4rem;
    --markt-key-background: #ffffff;
    --markt-key-color: #111111;
    --markt-key-border: #333333;
    display: block;
  }
  .rows {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    direction: ltr;
  }
  .row {
    display: flex;
    justify-content: center;
    gap: 0.375rem;
  }
  button {
    min-width: var(--markt-key-size);
    min-height: var(--markt-key-size);
    font: inherit;
    font-size: 1.5rem;
    color: var(--markt-key-color);
    background: var(--markt-key-background);
    border: 2px solid var(--markt-key-border);
    border-radius: 0.5rem;
    cursor: pointer;
    touch-action: manipulation;
  }
  button:focus-visible {
    outline: 4px solid #0b4f9c;
    outline-offset: 2px;
  }
  button[aria-pressed='true'] {
    background: #0b4f9c;
    color: #ffffff;
  }
  .wide {
    flex: 0 1 20rem;
    font-size: 1.25rem;
  }
`;
