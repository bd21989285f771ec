import { defineOnce } from '../../shared/define.js';
import { LiveDashboard, type LiveFeedMessage, type LiveState, type SocketConnector, type VisitorsNow } from './live-dashboard.component.js';

export { LiveDashboard };
export type { LiveFeedMessage, LiveState, SocketConnector, VisitorsNow };
defineOnce('markt-live-dashboard', LiveDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'markt-live-dashboard': LiveDashboard;
  }
}
