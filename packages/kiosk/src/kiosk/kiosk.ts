import { defineOnce } from '../shared/define.js';
import { MarktKiosk, type KioskContactDetail, type KioskFeedbackDetail, type KioskUnpairedDetail, type KioskUnsentDetail } from './kiosk.component.js';

export { MarktKiosk };
export type { KioskContactDetail, KioskData, KioskFeedbackDetail, KioskScreen, KioskUnpairedDetail, KioskUnsentDetail } from './kiosk.component.js';

defineOnce('markt-kiosk', MarktKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'markt-kiosk': MarktKiosk;
  }
  interface GlobalEventHandlersEventMap {
    'markt-contact-request': CustomEvent<KioskContactDetail>;
    'markt-feedback': CustomEvent<KioskFeedbackDetail>;
    'markt-session-end': CustomEvent<{ reason: 'idle' | 'finished' }>;
    'markt-kiosk-unpaired': CustomEvent<KioskUnpairedDetail>;
    'markt-kiosk-unsent': CustomEvent<KioskUnsentDetail>;
  }
}
