import { defineOnce } from '../define.js';
import { LocaleSelect, type LocaleChangeDetail } from './locale-select.component.js';

export { LocaleSelect };
export type { LocaleChangeDetail };
defineOnce('markt-locale-select', LocaleSelect);

declare global {
  interface HTMLElementTagNameMap {
    'markt-locale-select': LocaleSelect;
  }
  interface GlobalEventHandlersEventMap {
    'markt-locale-change': CustomEvent<LocaleChangeDetail>;
  }
}
