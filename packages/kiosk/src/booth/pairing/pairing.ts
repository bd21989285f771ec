import { defineOnce } from '../../shared/define.js';
import { BoothPairing, type PairDetail } from './pairing.component.js';

export { BoothPairing };
export type { PairDetail };
defineOnce('markt-booth-pairing', BoothPairing);

declare global {
  interface HTMLElementTagNameMap {
    'markt-booth-pairing': BoothPairing;
  }
  interface GlobalEventHandlersEventMap {
    'markt-pair': CustomEvent<PairDetail>;
  }
}
