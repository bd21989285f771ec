import { css } from 'lit';
import { embedBaseStyles } from '../shared/shared.styles.js';

export const eventMapStyles = [
  embedBaseStyles,
  css`
    :host {
      --_map-stand: var(--markt-map-stand, #e8e8e8);
      --_map-stand-border: var(--markt-map-stand-border, #555555);
      --_map-highlight: var(--markt-map-highlight, #ffd23f);
      --_map-highlight-border: var(--markt-map-highlight-border, #111111);
      --_background-default: var(--_surface);
      --_padding-default: 0.5rem;
    }
    /* The floor plan sets its own defaults on its :host; these outer rules win and pass the page's values on. */
    markt-floor-map {
      --markt-map-stand: var(--_map-stand);
      --markt-map-stand-border: var(--_map-stand-border);
      --markt-map-highlight: var(--_map-highlight);
      --markt-map-highlight-border: var(--_map-highlight-border);
    }
    [part~='base'] {
      display: grid;
      gap: var(--_gap);
    }
    h2 {
      margin: 0;
      font-size: 1em;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
];
