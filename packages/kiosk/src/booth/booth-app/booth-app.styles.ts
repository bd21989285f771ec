import { css } from 'lit';

export const boothAppStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: #fff;
    color: #1b1b1f;
  }
`;
