import { defineOnce } from '../../shared/define.js';
import { FloorPlanEditor, type FloorPlanChangeDetail, type StandMoveDetail } from './floor-plan-editor.component.js';

export { FloorPlanEditor };
export type { FloorPlanChangeDetail, StandMoveDetail };
defineOnce('markt-floor-plan-editor', FloorPlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'markt-floor-plan-editor': FloorPlanEditor;
  }
  interface GlobalEventHandlersEventMap {
    'markt-stand-move': CustomEvent<StandMoveDetail>;
    'markt-floor-plan-change': CustomEvent<FloorPlanChangeDetail>;
  }
}
