import { css } from 'lit';
import { embedBaseStyles } from '../shared/shared.styles.js';

export const offerCardStyles = [
  embedBaseStyles,
  css`
    :host {
      --_card-background: var(--markt-card-background, var(--_surface));
      --_card-border: var(--markt-card-border, 1px solid var(--_border));
      --_card-padding: var(--markt-card-padding, 1rem);
    }
    article {
      display: grid;
      gap: 0.5rem;
      height: 100%;
      box-sizing: border-box;
      padding: var(--_card-padding);
      background: var(--_card-background);
      border: var(--_card-border);
      border-radius: var(--_radius);
    }
    p {
      margin: 0;
    }
    [part~='kind'] {
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_muted);
      text-transform: uppercase;
      letter-spacing: 0.03em;
    }
    [part~='title'] {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.25;
    }
    [part~='details'] {
      display: grid;
      gap: 0.5rem;
    }
    [part~='facts'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-top: auto;
    }
    [part~='link'] {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
  `,
];
