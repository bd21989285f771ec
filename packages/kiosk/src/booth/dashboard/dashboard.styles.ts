import { css } from 'lit';
import { boothControls } from '../shared.styles.js';

export const dashboardStyles = [
  boothControls,
  css`
    :host {
      display: block;
      padding: 0.75rem 1rem;
      max-width: 64rem;
      margin: 0 auto;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    h1 {
      font-size: 1.4rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 1.2rem;
      margin: 1rem 0 0.5rem;
    }
    .state {
      font-weight: 600;
      padding: 0.25rem 0.75rem;
      border-radius: 999px;
      margin: 0;
    }
    .state[data-state='online'] {
      background: #d7f5dd;
      color: #0d5218;
    }
    .state[data-state='connecting'] {
      background: #fff1c2;
      color: #5c4300;
    }
    .state[data-state='offline'] {
      background: #fde2e0;
      color: #8c1d18;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .tools label {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 44px;
    }
    .tools input {
      width: 22px;
      height: 22px;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: 0.2rem 0.75rem 0.2rem 0;
    }
    meter {
      width: 10rem;
      height: 1rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .layout {
      display: grid;
      gap: 1rem;
    }
    @media (min-width: 900px) {
      .layout {
        grid-template-columns: 18rem 1fr;
      }
    }
  `,
];
