import { newIdempotencyKey, type KeyValueStorage } from './device-id.js';

/** What a send attempt came to: delivered, try again later, or refused for good (dropped with an event). */
export type SendOutcome = 'ok' | 'retry' | 'reject';

/** A refusal for good that says why: the server's error code (e.g. `EVENT_CLOSED`), passed on with the `rejected` event. */
export interface Refusal {
  outcome: 'reject';
  code: string;
}

/** One queued item as it is stored: the item, its idempotency key and how often it was tried. */
export interface OutboxEntry<T> {
  key: string;
  item: T;
  attempts: number;
  queuedAt: string;
}

/** Options of an {@link Outbox}. */
export interface OutboxOptions<T> {
  /** Distinguishes outboxes in storage (`markt.outbox.<name>`) and in cross-tab locks. */
  name: string;
  /** Sends one item with its idempotency key; a thrown error counts as `'retry'`. A {@link Refusal} is a `'reject'` with the server's code. */
  send: (item: T, key: string) => Promise<SendOutcome | Refusal>;
  /** Where pending items live across reloads; default `localStorage`. */
  storage?: KeyValueStorage;
  /** Milliseconds to wait before attempt `n + 1` after `n` failures; default 1 s doubling up to 60 s, with jitter. */
  retryDelay?: (attempts: number) => number;
  /** Send what is pending now and whenever the browser comes back online; default true. */
  autoStart?: boolean;
  /**
   * How long an entry may wait, in milliseconds from its `queuedAt` (a number, or a function of the entry);
   * default: no limit. An entry past it is removed from storage without being sent, with an `expired` event:
   * on a shared device, a visitor's data must not wait for a network that never comes back.
   */
  maxAgeMs?: number | ((entry: OutboxEntry<T>) => number);
}

/** Detail of the outbox's events. */
export interface OutboxEventDetail<T> {
  key: string;
  item: T;
}

/** Detail of the `rejected` event: the item, and the server's error code when `send` answered a {@link Refusal}. */
export interface OutboxRejectedDetail<T> extends OutboxEventDetail<T> {
  code?: string;
}

/** The events an {@link Outbox} dispatches. */
export interface OutboxEventMap<T> {
  /** The server acknowledged the item; it left the outbox. */
  delivered: CustomEvent<OutboxEventDetail<T>>;
  /** The server refused the item for good (e.g. 409, 410, 422); it was dropped, never sent again. */
  rejected: CustomEvent<OutboxRejectedDetail<T>>;
  /** The item waited longer than `maxAgeMs` and was removed without being sent. */
  expired: CustomEvent<OutboxEventDetail<T>>;
  /** The number of pending items changed. */
  change: CustomEvent<{ pending: number }>;
}

const defaultDelay = (attempts: number): number =>
  Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1)) * (0.75 + Math.random() * 0.5);

/**
 * A persistent queue of items for the server (visits, contact requests) that survives reloads and network
 * drops. Each item gets an idempotency key when queued and keeps it on every retry, so the server can
 * recognise a repeat: delivery is at least once from here, exactly once in effect.
 * One key is never in flight twice at the same time — not in this outbox, and (through the Web Locks API)
 * not in another tab or a second outbox over the same storage.
 * @example
 * const visits = new Outbox<{ token: string; deviceId: string }>({
 *   name: 'visits',
 *   send: (v, key) => api.deliver(`/api/stand/${v.token}/visits`, { deviceId: v.deviceId, idempotencyKey: key }),
 * });
 * await visits.enqueue({ token, deviceId: deviceId(eventId) });
 */
export class Outbox<T> extends EventTarget {
  readonly name: string;
  readonly #send: OutboxOptions<T>['send'];
  readonly #storage: KeyValueStorage;
  readonly #retryDelay: (attempts: number) => number;
  readonly #maxAgeMs: OutboxOptions<T>['maxAgeMs'];
  readonly #inFlight = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Set when storage refuses writes: the queue then lives in memory for this page's life. */
  #memory: OutboxEntry<T>[] | undefined;
  #flushing: Promise<void> | undefined;
  #again = false;
  #stopped = false;
  readonly #onOnline = (): void => void this.flush();

  constructor({ name, send, storage = localStorage, retryDelay = defaultDelay, autoStart = true, maxAgeMs }: OutboxOptions<T>) {
    super();
    this.name = name;
    this.#send = send;
    this.#storage = storage;
    this.#retryDelay = retryDelay;
    this.#maxAgeMs = maxAgeMs;
    if (autoStart) this.start();
  }

