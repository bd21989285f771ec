import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyboardStyles } from './keyboard.styles.js';

/** Detail of `markt-keyboard-input`: the text after the key press. */
export interface KeyboardInputDetail {
  value: string;
}

/** Which keys to show: letters for search and names, `email` adds @ and dot, `tel` shows digits and + only. */
export type KeyboardLayout = 'text' | 'email' | 'tel';

const LETTERS = ['1234567890', 'qwertzuiopü', 'asdfghjklöä', 'yxcvbnmß-'];
const LAYOUTS: Readonly<Record<KeyboardLayout, readonly string[]>> = {
  text: LETTERS,
  email: [...LETTERS, '@._+'],
  tel: ['123', '456', '789', '+0 '],
};

/**
 * @summary A German on-screen keyboard (QWERTZ with ä ö ü ß) for a touch kiosk without a physical keyboard.
 *
 * @event {CustomEvent<KeyboardInputDetail>} markt-keyboard-input - The text changed; `detail.value` is the new text.
 * @event {CustomEvent<KeyboardInputDetail>} markt-keyboard-done - The visitor pressed "Done".
 *
 * @csspart key - Every key.
 * @cssproperty --markt-key-size - Smallest width and height of a key (default 4rem, at least 44 px).
 * @cssproperty --markt-key-background - Key background.
 * @cssproperty --markt-key-color - Key text colour.
 * @cssproperty --markt-key-border - Key border colour.
 */
export class MarktKeyboard extends LitElement {
  static override styles = keyboardStyles;

  /** The text being edited. */
  @property() value = '';
  @property() layout: KeyboardLayout = 'text';
  /** Accessible name of the keyboard group. */
  @property() label = 'On-screen keyboard';
  @property({ attribute: 'space-label' }) spaceLabel = 'Space';
  @property({ attribute: 'backspace-label' }) backspaceLabel = 'Delete';
  @property({ attribute: 'shift-label' }) shiftLabel = 'Capital letters';
  @property({ attribute: 'done-label' }) doneLabel = 'Done';
  @state() private shift = false;

  #emit(type: 'markt-keyboard-input' | 'markt-keyboard-done', value: string): void {
    this.dispatchEvent(new CustomEvent<KeyboardInputDetail>(type, { detail: { value }, bubbles: true, composed: true }));
  }

  #type(char: string): void {
    // ß has no capital in everyday German writing; keep it as it is.
    const typed = this.shift && char !== 'ß' ? char.toUpperCase() : char;
    this.value = `${this.value}${typed}`;
    this.shift = false;
    this.#emit('markt-keyboard-input', this.value);
  }

  #backspace(): void {
    this.value = [...this.value].slice(0, -1).join('');
    this.#emit('markt-keyboard-input', this.value);
  }

  override render() {
    const rows = LAYOUTS[this.layout];
    return html`<div class="rows" role="group" aria-label=${this.label}>
      ${rows.map(
        (row) => html`<div class="row">
          ${[...row].map((char) => {
            const shown = this.shift && char !== 'ß' ? char.toUpperCase() : char;
            return html`<button type="button" part="key" aria-label=${char === ' ' ? this.spaceLabel : shown} @click=${() => this.#type(char)}>
              ${char === ' ' ? '␣' : shown}
            </button>`;
          })}
        </div>`,
      )}
      <div class="row">
        ${this.layout === 'tel'
          ? ''
          : html`<button type="button" part="key" class="wide" aria-pressed=${this.shift ? 'true' : 'false'} @click=${() => (this.shift = !this.shift)}>
                ⇧ ${this.shiftLabel}
              </button>
              <button type="button" part="key" class="wide" @click=${() => this.#type(' ')}>${this.spaceLabel}</button>`}
        <button type="button" part="key" class="wide" @click=${() => this.#backspace()}>⌫ ${this.backspaceLabel}</button>
        <button type="button" part="key" class="wide" @click=${() => this.#emit('markt-keyboard-done', this.value)}>${this.doneLabel}</button>
      </div>
    </div>`;
  }
}
