import { defineOnce } from '../../shared/define.js';
import { ContactForm, type ContactRequestDetail, type SharedContact } from './contact-form.component.js';

export { ContactForm };
export type { ContactRequestDetail, SharedContact };
defineOnce('markt-contact-form', ContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'markt-contact-form': ContactForm;
  }
  interface GlobalEventHandlersEventMap {
    'markt-contact-submit': CustomEvent<ContactRequestDetail>;
    'markt-contact-cancel': CustomEvent<undefined>;
  }
}
