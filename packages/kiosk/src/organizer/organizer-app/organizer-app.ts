import { defineOnce } from '../../shared/define.js';
import '../clone-form/clone-form.js';
import '../devices-panel/devices-panel.js';
import '../erasure-form/erasure-form.js';
import '../event-form/event-form.js';
import '../floor-plan-editor/floor-plan-editor.js';
import '../live-dashboard/live-dashboard.js';
import '../login-form/login-form.js';
import '../poster-sheet/poster-sheet.js';
import '../providers-panel/providers-panel.js';
import '../report/report.js';
import '../rota-panel/rota-panel.js';
import '../template-file/template-import.js';
import { OrganizerApp, TABS, type Tab } from './organizer-app.component.js';

export { OrganizerApp, TABS };
export type { Tab };
defineOnce('markt-organizer-app', OrganizerApp);

declare global {
  interface HTMLElementTagNameMap {
    'markt-organizer-app': OrganizerApp;
  }
}
