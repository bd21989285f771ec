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
  `,
];
