import { css } from 'lit';
import { boothControls } from '../shared.styles.js';

export const pairingStyles = [
  boothControls,
  css`
    :host {
      display: block;
      max-width: 32rem;
      margin: 2rem auto;
      padding: 1rem;
    }
    form {
      display: grid;
      gap: 0.75rem;
    }
    input {
      font-size: 1.5rem;
      letter-spacing: 0.15em;
      text-transform: uppercase;
    }
  `,
];
