import { css } from 'lit';

/** Styles of `<markt-privacy-notice>`; colours come from the page's `--markt-*` properties. */
export const privacyNoticeStyles = css`
  :host {
    display: block;
    --markt-accent: inherit;
    color: var(--markt-text, #1b1b1f);
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    font-size: 1.2rem;
    margin: 1.25rem 0 0.5rem;
  }
  p {
    margin: 0 0 0.6rem;
    overflow-wrap: anywhere;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    color: var(--markt-accent, #0b57d0);
    font-weight: 600;
  }
  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    font: inherit;
    border-radius: 0.5rem;
    border: 2px solid var(--markt-accent, #0b57d0);
    background: var(--markt-surface, #fff);
    color: var(--markt-accent, #0b57d0);
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--markt-accent, #0b57d0);
    outline-offset: 2px;
  }
  dialog {
    max-width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    overflow: auto;
    border: none;
    border-radius: 0.75rem;
    padding: 1.25rem 1.5rem;
    color: var(--markt-text, #1b1b1f);
    background: var(--markt-surface, #fff);
    font-size: 1.15rem;
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog h2 {
    margin-top: 0;
  }
  .more-kiosk {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1.5rem;
  }
  .more-kiosk p {
    flex: 1 1 16rem;
  }
  .url {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .qr svg {
    display: block;
    width: 10rem;
    height: auto;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    margin-top: 1rem;
  }
`;
