import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of the idle controller; times in seconds. */
export interface IdleOptions {
  /** Called when the visitor has not touched anything for `promptSeconds`. */
  onPrompt: () => void;
  /** Called after `resetSeconds` without a touch. */
  onReset: () => void;
}

/** Events that count as "someone is here". */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Watches for touches and keys on the host: prompts after `promptSeconds`, resets after `resetSeconds`.
 * Timers only run while `armed` (not on the attract screen).
 */
export class IdleController implements ReactiveController {
  promptSeconds = 45;
  resetSeconds = 60;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: IdleOptions;
  #prompt: ReturnType<typeof setTimeout> | undefined;
  #reset: ReturnType<typeof setTimeout> | undefined;
  #armed = false;
  #since = Date.now();
  readonly #onActivity = (): void => {
    if (this.#armed) this.restart();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: IdleOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) this.#host.addEventListener(type, this.#onActivity, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) this.#host.removeEventListener(type, this.#onActivity, { capture: true });
    this.#clear();
  }

  /** Starts (or stops) counting. */
  set armed(on: boolean) {
    if (on === this.#armed) return;
    this.#armed = on;
    if (on) this.restart();
    else this.#clear();
  }

  get armed(): boolean {
    return this.#armed;
  }

  /** Counts again from zero: the visitor is here. */
  restart(): void {
    this.#clear();
    this.#since = Date.now();
    if (!this.#armed) return;
    this.#prompt = setTimeout(() => this.#options.onPrompt(), this.promptSeconds * 1000);
    this.#reset = setTimeout(() => this.#options.onReset(), this.resetSeconds * 1000);
  }

  /** Whole seconds left until the reset (for the prompt's countdown). */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil(this.resetSeconds - (Date.now() - this.#since) / 1000));
  }

  #clear(): void {
    clearTimeout(this.#prompt);
    clearTimeout(this.#reset);
    this.#prompt = undefined;
    this.#reset = undefined;
  }
}
