import { defineOnce } from '../shared/define.js';
import { MarktKiosk, type KioskContactDetail, type KioskFeedbackDetail } from './kiosk.component.js';

export { MarktKiosk };
export type { KioskContactDetail, KioskData, KioskFeedbackDetail, KioskScreen } from './kiosk.component.js';

defineOnce('markt-kiosk', MarktKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'markt-kiosk': MarktKiosk;
  }
  interface GlobalEventHandlersEventMap {
    'markt-contact-request': CustomEvent<KioskContactDetail>;
    'markt-feedback': CustomEvent<KioskFeedbackDetail>;
    'markt-session-end': CustomEvent<{ reason: 'idle' | 'finished' }>;
  }
}
