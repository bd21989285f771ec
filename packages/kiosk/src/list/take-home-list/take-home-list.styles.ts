import { css } from 'lit';

/** What this page adds to `phonePageStyles` (src/shared/phone-page.ts). */
export const takeHomeListStyles = css`
  :host {
    --markt-highlight: #8a5300;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  li {
    background: var(--markt-card);
    border-radius: 8px;
    padding: 0.75rem;
  }
  p {
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .where {
    font-weight: 600;
    color: var(--markt-muted);
  }
  a.button,
  button.retry,
  button.zoom {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 1rem;
    border: 2px solid var(--markt-accent);
    border-radius: 6px;
    color: var(--markt-accent);
    text-decoration: none;
  }
  button.retry,
  button.zoom {
    font: inherit;
    background: #fff;
    cursor: pointer;
  }
  /* The map runs the full width of the phone (over the page's side padding) and scrolls when drawn large. */
  .map {
    margin: 0 -0.75rem 0.5rem;
    overflow: auto;
    max-height: 70vh;
    border-block: 1px solid #767676;
    background: #fafafa;
    overscroll-behavior: contain;
  }
  .map:not(.large) svg {
    width: 100%;
    height: auto;
  }
  .map svg {
    display: block;
  }
  svg .stand {
    fill: #e3e3e3;
    stroke: #767676;
  }
  svg .stand.listed {
    fill: var(--markt-highlight);
    stroke: #000;
  }
  svg text {
    fill: #1b1b1f;
  }
  svg .listed + text {
    fill: #fff;
    font-weight: 700;
  }
  button.zoom[aria-pressed='true'] {
    background: var(--markt-accent);
    color: #fff;
  }
  .suggestions li {
    background: transparent;
    border: 1px solid #c4c7d0;
  }
  :focus-visible {
    outline: 3px solid #111;
    outline-offset: 2px;
  }
`;
