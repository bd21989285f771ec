import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const reportStyles = [
  formStyles,
  css`
    :host {
      display: block;
      --markt-bar-color: #0b57d0;
      --markt-bar-label-color: #111;
    }
    .toolbar {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    dl.totals {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
      gap: 0.75rem;
    }
    dl.totals div {
      border: 1px solid #ccc;
      border-radius: 6px;
      padding: 0.75rem;
    }
    dt {
      font-size: 0.9rem;
    }
    dd {
      margin: 0;
      font-size: 2rem;
      font-weight: 700;
    }
    section {
      break-inside: avoid;
      margin-block: 1.5rem;
    }
    svg.chart {
      width: 100%;
      max-width: 48rem;
      height: auto;
    }
    .bar {
      fill: var(--markt-bar-color);
    }
    svg.chart text {
      font-size: 13px;
      fill: var(--markt-bar-label-color);
      dominant-baseline: central;
    }
    svg.chart text.label {
      text-anchor: end;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media print {
      .toolbar {
        display: none;
      }
      :host {
        --markt-bar-color: #333;
      }
      section {
        page-break-inside: avoid;
      }
    }
  `,
];
