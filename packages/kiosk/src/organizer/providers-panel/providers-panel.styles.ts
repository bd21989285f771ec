import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const providersPanelStyles = [
  formStyles,
  css`
    :host {
      display: block;
    }
    section {
      margin-block: 1.5rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    form.edit {
      border: 2px solid var(--markt-primary, #0b57d0);
      border-radius: 8px;
      padding: 0 1rem 1rem;
      margin: 1rem 0;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    form.edit .actions {
      margin-top: 1rem;
    }
    details.languages {
      margin-block: 1rem 0;
    }
    details.languages summary {
      cursor: pointer;
      font-weight: 600;
      min-height: var(--markt-control-height);
      display: list-item;
      line-height: var(--markt-control-height);
    }
    details.languages .language {
      margin-block-end: 0.75rem;
    }
    .hint {
      margin: 0.25rem 0 0.5rem;
      max-width: 40rem;
    }
    .filtered {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
  `,
];
