import { defineOnce } from '../../shared/define.js';
import { MarktReport, type ReportExportDetail } from './report.component.js';

export { MarktReport };
export type { ReportExportDetail };
defineOnce('markt-report', MarktReport);

declare global {
  interface HTMLElementTagNameMap {
    'markt-report': MarktReport;
  }
  interface GlobalEventHandlersEventMap {
    'markt-report-export': CustomEvent<ReportExportDetail>;
  }
}
