import { defineOnce } from '../../shared/define.js';
import { RotaPanel, type RotaApi, type RotaChangeDetail } from './rota-panel.component.js';

export { RotaPanel };
export type { RotaApi, RotaChangeDetail };
defineOnce('markt-rota-panel', RotaPanel);

declare global {
  interface HTMLElementTagNameMap {
    'markt-rota-panel': RotaPanel;
  }
  interface GlobalEventHandlersEventMap {
    'markt-rota-change': CustomEvent<RotaChangeDetail>;
  }
}
