import { defineOnce } from '../../shared/define.js';
import { BoothDutyPanel } from './duty-panel.component.js';

export { BoothDutyPanel };
defineOnce('markt-booth-duty', BoothDutyPanel);

declare global {
  interface HTMLElementTagNameMap {
    'markt-booth-duty': BoothDutyPanel;
  }
}
