import { css } from 'lit';

export const dutyPanelStyles = css`
  :host {
    display: block;
    --markt-duty-bg: #f3f6fb;
  }
  section {
    background: var(--markt-duty-bg);
    border-radius: 8px;
    padding: 0.75rem 1rem;
    margin: 1rem;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.5rem;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
`;
