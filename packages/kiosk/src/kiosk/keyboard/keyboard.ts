import { defineOnce } from '../../shared/define.js';
import { MarktKeyboard, type KeyboardInputDetail } from './keyboard.component.js';

export { MarktKeyboard };
export type { KeyboardInputDetail, KeyboardLayout, KeyboardScript } from './keyboard.component.js';

defineOnce('markt-keyboard', MarktKeyboard);

declare global {
  interface HTMLElementTagNameMap {
    'markt-keyboard': MarktKeyboard;
  }
  interface GlobalEventHandlersEventMap {
    'markt-keyboard-input': CustomEvent<KeyboardInputDetail>;
    'markt-keyboard-done': CustomEvent<KeyboardInputDetail>;
  }
}
