import { css } from 'lit';

export const standPageStyles = css`
  :host {
    display: block;
    --markt-accent: #0b57d0;
    --markt-text: #1b1b1f;
    --markt-muted: #44474f;
    --markt-surface: #fff;
    --markt-card: #f4f6fb;
    color: var(--markt-text);
    background: var(--markt-surface);
    font: 1rem/1.5 system-ui, sans-serif;
    max-width: 40rem;
    margin: 0 auto;
    padding: 0.75rem;
    box-sizing: border-box;
  }
  .bar {
    display: flex;
    justify-content: flex-end;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.2rem;
    margin: 1.25rem 0 0.5rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
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
