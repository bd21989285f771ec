import { defineOnce } from '../../shared/define.js';
import { DevicesPanel, type DeviceRevokedDetail, type DevicesApi, type PairingCodeWithdrawnDetail } from './devices-panel.component.js';

export { DevicesPanel };
export type { DeviceRevokedDetail, DevicesApi, PairingCodeWithdrawnDetail };
defineOnce('markt-devices-panel', DevicesPanel);

declare global {
  interface HTMLElementTagNameMap {
    'markt-devices-panel': DevicesPanel;
  }
  interface GlobalEventHandlersEventMap {
    'markt-device-revoked': CustomEvent<DeviceRevokedDetail>;
    'markt-pairing-code-withdrawn': CustomEvent<PairingCodeWithdrawnDetail>;
  }
}
