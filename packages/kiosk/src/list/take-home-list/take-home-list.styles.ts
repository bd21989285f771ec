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
  button.retry {
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
  button.retry {
    font: inherit;
    background: #fff;
    cursor: pointer;
  }
  svg {
    width: 100%;
    height: auto;
    border: 1px solid #767676;
    border-radius: 6px;
    background: #fafafa;
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
    font-size: 14px;
    fill: #1b1b1f;
  }
  svg .listed + text {
    fill: #fff;
    font-weight: 700;
  }
  :focus-visible {
    outline: 3px solid #111;
    outline-offset: 2px;
  }
`;
