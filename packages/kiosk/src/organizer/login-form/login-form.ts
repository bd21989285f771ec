import { defineOnce } from '../../shared/define.js';
import { LoginForm, type LoginDetail } from './login-form.component.js';

export { LoginForm };
export type { LoginDetail };
defineOnce('markt-login-form', LoginForm);

declare global {
  interface HTMLElementTagNameMap {
    'markt-login-form': LoginForm;
  }
  interface GlobalEventHandlersEventMap {
    'markt-login': CustomEvent<LoginDetail>;
  }
}
