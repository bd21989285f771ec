import { defineOnce } from '../../shared/define.js';
import { DevicesPanel, type DeviceRevokedDetail, type DevicesApi } from './devices-panel.component.js';

export { DevicesPanel };
export type { DeviceRevokedDetail, DevicesApi };
defineOnce('markt-devices-panel', DevicesPanel);

declare global {
  interface HTMLElementTagNameMap {
    'markt-devices-panel': DevicesPanel;
  }
  interface GlobalEventHandlersEventMap {
    'markt-device-revoked': CustomEvent<DeviceRevokedDetail>;
  }
}
