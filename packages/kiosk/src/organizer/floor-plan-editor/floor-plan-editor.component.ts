import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { newStandSize, type FloorPlan, type Point, type Provider, type Stand } from '@markt/sdk';
import type { OrgApi } from '../api/org-api.js';
import { errorText } from '../shared/error-text.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { floorPlanEditorStyles } from './floor-plan-editor.styles.js';

/** Detail of `markt-stand-move`: the stand's new centre on the plan. */
export interface StandMoveDetail {
  standId: string;
  position: Point;
  /** The stand with its new position, ready for `PUT stands/:id`. */
  stand: Stand;
}

/** What the editor needs of the API to upload the image (an {@link OrgApi} or a stand-in). */
export type FloorPlanImageApi = Pick<OrgApi, 'request'>;

/** The answer of `PUT /api/org/events/:id/floor-plan-image` (packages/server/src/routes/floor-plan.ts). */
export interface FloorPlanImageUpload {
  imageUrl: string;
  type: string;
  size: number;
  etag: string;
}

/** Detail of `markt-floor-plan-change`. */
export interface FloorPlanChangeDetail {
  floorPlan: FloorPlan;
  /** The event whose plan this is (the editor's `event-id` when the change began; '' when none is set). */
  eventId: string;
}

/** The size a new stand gets (the SDK's rule, shared with the server's CSV import). */
export { newStandSize };

/**
 * How far one arrow key moves a stand: 1 % of the plan's width in whole grid units, at least one grid unit
 * (Shift moves five such steps, 5 %).
 * @param width the plan's width
 * @param grid the grid unit
 * @returns the step in plan units
 * @example keyStep(800, 1) // 8
 */
export function keyStep(width: number, grid = 1): number {
  return Math.max(grid, Math.round(width / 100 / grid) * grid);
}
/** The schema's limit for `floorPlan.imageUrl`. */
const MAX_IMAGE_URL = 500;

/**
 * The stands in reading order: rows from the top of the hall to the bottom, each row from left to right. A stand
 * belongs to the row above when its centre is less than half its height below that row's first centre.
 * @param stands the stands with their current centres and heights
 * @returns their ids in reading order
 * @example readingOrder([{ id: 'b', x: 9, y: 5, h: 2 }, { id: 'a', x: 1, y: 5.5, h: 2 }]) // ['a', 'b']
 */
export function readingOrder(stands: readonly { id: string; x: number; y: number; h: number }[]): string[] {
  const byY = [...stands].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: (typeof byY)[] = [];
  for (const stand of byY) {
    const row = rows.at(-1);
    if (row && stand.y - row[0]!.y < stand.h / 2) row.push(stand);
    else rows.push([stand]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x).map((stand) => stand.id));
}

const KEY_STEPS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * @summary The floor plan editor: the hall as a grid (or an uploaded image), stands as rectangles that move
 * by pointer drag or by the arrow keys (1 % of the plan's width in whole grid units, at least one; Shift: five such
 * steps). The plan is one tab stop (roving tabindex): the arrow keys go from stand to stand in reading order
 * (Home, End: first, last), each named with its number and provider; Enter or Space picks the stand up, then the arrow
 * keys move it until Enter, Space or Escape puts it down (a click on a stand picks it up too). A stand's `position`
 * is its centre.
 * @event markt-stand-move - {StandMoveDetail} a stand was dropped at a new place
 * @event markt-floor-plan-change - {FloorPlanChangeDetail} the hall size or background image changed
 * @csspart plan - the SVG plan
 * @cssproperty --markt-stand-fill - fill of a stand
 * @cssproperty --markt-stand-stroke - outline of a stand
 * @cssproperty --markt-grid-color - grid lines
 * @cssproperty --markt-focus - outline of the focused stand
 */
export class FloorPlanEditor extends OrganizerElement {
  static override styles = floorPlanEditorStyles;

  /** The hall; 40 × 25 units when none is set. */
  @property({ attribute: false }) floorPlan: FloorPlan = { width: 40, height: 25 };
  /** The stands to place. */
  @property({ attribute: false }) stands: readonly Stand[] = [];
  /** Providers, for the stands' names. */
  @property({ attribute: false }) providers: readonly Provider[] = [];
  /** The API: when set (with `event-id`), a chosen image is uploaded and served by the server. */
  @property({ attribute: false }) api: FloorPlanImageApi | undefined;
  /** The event whose floor plan this is (for the upload). */
  @property({ attribute: 'event-id' }) eventId = '';
  /** One grid unit in plan units: drops snap to it, arrow keys move by it. */
  @property({ type: Number }) grid = 1;

