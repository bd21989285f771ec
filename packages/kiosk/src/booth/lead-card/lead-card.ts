import { defineOnce } from '../../shared/define.js';
import { LeadCard, type LeadChangeDetail, type LeadDeleteDetail } from './lead-card.component.js';

export { LeadCard };
export type { LeadChangeDetail, LeadDeleteDetail };
defineOnce('markt-lead-card', LeadCard);

declare global {
  interface HTMLElementTagNameMap {
    'markt-lead-card': LeadCard;
  }
  interface GlobalEventHandlersEventMap {
    'markt-lead-change': CustomEvent<LeadChangeDetail>;
    'markt-lead-delete': CustomEvent<LeadDeleteDetail>;
  }
}
