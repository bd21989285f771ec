import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const rotaPanelStyles = [
  formStyles,
  css`
    :host {
      display: block;
      --markt-rota-shift-bg: #e8f0fe;
    }
    form.shift {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: end;
    }
    form.shift > div {
      display: flex;
      flex-direction: column;
    }
    table {
      border-collapse: collapse;
      margin: 1rem 0;
    }
    th,
    td {
      border: 1px solid #999;
      padding: 0.25rem 0.5rem;
      text-align: left;
      vertical-align: top;
    }
    table.grid td.on {
      background: var(--markt-rota-shift-bg);
    }
    table.grid td span {
      display: block;
    }
    .privacy {
      font-size: 0.9rem;
      color: #444;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    @media print {
      form.shift,
      .toolbar,
      .actions,
      .status,
      .privacy {
        display: none !important;
      }
      table.grid {
        width: 100%;
        font-size: 10pt;
      }
      table.grid td.on {
        background: none;
        font-weight: 600;
      }
      table.list {
        page-break-before: always;
      }
    }
  `,
];
