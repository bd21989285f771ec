import '../../kiosk/floor-map/floor-map.js';
import { defineOnce } from '../../shared/define.js';
import { MarktEventMap, type StandSelectDetail } from './event-map.component.js';

export { MarktEventMap };
export type { StandSelectDetail };

defineOnce('markt-event-map', MarktEventMap);

declare global {
  interface HTMLElementTagNameMap {
    'markt-event-map': MarktEventMap;
  }
  interface GlobalEventHandlersEventMap {
    'markt-stand-select': CustomEvent<StandSelectDetail>;
  }
}
