import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const organizerAppStyles = [
  formStyles,
  css`
    :host {
      display: block;
      min-height: 100vh;
      background: var(--markt-background, #fafafa);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
      padding: 0.5rem 1rem;
      background: var(--markt-header-bg, #0b3d91);
      color: var(--markt-header-text, #fff);
    }
    header h1 {
      font-size: 1.25rem;
      margin: 0;
    }
    header .who {
      display: flex;
      gap: 1rem;
      align-items: center;
      flex-wrap: wrap;
    }
    header button,
    header select {
      border-color: #fff;
    }
    header button.secondary {
      color: var(--markt-header-text, #fff);
    }
    header select {
      width: auto;
      display: inline-block;
      color: var(--markt-text, #111);
    }
    header label {
      display: inline;
      margin: 0;
      font-weight: 400;
    }
    main {
      padding: 1rem;
      max-width: 80rem;
      margin: 0 auto;
    }
    ul.events {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    ul.events li {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      flex-wrap: wrap;
      background: #fff;
      border: 1px solid #ccc;
      border-radius: 8px;
      padding: 0.75rem 1rem;
    }
    ul.events .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 2px solid var(--markt-primary, #0b57d0);
      margin-block: 1rem;
    }
    [role='tab'] {
      border-radius: 6px 6px 0 0;
      background: transparent;
      color: var(--markt-primary, #0b57d0);
    }
    [role='tab'][aria-selected='true'] {
      background: var(--markt-primary, #0b57d0);
      color: #fff;
    }
    [role='tabpanel'] {
      background: #fff;
      padding: 1rem;
      border-radius: 8px;
    }
    form.add-stand,
    form.delete-stand {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: end;
    }
    .confirm-delete {
      border: 2px solid #a50e0e;
      border-radius: 8px;
      padding: 0.5rem 1rem;
      margin-block: 0.5rem;
    }
    form.delete-stand > div,
    form.add-stand > div {
      min-width: 10rem;
    }
    @media print {
      header,
      nav,
      [role='tablist'],
      .back,
      .event-title,
      form.add-stand,
      form.delete-stand,
      .confirm-delete,
      .status {
        display: none !important;
      }
      :host,
      main,
      [role='tabpanel'] {
        background: #fff;
        padding: 0;
        margin: 0;
        max-width: none;
      }
    }
    dialog.discard {
      max-width: 28rem;
      border: 1px solid currentColor;
      border-radius: 0.5rem;
    }
    dialog.discard::backdrop {
      background: rgb(0 0 0 / 40%);
    }
    dialog.discard button + button {
      margin-inline-start: 0.5rem;
    }
    .next-steps button.link {
      border: none;
      padding: 0;
      background: none;
      color: var(--markt-primary, #0b57d0);
      text-decoration: underline;
      font: inherit;
    }
  `,
];
