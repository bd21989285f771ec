import { defineOnce } from '../../shared/define.js';
import { CsvImport, type ImportApi, type ImportDoneDetail, type ImportKind } from './csv-import.component.js';

export { CsvImport };
export type { ImportApi, ImportDoneDetail, ImportKind };
defineOnce('markt-csv-import', CsvImport);

declare global {
  interface HTMLElementTagNameMap {
    'markt-csv-import': CsvImport;
  }
  interface GlobalEventHandlersEventMap {
    'markt-import-done': CustomEvent<ImportDoneDetail>;
  }
}
