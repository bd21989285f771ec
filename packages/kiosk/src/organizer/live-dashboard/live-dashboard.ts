import { defineOnce } from '../../shared/define.js';
import { LiveDashboard, type LiveActivity, type LiveState, type SmallCount, type SocketConnector, type VisitorsNow } from './live-dashboard.component.js';

export { LiveDashboard };
export type { LiveActivity, LiveState, SmallCount, SocketConnector, VisitorsNow };
defineOnce('markt-live-dashboard', LiveDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'markt-live-dashboard': LiveDashboard;
  }
}
