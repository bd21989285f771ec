import { defineOnce } from '../../shared/define.js';
import { LeadCard, type LeadChangeDetail, type LeadDeleteDetail, type LeadSeenDetail } from './lead-card.component.js';

export { LeadCard };
export type { LeadChangeDetail, LeadDeleteDetail, LeadSeenDetail };
defineOnce('markt-lead-card', LeadCard);

declare global {
  interface HTMLElementTagNameMap {
    'markt-lead-card': LeadCard;
  }
  interface GlobalEventHandlersEventMap {
    'markt-lead-change': CustomEvent<LeadChangeDetail>;
    'markt-lead-delete': CustomEvent<LeadDeleteDetail>;
    'markt-lead-seen': CustomEvent<LeadSeenDetail>;
  }
}
