import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyboardStyles } from './keyboard.styles.js';
import { keyRows, type KeyboardLayout, type KeyboardScript } from './layouts.js';

export type { KeyboardLayout, KeyboardScript } from './layouts.js';

/** Detail of `markt-keyboard-input`: the text after the key press. */
export interface KeyboardInputDetail {
  value: string;
}

/** The language of an element: its own or nearest ancestor's `lang`, across shadow roots ('' when none is set). */
function inheritedLang(element: Element): string {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
  }
  return '';
}

/** A letter as shift makes it, in the rules of the language (Turkish i → İ); unchanged when it has no single capital (ß). */
function capital(char: string, lang: string): string {
  const upper = char.toLocaleUpperCase(lang);
  return [...upper].length === 1 ? upper : char;
}

/**
 * @summary An on-screen keyboard in the visitor's language, for a touch kiosk without a physical keyboard: German
 * QWERTZ (ä ö ü ß; also Leichte Sprache), English QWERTY, Turkish Q (ğ ü ş ı ö ç, İ with shift), standard Arabic
 * (right to left), Russian and Ukrainian ЙЦУКЕН (і ї є ґ). Arabic, Russian and Ukrainian have a key that switches
 * to Latin letters ("ABC") and back; e-mail addresses always get Latin letters.
 *
 * The language is `locale` or else the element's language (`lang` on it or an ancestor, also outside a shadow root).
 * Its keys are at least 44 px and shrink with the viewport's height (7vh, at most 4rem), so six rows fit into
 * 1280 × 800 px; when it appears it scrolls the page just enough to be seen whole (a sticky bar can keep its room
 * with `scroll-margin-block-end` on the element).
 *
 * @event {CustomEvent<KeyboardInputDetail>} markt-keyboard-input - The text changed; `detail.value` is the new text.
 * @event {CustomEvent<KeyboardInputDetail>} markt-keyboard-done - The visitor pressed "Done".
 *
 * @csspart key - Every key.
 * @cssproperty --markt-key-size - Width and height of a letter key (default `clamp(44px, 7vh, 4rem)`; keep it ≥ 44 px).
 * @cssproperty --markt-key-background - Key background.
 * @cssproperty --markt-key-color - Key text colour.
 * @cssproperty --markt-key-border - Key border colour.
 */
export class MarktKeyboard extends LitElement {
  static override styles = keyboardStyles;

  /** The text being edited. */
  @property() value = '';
  @property() layout: KeyboardLayout = 'text';
  /** The visitor's language (`de`, `de-x-ls`, `en`, `tr`, `ar`, `ru`, `uk`); unset: the element's `lang`. */
  @property() locale: string | undefined;
  /** Accessible name of the keyboard group. */
  @property() label = 'On-screen keyboard';
  @property({ attribute: 'space-label' }) spaceLabel = 'Space';
  @property({ attribute: 'backspace-label' }) backspaceLabel = 'Delete';
  @property({ attribute: 'shift-label' }) shiftLabel = 'Capital letters';
  @property({ attribute: 'done-label' }) doneLabel = 'Done';
  @state() private shift = false;
  /** The script shown; back to the language's own when the language changes. */
  @state() private script: KeyboardScript = 'native';
  #lang = '';

  protected override willUpdate(): void {
    // Read at every update: the kiosk re-renders the keyboard (its labels) when the visitor changes language.
    const lang = this.locale ?? inheritedLang(this);
    if (lang !== this.#lang) {
      if (this.#lang !== '') this.script = 'native';
      this.#lang = lang;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into another part of the page: its language may be another one.
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The keyboard opens below the field being typed in (the first update has `layout` too), or gets another set of
    // rows: show all of it, moving the page as little as possible.
    if (changed.has('layout')) this.scrollIntoView({ block: 'nearest' });
  }

  #emit(type: 'markt-keyboard-input' | 'markt-keyboard-done', value: string): void {
    this.dispatchEvent(new CustomEvent<KeyboardInputDetail>(type, { detail: { value }, bubbles: true, composed: true }));
  }

  #shown(char: string): string {
    return this.shift ? capital(char, this.#lang || 'de') : char;
  }

  #type(char: string): void {
    // NFKC turns the one-key lam-alef ligature ﻻ into the two letters لا, and leaves every other key as it is.
    this.value = `${this.value}${this.#shown(char).normalize('NFKC')}`;
    this.shift = false;
    this.#emit('markt-keyboard-input', this.value);
  }

  #backspace(): void {
    this.value = [...this.value].slice(0, -1).join('');
    this.#emit('markt-keyboard-input', this.value);
  }

  override render() {
    const keys = keyRows(this.#lang, this.layout, this.script);
    return html`<div class="rows" role="group" aria-label=${this.label} dir=${keys.dir} lang=${this.#lang || nothing}>
      ${keys.rows.map(
        (row) => html`<div class="row keys">
          ${[...row].map((char) => {
            const shown = this.#shown(char);
            return html`<button type="button" part="key" aria-label=${char === ' ' ? this.spaceLabel : shown} @click=${() => this.#type(char)}>
              ${char === ' ' ? '␣' : shown}
            </button>`;
          })}
        </div>`,
      )}
      <div class="row">
        ${keys.cased
          ? html`<button type="button" part="key" class="wide" aria-pressed=${this.shift ? 'true' : 'false'} @click=${() => (this.shift = !this.shift)}>
              ⇧ ${this.shiftLabel}
            </button>`
          : nothing}
        ${keys.toggle
          ? html`<button
              type="button"
              part="key"
              class="wide script"
              aria-label="${keys.toggle.text}: ${keys.toggle.name}"
              @click=${() => {
                this.script = keys.script === 'native' ? 'latin' : 'native';
                this.shift = false;
              }}
            >
              ${keys.toggle.text}
            </button>`
          : nothing}
        ${this.layout === 'tel' ? nothing : html`<button type="button" part="key" class="wide" @click=${() => this.#type(' ')}>${this.spaceLabel}</button>`}
        <button type="button" part="key" class="wide" @click=${() => this.#backspace()}>⌫ ${this.backspaceLabel}</button>
        <button type="button" part="key" class="wide" @click=${() => this.#emit('markt-keyboard-done', this.value)}>${this.doneLabel}</button>
      </div>
    </div>`;
  }
}
