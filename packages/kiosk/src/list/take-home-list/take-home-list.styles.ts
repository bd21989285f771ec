import { css } from 'lit';

export const takeHomeListStyles = css`
  :host {
    display: block;
    --markt-accent: #0b57d0;
    --markt-text: #1b1b1f;
    --markt-muted: #44474f;
    --markt-card: #f4f6fb;
    --markt-highlight: #8a5300;
    color: var(--markt-text);
    background: #fff;
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
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 1rem;
    border: 2px solid var(--markt-accent);
    border-radius: 6px;
    color: var(--markt-accent);
    text-decoration: none;
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
