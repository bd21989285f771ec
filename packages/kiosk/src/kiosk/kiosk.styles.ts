import { css } from 'lit';

export const kioskStyles = css`
  :host {
    --markt-kiosk-background: #ffffff;
    --markt-kiosk-color: #111111;
    --markt-kiosk-accent: #0b4f9c;
    --markt-kiosk-accent-text: #ffffff;
    --markt-kiosk-muted: #4a4a4a;
    --markt-kiosk-surface: #f2f4f7;
    --markt-kiosk-target: 4rem;
    display: block;
    min-height: 100vh;
    font-family: system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif;
    font-size: 1.25rem;
    line-height: 1.5;
    color: var(--markt-kiosk-color);
    background: var(--markt-kiosk-background);
  }
  * {
    box-sizing: border-box;
  }
  /*
   * One screen high: the top bar and the bottom navigation stay in view and only main scrolls between them, so
   * "Map", "My list" and "Finish" are on screen over 20 result cards (and with the on-screen keyboard open), and
   * nothing can hide under them.
   */
  .app {
    height: 100vh;
    display: flex;
    flex-direction: column;
  }
  .screen {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    position: relative;
  }
  markt-privacy-notice {
    --markt-accent: var(--markt-kiosk-accent);
    --markt-text: var(--markt-kiosk-color);
    --markt-surface: var(--markt-kiosk-background);
  }
  markt-privacy-notice::part(open) {
    min-height: var(--markt-kiosk-target);
  }
  .attract-privacy {
    position: absolute;
    inset-block-end: 1.5rem;
    inset-inline-end: 1.5rem;
  }
  .bar-privacy {
    margin-inline-start: auto;
  }
  header.bar,
  nav.bottom {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.5rem 1rem;
    background: var(--markt-kiosk-surface);
  }
  nav.bottom {
    margin-top: auto;
    border-block-start: 2px solid #8a8a8a;
  }
  main {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The content 68rem wide at most, the scroll bar at the screen's edge. */
    padding: 1.5rem max(2rem, calc((100% - 68rem) / 2));
    width: 100%;
  }
  main.attract-main {
    padding: 0;
    overflow: hidden;
  }
  .attract-main .attract {
    min-height: 100%;
  }
  .fallback {
    font-size: 1rem;
    font-weight: 400;
    color: var(--markt-kiosk-muted);
    white-space: nowrap;
  }
  ol[data-route] {
    padding-inline-start: 2.5rem;
    font-size: 1.375rem;
    font-weight: 600;
  }
  h1,
  h2 {
    line-height: 1.2;
  }
  h1 {
    font-size: 2.25rem;
    margin-block: 0 1rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--markt-kiosk-accent);
  }
  h2 {
    font-size: 1.5rem;
  }
  button,
  .button {
    font: inherit;
    min-height: var(--markt-kiosk-target);
    min-width: var(--markt-kiosk-target);
    padding: 0.5rem 1.25rem;
    border-radius: 0.75rem;
    border: 2px solid var(--markt-kiosk-color);
    background: var(--markt-kiosk-background);
    color: var(--markt-kiosk-color);
    cursor: pointer;
    touch-action: manipulation;
  }
  button.primary {
    background: var(--markt-kiosk-accent);
    border-color: var(--markt-kiosk-accent);
    color: var(--markt-kiosk-accent-text);
  }
  button[aria-pressed='true'],
  button[aria-current='page'] {
    background: var(--markt-kiosk-accent);
    border-color: var(--markt-kiosk-accent);
    color: var(--markt-kiosk-accent-text);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 4px solid #ff9e1b;
    outline-offset: 2px;
  }
  .attract {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    min-height: 100vh;
    gap: 1.5rem;
    padding: 2rem;
    width: 100%;
    border: 0;
    border-radius: 0;
    background: var(--markt-kiosk-accent);
    color: var(--markt-kiosk-accent-text);
  }
  .attract .title {
    font-size: 3.5rem;
    font-weight: 700;
  }
  .attract .event {
    font-size: 1.5rem;
  }
  .attract .others {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem 2rem;
    max-width: 60rem;
  }
  .attract .touch {
    font-size: 2rem;
    padding: 1rem 3rem;
    border: 4px solid currentColor;
    border-radius: 999px;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: 1rem;
  }
  .grid button {
    min-height: 5rem;
    font-size: 1.5rem;
  }
  .heading {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
    justify-content: space-between;
  }
  .speak {
    flex: none;
  }
  .progress {
    font-size: 1.125rem;
    color: var(--markt-kiosk-muted);
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--markt-kiosk-accent);
  }
  .item {
    display: flex;
    align-items: center;
    gap: 1.5rem;
    margin-block: 1.5rem;
  }
  .item .pictogram {
    width: 8rem;
    height: 8rem;
    flex: none;
  }
  .item p {
    font-size: 2rem;
    font-weight: 600;
    margin: 0;
  }
  .answers {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    gap: 0.75rem;
  }
  .answers button {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    min-height: 8rem;
  }
  .answers .face {
    width: 3.5rem;
    height: 3.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: 1rem;
  }
  .chips button {
    min-height: 3rem;
    border-radius: 999px;
    font-size: 1.125rem;
  }
  .offers {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .offer {
    border: 2px solid #8a8a8a;
    border-radius: 1rem;
    padding: 1rem 1.25rem;
  }
  .offer h2 {
    margin: 0 0 0.25rem;
  }
  .meta {
    color: var(--markt-kiosk-muted);
    margin: 0;
  }
  .reasons {
    margin: 0.5rem 0;
    padding-inline-start: 1.5rem;
  }
  .excluded summary {
    min-height: var(--markt-kiosk-target);
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  .search {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  input,
  textarea,
  select {
    font: inherit;
    min-height: 3.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--markt-kiosk-color);
    border-radius: 0.5rem;
    width: 100%;
    color: var(--markt-kiosk-color);
    background: var(--markt-kiosk-background);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block: 0.75rem 0.25rem;
  }
  .consent {
    background: var(--markt-kiosk-surface);
    padding: 1rem;
    border-radius: 0.75rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .check input {
    width: 2.75rem;
    height: 2.75rem;
    min-height: 2.75rem;
  }
  .error {
    color: #a00000;
    font-weight: 600;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
    padding: 0.5rem 1rem;
    margin-block-end: 1rem;
    border: 3px solid #a00000;
    border-radius: 0.75rem;
    background: var(--markt-kiosk-background);
  }
  .notice p {
    flex: 1 1 20rem;
    margin: 0;
    color: #a00000;
    font-weight: 600;
  }
  .qr svg {
    width: min(22rem, 80vw);
    height: auto;
  }
  .dialog {
    position: fixed;
    inset: 0;
    background: rgb(0 0 0 / 0.7);
    display: flex;
    align-items: center;
    justify-content: center;
    z-index: 10;
  }
  .dialog > div {
    background: var(--markt-kiosk-background);
    padding: 2rem 3rem;
    border-radius: 1.5rem;
    text-align: center;
    font-size: 1.75rem;
  }
  .dialog .countdown {
    font-size: 3rem;
    font-weight: 700;
    margin: 0;
  }
  .dialog h2 {
    font-size: 2.5rem;
    margin-block: 0 0.5rem;
  }
  .rating {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    gap: 0.75rem;
  }
  .rating button {
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  .rating .face {
    width: 3.5rem;
    height: 3.5rem;
  }
  markt-keyboard {
    margin-block: 1rem;
  }
  .icon {
    width: 1.5rem;
    height: 1.5rem;
    vertical-align: -0.3rem;
  }
  .speak .icon {
    width: 2rem;
    height: 2rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