  @state() private positions = new Map<string, Point>();
  @state() private draggingId: string | undefined;
  /** The stand that has the plan's one tab stop (roving tabindex); the first in reading order when unset. */
  @state() private activeId: string | undefined;
  /** The stand picked up for moving by keys. */
  @state() private movingId: string | undefined;
  @state() private announcement = '';
  @state() private imageError = '';
  @state() private previewUrl: string | undefined;
  @state() private servedUrl: string | undefined;

  #drag: { id: string; offset: Point; start: Point; pointerId: number } | undefined;
  #pendingImageUrl: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An image address changed elsewhere (removed, typed): the uploaded one is no longer what the plan shows.
    if (changed.has('floorPlan') && this.servedUrl && !this.servedUrl.startsWith(`${this.floorPlan.imageUrl ?? ''}?`)) this.servedUrl = undefined;
    if (changed.has('stands')) {
      const positions = new Map(this.stands.map((s, i) => [s.id, s.position ?? this.#parking(s, i)]));
      // Another stand's save may answer during a drag: the stand in the hand stays where the pointer has it.
      const dragged = this.#drag && this.positions.get(this.#drag.id);
      if (this.#drag && dragged && positions.has(this.#drag.id)) positions.set(this.#drag.id, dragged);
      this.positions = positions;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
  }

  /** The current centre of a stand (after drags and key moves). */
  positionOf(standId: string): Point | undefined {
    return this.positions.get(standId);
  }

  /** Where a stand without a position waits: in a row along the top wall. */
  #parking(stand: Stand, index: number): Point {
    const size = stand.size ?? this.#defaultSize;
    const perRow = Math.max(1, Math.floor(this.floorPlan.width / (size.w + 1)));
    return { x: (index % perRow) * (size.w + 1) + size.w / 2 + 0.5, y: Math.floor(index / perRow) * (size.h + 1) + size.h / 2 + 0.5 };
  }

  #clamp(p: Point): Point {
    const snap = (value: number) => Math.round(value / this.grid) * this.grid;
    const within = (value: number, max: number) => Math.min(max, Math.max(0, value));
    return { x: within(snap(p.x), this.floorPlan.width), y: within(snap(p.y), this.floorPlan.height) };
  }

  #toPlan(event: PointerEvent): Point {
    const plan = this.renderRoot.querySelector<SVGSVGElement>('svg.plan')!;
    const matrix = plan.getScreenCTM();
    if (!matrix) return { x: 0, y: 0 };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  #nameOf(stand: Stand): string {
    return stand.label ?? this.providers.find((p) => p.id === stand.providerId)?.name ?? '';
  }

  #commit(stand: Stand, position: Point): void {
    const before = this.positions.get(stand.id);
    this.positions = new Map(this.positions).set(stand.id, position);
    this.announcement = this.t('floor.moved', { number: stand.number, x: position.x, y: position.y });
    if (before && before.x === position.x && before.y === position.y) return;
    this.emit<StandMoveDetail>('markt-stand-move', { standId: stand.id, position, stand: { ...stand, position } });
  }

