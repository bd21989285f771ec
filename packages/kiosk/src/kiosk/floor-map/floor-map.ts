import { defineOnce } from '../../shared/define.js';
import { MarktFloorMap } from './floor-map.component.js';

export { MarktFloorMap };

defineOnce('markt-floor-map', MarktFloorMap);

declare global {
  interface HTMLElementTagNameMap {
    'markt-floor-map': MarktFloorMap;
  }
}
