import { defineOnce } from '../../shared/define.js';
import { TakeHomeList, type PublicEventData } from './take-home-list.component.js';

export { TakeHomeList };
export type { PublicEventData };
defineOnce('markt-take-home-list', TakeHomeList);

declare global {
  interface HTMLElementTagNameMap {
    'markt-take-home-list': TakeHomeList;
  }
  interface GlobalEventHandlersEventMap {
    'markt-retry': CustomEvent<undefined>;
  }
}
