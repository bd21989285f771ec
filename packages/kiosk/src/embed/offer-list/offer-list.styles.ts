import { css } from 'lit';
import { embedBaseStyles } from '../shared/shared.styles.js';

export const offerListStyles = [
  embedBaseStyles,
  css`
    :host {
      --_list-columns: var(--markt-list-min-width, 16rem);
    }
    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_list-columns)), 1fr));
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='empty'] {
      margin: 0;
      color: var(--_muted);
    }
  `,
];
