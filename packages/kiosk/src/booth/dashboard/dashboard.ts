import { defineOnce } from '../../shared/define.js';
import { BoothDashboard, type SoundChangeDetail } from './dashboard.component.js';

export { BoothDashboard };
export type { SoundChangeDetail };
defineOnce('markt-booth-dashboard', BoothDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'markt-booth-dashboard': BoothDashboard;
  }
  interface GlobalEventHandlersEventMap {
    'markt-export': CustomEvent<undefined>;
    'markt-logout': CustomEvent<undefined>;
    'markt-sound-change': CustomEvent<SoundChangeDetail>;
  }
}
