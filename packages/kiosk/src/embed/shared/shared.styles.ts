import { css } from 'lit';

/**
 * What every embeddable component shares: the `--markt-*` custom properties with their defaults on `:host`,
 * and a font that follows the page. Each default is taken through a private `--_…` property, so a provider's
 * page may set `--markt-accent` on the element itself or on any ancestor (`body`, a wrapper).
 */
export const embedBaseStyles = css`
  :host {
    --_text: var(--markt-text, #1a1a1a);
    --_muted: var(--markt-muted, #4d4d4d);
    --_accent: var(--markt-accent, #0b4f9c);
    --_accent-text: var(--markt-accent-text, #ffffff);
    --_surface: var(--markt-surface, #ffffff);
    --_border: var(--markt-border, #c8c8c8);
    --_radius: var(--markt-radius, 8px);
    --_gap: var(--markt-gap, 1rem);
    display: block;
    font-family: var(--markt-font, inherit);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  button,
  a {
    font: inherit;
  }
  button {
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  /* High contrast (forced colours) replaces the accent background: the chosen answer or stand keeps a system highlight. */
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
