import { css } from 'lit';

export const keyboardStyles = css`
  :host {
    /* 7vh: six rows of keys (e-mail) take under half of a 1280 × 800 screen; never below 44 px, never above 4rem. */
    --markt-key-size: clamp(44px, 7vh, 4rem);
    --markt-key-background: #ffffff;
    --markt-key-color: #111111;
    --markt-key-border: #333333;
    display: block;
    /* Room below the keyboard when it scrolls itself into view; a page with a sticky bottom bar sets its height. */
    scroll-margin-block-end: 0.5rem;
  }
  .rows {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .row {
    display: flex;
    justify-content: center;
    gap: 0.375rem;
  }
  /* Character keys keep the order of the physical keyboard, also in a right-to-left language. */
  .keys {
    direction: ltr;
  }
  button {
    flex: 0 1 var(--markt-key-size);
    min-width: 44px;
    min-height: var(--markt-key-size);
    padding: 0;
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
    padding-inline: 0.5rem;
    font-size: 1.25rem;
  }
`;
