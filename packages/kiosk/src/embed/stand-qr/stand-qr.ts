import { defineOnce } from '../../shared/define.js';
import { MarktStandQr } from './stand-qr.component.js';

export { MarktStandQr };

defineOnce('markt-stand-qr', MarktStandQr);

declare global {
  interface HTMLElementTagNameMap {
    'markt-stand-qr': MarktStandQr;
  }
}
