import { defineOnce } from '../define.js';
import { PrivacyNotice, type PrivacyPlace } from './privacy-notice.component.js';

export { PrivacyNotice };
export type { PrivacyPlace };
defineOnce('markt-privacy-notice', PrivacyNotice);

declare global {
  interface HTMLElementTagNameMap {
    'markt-privacy-notice': PrivacyNotice;
  }
}