  get #storageKey(): string {
    return `markt.outbox.${this.name}`;
  }

  /** Items waiting for the server's acknowledgement (including any in flight). */
  get pending(): number {
    return this.entries().length;
  }

  /** A copy of the stored entries that are not past their maximum age, oldest first. */
  entries(): OutboxEntry<T>[] {
    const now = Date.now();
    return this.#stored().filter((entry) => !this.#isExpired(entry, now));
  }

  /** Every stored entry, expired or not. */
  #stored(): OutboxEntry<T>[] {
    if (this.#memory) return [...this.#memory];
    try {
      const raw = this.#storage.getItem(this.#storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as OutboxEntry<T>[]) : [];
    } catch {
      return [];
    }
  }

  #write(entries: OutboxEntry<T>[]): void {
    if (this.#memory) this.#memory = entries;
    else {
      try {
        this.#storage.setItem(this.#storageKey, JSON.stringify(entries));
      } catch {
        // Storage full or refused (private mode): keep going in memory rather than lose the item.
        this.#memory = entries;
      }
    }
    this.dispatchEvent(new CustomEvent('change', { detail: { pending: entries.length } }));
  }

  // Read-modify-write on every change, so two outboxes over one storage (two tabs) never drop each other's items.
  #update(change: (entries: OutboxEntry<T>[]) => OutboxEntry<T>[]): void {
    this.#write(change(this.#stored()));
  }

  #isExpired(entry: OutboxEntry<T>, now: number): boolean {
    const maxAge = typeof this.#maxAgeMs === 'function' ? this.#maxAgeMs(entry) : this.#maxAgeMs;
    if (maxAge === undefined) return false;
    const queuedAt = Date.parse(entry.queuedAt);
    // An entry without a readable time cannot show that it is still within its age: it goes too.
    return !Number.isFinite(queuedAt) || now - queuedAt >= maxAge;
  }

  /** Removes the entries past their maximum age from storage (never sent) and says so with `expired` events. */
  #dropExpired(): void {
    if (this.#maxAgeMs === undefined) return;
    const now = Date.now();
    const expired = this.#stored().filter((entry) => !this.#inFlight.has(entry.key) && this.#isExpired(entry, now));
    if (expired.length === 0) return;
    const gone = new Set(expired.map((entry) => entry.key));
    this.#update((entries) => entries.filter((e) => !gone.has(e.key)));
    for (const { key, item } of expired) this.dispatchEvent(new CustomEvent('expired', { detail: { key, item } }));
  }

  /**
   * Stores the item with a new idempotency key, then tries to send it.
   * @param item what to send
   * @returns the item's idempotency key
   */
  async enqueue(item: T): Promise<string> {
    const key = newIdempotencyKey();
    this.#update((entries) => [...entries, { key, item, attempts: 0, queuedAt: new Date().toISOString() }]);
    void this.flush();
    return key;
  }

  /** Sends everything pending now (and again on `online`); called at construction unless `autoStart` is false. */
  start(): void {
    this.#stopped = false;
    globalThis.addEventListener?.('online', this.#onOnline);
    void this.flush();
  }

  /** Stops listening and retrying; pending items stay stored for the next start. */
  stop(): void {
    this.#stopped = true;
    globalThis.removeEventListener?.('online', this.#onOnline);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Tries every pending item once, one at a time in queue order. Concurrent calls share one pass
   * (and ask for one more pass afterwards), so nothing is sent twice at once.
   * @returns a promise that settles when the pass is over
   */
  flush(): Promise<void> {
    if (this.#flushing) {
      this.#again = true;
      return this.#flushing;
    }
    this.#flushing = (async () => {
      try {
        do {
          this.#again = false;
          await this.#withLock(() => this.#pass());
        } while (this.#again && !this.#stopped);
      } finally {
        this.#flushing = undefined;
      }
    })();
    return this.#flushing;
  }

  async #withLock(run: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return run();
    // Another tab (or outbox) over the same storage is sending: it will deliver these items.
    await locks.request(`markt-outbox-${this.name}`, { ifAvailable: true }, async (lock) => {
      if (lock) await run();
      else this.#schedule(1);
    });
  }

  async #pass(): Promise<void> {
    this.#dropExpired();
    let failed: number | undefined;
    for (const entry of this.entries()) {
      if (this.#stopped) return;
      if (this.#inFlight.has(entry.key)) continue;
      this.#inFlight.add(entry.key);
      let outcome: SendOutcome;
      let code: string | undefined;
      try {
        const answer = await this.#send(entry.item, entry.key);
        outcome = typeof answer === 'string' ? answer : answer.outcome;
        if (typeof answer !== 'string') code = answer.code;
      } catch {
        outcome = 'retry';
      } finally {
        this.#inFlight.delete(entry.key);
      }
      if (outcome === 'retry') {
        const attempts = entry.attempts + 1;
        this.#update((entries) => entries.map((e) => (e.key === entry.key ? { ...e, attempts } : e)));
        failed = Math.max(failed ?? 0, attempts);
        // Keep the order of a queue: when the first item cannot go, the network is most likely down.
        break;
      }
      this.#update((entries) => entries.filter((e) => e.key !== entry.key));
      const detail = { key: entry.key, item: entry.item };
      if (outcome === 'ok') this.dispatchEvent(new CustomEvent('delivered', { detail }));
      else this.dispatchEvent(new CustomEvent('rejected', { detail: code === undefined ? detail : { ...detail, code } }));
    }
    if (failed !== undefined) this.#schedule(failed);
  }

  #schedule(attempts: number): void {
    if (this.#stopped || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.#retryDelay(attempts));
  }

  override addEventListener<K extends keyof OutboxEventMap<T>>(
    type: K,
    listener: ((event: OutboxEventMap<T>[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof OutboxEventMap<T>>(
    type: K,
    listener: ((event: OutboxEventMap<T>[K]) => void) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }
}
