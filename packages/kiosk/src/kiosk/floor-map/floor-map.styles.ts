import { css } from 'lit';

export const floorMapStyles = css`
  :host {
    --markt-map-stand: #e8e8e8;
    --markt-map-stand-border: #555555;
    --markt-map-highlight: #ffd23f;
    --markt-map-highlight-border: #111111;
    --markt-map-route: #0b4f9c;
    display: block;
  }
  svg {
    /* Coordinates are the hall's, whatever the page's direction; Arabic labels still read right to left. */
    direction: ltr;
    display: block;
    width: 100%;
    height: auto;
    max-height: 70vh;
    background: #ffffff;
    border: 2px solid #333333;
  }
  .grid {
    stroke: #f0f0f0;
  }
  .stand rect {
    fill: var(--markt-map-stand);
    stroke: var(--markt-map-stand-border);
  }
  .stand.highlighted rect {
    fill: var(--markt-map-highlight);
    stroke: var(--markt-map-highlight-border);
  }
  .stand text {
    fill: #111111;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .route {
    fill: none;
    stroke: var(--markt-map-route);
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .here circle {
    fill: #b00020;
    stroke: #ffffff;
  }
  .here text {
    fill: #b00020;
    font-weight: 700;
  }
`;
