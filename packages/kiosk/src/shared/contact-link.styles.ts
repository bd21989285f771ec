import { css } from 'lit';

/**
 * The box of an e-mail or phone link inside a line of text (embeds, phone stand page, take-home list): a touch
 * target of at least 44 × 44 px that still wraps a long address. Declarations only, for the caller's own selector.
 * @example css`a.contact { ${contactLinkBox} }`
 */
export const contactLinkBox = css`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 44px;
  min-width: 44px;
  max-width: 100%;
  overflow-wrap: anywhere;
  vertical-align: middle;
`;