  #pointerDown(stand: Stand, event: PointerEvent): void {
    if (event.button !== 0) return;
    const current = this.positions.get(stand.id)!;
    const at = this.#toPlan(event);
    this.#drag = { id: stand.id, offset: { x: at.x - current.x, y: at.y - current.y }, start: current, pointerId: event.pointerId };
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    (event.currentTarget as SVGGElement).focus();
    this.activeId = stand.id;
    // A click picks the stand up: the arrow keys then move it (as before the roving focus).
    this.movingId = stand.id;
    this.draggingId = stand.id;
    event.preventDefault();
  }

  #pointerMove(event: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const at = this.#toPlan(event);
    this.positions = new Map(this.positions).set(drag.id, this.#clamp({ x: at.x - drag.offset.x, y: at.y - drag.offset.y }));
  }

  #pointerUp(stand: Stand, event: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.#drag = undefined;
    this.draggingId = undefined;
    const position = this.positions.get(stand.id)!;
    // #commit compares with the map, which the drag already changed: compare with where the drag began.
    this.positions = new Map(this.positions).set(stand.id, drag.start);
    this.#commit(stand, position);
  }

  /** The stands' ids in reading order, at their current places. */
  #order(): string[] {
    return readingOrder(
      this.stands.map((s) => {
        const p = this.positions.get(s.id) ?? { x: 0, y: 0 };
        return { id: s.id, x: p.x, y: p.y, h: (s.size ?? this.#defaultSize).h };
      }),
    );
  }

  #focusStand(id: string): void {
    this.activeId = id;
    this.movingId = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`[data-stand="${CSS.escape(id)}"]`)?.focus());
  }

  #keyDown(stand: Stand, event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ' || (event.key === 'Escape' && this.movingId === stand.id)) {
      event.preventDefault();
      const pickUp = this.movingId !== stand.id && event.key !== 'Escape';
      this.movingId = pickUp ? stand.id : undefined;
      const p = this.positions.get(stand.id)!;
      this.announcement = this.t(pickUp ? 'floor.pickedUp' : 'floor.putDown', { number: stand.number, x: p.x, y: p.y });
      return;
    }
    if (this.movingId !== stand.id) {
      const order = this.#order();
      const at = order.indexOf(stand.id);
      const next =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? order[Math.min(order.length - 1, at + 1)]
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? order[Math.max(0, at - 1)]
            : event.key === 'Home'
              ? order[0]
              : event.key === 'End'
                ? order.at(-1)
                : undefined;
      if (next === undefined) return;
      event.preventDefault();
      this.#focusStand(next);
      return;
    }
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const distance = keyStep(this.floorPlan.width, this.grid) * (event.shiftKey ? 5 : 1);
    const current = this.positions.get(stand.id)!;
    this.#commit(stand, this.#clamp({ x: current.x + step[0] * distance, y: current.y + step[1] * distance }));
  }

  /** Drawn size of a stand that has none: scaled to the plan like a new stand's. */
  get #defaultSize(): { w: number; h: number } {
    return newStandSize([], this.floorPlan);
  }

  async #imageChosen(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.imageError = '';
    if (!file) return;
    if (this.api && this.eventId) {
      await this.#upload(this.api, file);
      return;
    }
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = URL.createObjectURL(file);
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
      reader.readAsDataURL(file);
    });
    if (dataUrl.length > MAX_IMAGE_URL) {
      // The event schema keeps imageUrl short; a large image needs its own address (see the form below).
      this.imageError = this.t('floor.imageTooLarge', { size: dataUrl.length });
      this.#pendingImageUrl = undefined;
      return;
    }
    this.#pendingImageUrl = dataUrl;
  }

  /** PUTs the file as it is (the server checks and stores it), then shows the served image and saves its address. */
  async #upload(api: FloorPlanImageApi, file: File): Promise<void> {
    // The answer may come after another event was opened: the change belongs to this one.
    const eventId = this.eventId;
    const path = `/api/org/events/${encodeURIComponent(eventId)}/floor-plan-image`;
    try {
      const uploaded = await api.request<FloorPlanImageUpload>('PUT', path, file, file.type || 'application/octet-stream');
      if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
      this.previewUrl = undefined;
      // Same address after each upload: the ETag in the query makes the browser fetch the new image.
      this.servedUrl = `${uploaded.imageUrl}?v=${encodeURIComponent(uploaded.etag)}`;
      this.#pendingImageUrl = undefined;
      this.emit<FloorPlanChangeDetail>('markt-floor-plan-change', { floorPlan: { ...this.floorPlan, imageUrl: uploaded.imageUrl }, eventId });
    } catch (error) {
      this.imageError = errorText(error, (key) => this.t(key));
    }
  }

  #apply(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const width = Number(data.get('width'));
    const height = Number(data.get('height'));
    const typed = String(data.get('imageUrl') ?? '').trim();
    const imageUrl = this.#pendingImageUrl ?? (typed || undefined);
    if (!(width >= 1 && height >= 1)) return;
    // An uploaded image has a path on this server (`/api/events/…`); anything typed must be a web address.
    if (typed && !this.#pendingImageUrl && typed !== this.floorPlan.imageUrl && !/^https?:\/\/\S+$/i.test(typed)) {
      this.imageError = this.t('floor.imageUrlInvalid');
      return;
    }
    this.imageError = '';
    const floorPlan: FloorPlan = { ...this.floorPlan, width, height };
    if (imageUrl) floorPlan.imageUrl = imageUrl;
    else delete floorPlan.imageUrl;
    this.emit<FloorPlanChangeDetail>('markt-floor-plan-change', { floorPlan, eventId: this.eventId });
  }

  #grid() {
    const { width, height } = this.floorPlan;
    const lines = [];
    // At most ~50 lines per axis, so a large hall stays readable; a step is always whole grid units.
    const step = this.grid * Math.max(1, Math.ceil(Math.max(width, height) / 50 / this.grid));
    for (let x = 0; x <= width; x += step) lines.push(svg`<line class="grid" x1=${x} y1="0" x2=${x} y2=${height}></line>`);
    for (let y = 0; y <= height; y += step) lines.push(svg`<line class="grid" x1="0" y1=${y} x2=${width} y2=${y}></line>`);
    return lines;
  }

  #stand(stand: Stand, active: string | undefined) {
    const size = stand.size ?? this.#defaultSize;
    const p = this.positions.get(stand.id)!;
    const name = this.#nameOf(stand);
    const moving = this.movingId === stand.id;
    return svg`<g
      class="stand ${this.draggingId === stand.id ? 'dragging' : ''} ${moving ? 'moving' : ''}"
      data-stand=${stand.id}
      tabindex=${stand.id === active ? '0' : '-1'}
      role="button"
      aria-pressed=${moving ? 'true' : 'false'}
      aria-roledescription=${this.t('floor.standRole')}
      aria-label=${this.t('floor.stand', { number: stand.number, name, x: p.x, y: p.y })}
      transform="translate(${p.x - size.w / 2} ${p.y - size.h / 2})"
      @pointerdown=${(e: PointerEvent) => this.#pointerDown(stand, e)}
      @pointermove=${(e: PointerEvent) => this.#pointerMove(e)}
      @pointerup=${(e: PointerEvent) => this.#pointerUp(stand, e)}
      @pointercancel=${(e: PointerEvent) => this.#pointerUp(stand, e)}
      @keydown=${(e: KeyboardEvent) => this.#keyDown(stand, e)}
      @focus=${() => (this.activeId = stand.id)}
      @blur=${() => {
        if (this.movingId === stand.id) this.movingId = undefined;
      }}
    >
      <rect width=${size.w} height=${size.h} rx="0.2"></rect>
      <text x=${size.w / 2} y=${size.h / 2} font-size=${Math.min(size.w / Math.max(1, stand.number.length) * 1.2, size.h * 0.6)} aria-hidden="true">${stand.number}</text>
    </g>`;
  }

  override render() {
    const { width, height } = this.floorPlan;
    const image = this.previewUrl ?? this.servedUrl ?? this.floorPlan.imageUrl;
    // The plan's one tab stop: the stand last focused, else the first in reading order.
    const active = this.activeId !== undefined && this.stands.some((s) => s.id === this.activeId) ? this.activeId : this.#order()[0];
    return html`<p id="hint">${this.t('floor.hint')}</p>
      <svg
        class="plan"
        part="plan"
        role="group"
        aria-label=${this.t('floor.plan', { count: this.stands.length })}
        aria-describedby="hint"
        viewBox="0 0 ${width} ${height}"
      >
        ${image ? svg`<image href=${image} x="0" y="0" width=${width} height=${height} preserveAspectRatio="none"></image>` : this.#grid()}
        ${this.stands.map((s) => this.#stand(s, active))}
      </svg>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <form class="settings" @submit=${this.#apply}>
        <div>
          <label for="width">${this.t('floor.width')}</label>
          <input id="width" name="width" type="number" min="1" max="10000" .value=${String(width)} />
        </div>
        <div>
          <label for="height">${this.t('floor.height')}</label>
          <input id="height" name="height" type="number" min="1" max="10000" .value=${String(height)} />
        </div>
        <div>
          <label for="image">${this.t('floor.image')}</label>
          <input id="image" type="file" accept="image/png,image/svg+xml" @change=${this.#imageChosen} aria-describedby="image-error" />
        </div>
        <div>
          <label for="imageUrl">${this.t('floor.imageUrl')}</label>
          <input id="imageUrl" name="imageUrl" type="text" inputmode="url" spellcheck="false" maxlength="500" aria-describedby="image-error" .value=${this.floorPlan.imageUrl?.startsWith('data:') ? '' : (this.floorPlan.imageUrl ?? '')} />
        </div>
        <button type="submit">${this.t('floor.apply')}</button>
      </form>
      <p id="image-error" class="error" role="alert">${this.imageError || nothing}</p>`;
  }
}
