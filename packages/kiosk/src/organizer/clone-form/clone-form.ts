import { defineOnce } from '../../shared/define.js';
import { CloneForm, type CloneDetail } from './clone-form.component.js';

export { CloneForm };
export type { CloneDetail };
defineOnce('markt-clone-form', CloneForm);

declare global {
  interface HTMLElementTagNameMap {
    'markt-clone-form': CloneForm;
  }
  interface GlobalEventHandlersEventMap {
    'markt-clone': CustomEvent<CloneDetail>;
    'markt-clone-cancel': CustomEvent<undefined>;
  }
}
