import { defineOnce } from '../../shared/define.js';
import { EventForm, type EventSaveDetail, type FieldIssue } from './event-form.component.js';

export { EventForm };
export type { EventSaveDetail, FieldIssue };
defineOnce('markt-event-form', EventForm);

declare global {
  interface HTMLElementTagNameMap {
    'markt-event-form': EventForm;
  }
  interface GlobalEventHandlersEventMap {
    'markt-event-save': CustomEvent<EventSaveDetail>;
  }
}
