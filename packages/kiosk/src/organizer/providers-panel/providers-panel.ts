import { defineOnce } from '../../shared/define.js';
import '../csv-import/csv-import.js';
import '../translation-coverage/translation-coverage.js';
import { ProvidersPanel, idFrom, type CatalogChangeDetail, type ProvidersApi } from './providers-panel.component.js';

export { ProvidersPanel, idFrom };
export type { CatalogChangeDetail, ProvidersApi };
defineOnce('markt-providers-panel', ProvidersPanel);

declare global {
  interface HTMLElementTagNameMap {
    'markt-providers-panel': ProvidersPanel;
  }
  interface GlobalEventHandlersEventMap {
    'markt-catalog-change': CustomEvent<CatalogChangeDetail>;
  }
}
