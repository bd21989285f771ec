import { defineOnce } from '../../shared/define.js';
import { StandPage, type ContactStatus, type EraseStatus, type SaveChangeDetail, type StandPageData } from './stand-page.component.js';

export { StandPage };
export type { ContactStatus, EraseStatus, SaveChangeDetail, StandPageData };
defineOnce('markt-stand-page', StandPage);

declare global {
  interface HTMLElementTagNameMap {
    'markt-stand-page': StandPage;
  }
  interface GlobalEventHandlersEventMap {
    'markt-retry': CustomEvent<undefined>;
    'markt-erase-request': CustomEvent<undefined>;
    'markt-save-change': CustomEvent<SaveChangeDetail>;
  }
}
