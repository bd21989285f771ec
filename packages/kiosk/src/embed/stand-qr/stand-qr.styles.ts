import { css } from 'lit';
import { embedBaseStyles } from '../shared/shared.styles.js';

export const standQrStyles = [
  embedBaseStyles,
  css`
    :host {
      --_qr-size: var(--markt-qr-size, 12rem);
      --_qr-color: var(--markt-qr-color, #000000);
      --_qr-background: var(--markt-qr-background, #ffffff);
      --_background-default: var(--_surface);
      --_padding-default: 0.5rem;
      display: inline-block;
    }
    figure {
      display: grid;
      justify-items: center;
      gap: 0.5rem;
      margin: 0;
    }
    svg {
      display: block;
      width: var(--_qr-size);
      height: var(--_qr-size);
      background: var(--_qr-background);
    }
    path {
      fill: var(--_qr-color);
    }
    figcaption {
      display: grid;
      justify-items: center;
      gap: 0.25rem;
      text-align: center;
    }
    [part~='link'] {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
  `,
];
