import { css } from 'lit';

/** Controls shared by the booth components: 44 px touch targets, visible focus, AA colours. */
export const boothControls = css`
  :host {
    --markt-accent: #0b57d0;
    --markt-text: #1b1b1f;
    --markt-muted: #44474f;
    --markt-error: #b3261e;
    --markt-new: #8a5300;
    color: var(--markt-text);
    font: 1rem/1.5 system-ui, sans-serif;
  }
  button,
  select,
  input[type='text'],
  textarea {
    min-height: 44px;
    min-width: 44px;
    font: inherit;
    border-radius: 6px;
    box-sizing: border-box;
  }
  button {
    padding: 0 1rem;
    border: 2px solid var(--markt-accent);
    background: #fff;
    color: var(--markt-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--markt-accent);
    color: #fff;
  }
  select,
  input[type='text'],
  textarea {
    border: 2px solid #555;
    padding: 0.25rem 0.5rem;
    background: #fff;
    color: var(--markt-text);
  }
  :focus-visible {
    outline: 3px solid #111;
    outline-offset: 2px;
  }
  .error {
    color: var(--markt-error);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
