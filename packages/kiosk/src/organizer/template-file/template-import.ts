import { defineOnce } from '../../shared/define.js';
import { TemplateImport, templateUrl, type TemplateImportedDetail } from './template-import.component.js';

export { TemplateImport, templateUrl };
export type { TemplateImportedDetail };
defineOnce('markt-template-import', TemplateImport);

declare global {
  interface HTMLElementTagNameMap {
    'markt-template-import': TemplateImport;
  }
  interface GlobalEventHandlersEventMap {
    'markt-template-imported': CustomEvent<TemplateImportedDetail>;
  }
}
