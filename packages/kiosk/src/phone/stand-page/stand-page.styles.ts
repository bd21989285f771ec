import { css } from 'lit';

/** What this page adds to `phonePageStyles` (src/shared/phone-page.ts). */
export const standPageStyles = css`
  .stand {
    color: var(--markt-muted);
    font-weight: 600;
    margin: 0;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  article,
  .saved li {
    background: var(--markt-card);
    border-radius: 8px;
    padding: 0.75rem;
  }
  p {
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button,
  a.button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 1rem;
    font: inherit;
    border-radius: 6px;
    border: 2px solid var(--markt-accent);
    background: #fff;
    color: var(--markt-accent);
    text-decoration: none;
    cursor: pointer;
    box-sizing: border-box;
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--markt-accent);
    color: #fff;
  }
  .general {
    margin-top: 1rem;
  }
  .status {
    font-weight: 600;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  :focus-visible {
    outline: 3px solid #111;
    outline-offset: 2px;
  }
`;
