import { css } from 'lit';

export const contactFormStyles = css`
  :host {
    display: block;
    --markt-accent: #0b57d0;
    --markt-error: #b3261e;
    --markt-surface: #fff;
  }
  form {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 2px solid var(--markt-accent);
    border-radius: 8px;
    background: var(--markt-surface);
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  p {
    margin: 0;
  }
  .share {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  .share input {
    width: 24px;
    height: 24px;
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  textarea {
    min-height: 44px;
    font: inherit;
    padding: 0.5rem;
    border: 2px solid #555;
    border-radius: 6px;
    box-sizing: border-box;
    width: 100%;
  }
  .consent {
    padding: 0.75rem;
    background: #f1f4f9;
    border-radius: 6px;
  }
  .consent h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .error {
    color: var(--markt-error);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0 1rem;
    font: inherit;
    border-radius: 6px;
    border: 2px solid var(--markt-accent);
    cursor: pointer;
  }
  button[type='submit'] {
    background: var(--markt-accent);
    color: #fff;
  }
  button[type='button'] {
    background: #fff;
    color: var(--markt-accent);
  }
  :focus-visible {
    outline: 3px solid #111;
    outline-offset: 2px;
  }
  .fallback {
    unicode-bidi: isolate;
    font-size: 0.875rem;
    font-weight: 400;
    white-space: nowrap;
  }
`;
