import { css } from 'lit';
import { contactLinkBox } from '../../shared/contact-link.styles.js';

/**
 * What every embeddable component shares: the `--markt-*` custom properties with their defaults on `:host`,
 * and a font that follows the page. Each default is taken through a private `--_…` property, so a provider's
 * page may set `--markt-accent` on the element itself or on any ancestor (`body`, a wrapper).
 * No text of a component stands on the page's background, so that it keeps its contrast on a provider's dark page
 * too: cards and the quiz box have their own surface; the map and the QR code, whose content has no frame of its
 * own, paint one on `[part~='base']` (`--_background-default`, `--_padding-default`; `--markt-background` and
 * `--markt-padding` for every component); a loading, error or "no offers" line right in the wrapper gets a surface
 * of its own. Focus rings have a halo of the surface on both sides (the `box-shadow`): where a ring lies over the
 * page (a button at the component's edge), it still stands out against the halo. E-mail and phone links
 * (`[part~='contact']`) are touch targets of at least 44 × 44 px, like every other link and button.
 * (Comments stay out of the css`` text: they would ship in every bundle.)
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
    --_background: var(--markt-background, var(--_background-default, transparent));
    --_padding: var(--markt-padding, var(--_padding-default, 0));
    display: block;
    font-family: var(--markt-font, inherit);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    background: var(--_background);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='base'] > [part~='status']:not(:empty),
  [part~='base'] > slot > [part~='empty'] {
    padding: 0.5rem;
    background: var(--_surface);
    border-radius: var(--_radius);
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
    box-shadow: 0 0 0 7px var(--_surface);
  }
  a {
    color: var(--_accent);
  }
  [part~='contact'] {
    ${contactLinkBox}
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
