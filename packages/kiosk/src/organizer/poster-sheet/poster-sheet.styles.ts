import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const posterSheetStyles = [
  formStyles,
  css`
    :host {
      display: block;
      --markt-poster-accent: #0b57d0;
    }
    .sheet {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
    .poster {
      box-sizing: border-box;
      aspect-ratio: 210 / 297;
      border: 1px solid #999;
      padding: 1.5rem;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: space-between;
      text-align: center;
      background: #fff;
      color: #000;
      break-inside: avoid;
    }
    .number {
      font-size: 5rem;
      font-weight: 800;
      line-height: 1;
      margin: 0;
      color: var(--markt-poster-accent);
    }
    .provider {
      font-size: 1.25rem;
      margin: 0.5rem 0;
      overflow-wrap: anywhere;
    }
    .qr {
      width: 70%;
      height: auto;
    }
    .short {
      font-family: ui-monospace, monospace;
      font-size: 1.1rem;
      overflow-wrap: anywhere;
      margin: 0;
    }
    .scan {
      font-size: 1rem;
    }
    .languages {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
      font-size: 0.75rem;
      line-height: 1.35;
      color: #333;
    }
    .languages [dir='rtl'] {
      unicode-bidi: isolate;
    }
    .toolbar {
      margin-bottom: 1rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @page {
      size: A4;
      margin: 0;
    }
    @media print {
      .toolbar {
        display: none;
      }
      .sheet {
        display: block;
      }
      .poster {
        width: 210mm;
        height: 297mm;
        aspect-ratio: auto;
        border: none;
        padding: 20mm 15mm;
        break-after: page;
        page-break-after: always;
      }
      .poster:last-child {
        break-after: auto;
        page-break-after: auto;
      }
      .number {
        font-size: 120pt;
      }
      .provider {
        font-size: 28pt;
      }
      .qr {
        width: 120mm;
      }
      .short {
        font-size: 22pt;
      }
      .scan {
        font-size: 16pt;
      }
      .languages {
        margin-top: 4mm;
        font-size: 11pt;
      }
    }
  `,
];

/** `@page` only works in the document's own style sheets, not in a shadow root: added once on connect. */
export const documentPrintRules = '@page { size: A4; margin: 0; }';
