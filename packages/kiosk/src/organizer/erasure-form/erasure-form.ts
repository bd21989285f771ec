import { defineOnce } from '../../shared/define.js';
import { ErasureForm, type ErasureApi, type ErasureDoneDetail } from './erasure-form.component.js';

export { ErasureForm };
export type { ErasureApi, ErasureDoneDetail };
defineOnce('markt-erasure-form', ErasureForm);

declare global {
  interface HTMLElementTagNameMap {
    'markt-erasure-form': ErasureForm;
  }
  interface GlobalEventHandlersEventMap {
    'markt-erasure-done': CustomEvent<ErasureDoneDetail>;
  }
}
