import { defineOnce } from '../../shared/define.js';
import { BoothApp, pairCodeFromHash } from './booth-app.component.js';

export { BoothApp, pairCodeFromHash };
defineOnce('markt-booth-app', BoothApp);

declare global {
  interface HTMLElementTagNameMap {
    'markt-booth-app': BoothApp;
  }
}
