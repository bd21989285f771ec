import { LitElement, html, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FloorPlan, Point, Stand } from '@markt/sdk';
import { floorMapStyles } from './floor-map.styles.js';

/** Size of a stand drawn without `size`, as a share of the plan's smaller side. */
const DEFAULT_STAND = 0.08;

/**
 * Where the "you are here" dot is drawn: the point itself, moved just inside the plan when it lies on (or past) an
 * edge, so the whole dot and its outline stay in the drawing (a demo entrance lies on the bottom wall).
 * @param here the point (usually the plan's entrance)
 * @param plan the plan's size
 * @param margin how far the drawing reaches around the point (radius plus half the outline, or half the label)
 * @returns the point to draw at
 * @example insidePlan({ x: 400, y: 500 }, { width: 800, height: 500 }, 14) // { x: 400, y: 486 }
 */
export function insidePlan(here: Point, plan: { width: number; height: number }, margin: number): Point {
  const within = (value: number, max: number) => Math.min(Math.max(value, Math.min(margin, max / 2)), Math.max(max - margin, max / 2));
  return { x: within(here.x, plan.width), y: within(here.y, plan.height) };
}

/**
 * @summary The hall's floor plan as SVG: stands as numbered rectangles (a stand's `position` is its centre),
 * the highlighted ones in a strong colour, a walking route and "you are here".
 *
 * @csspart map - The `<svg>`.
 * @cssproperty --markt-map-stand - Fill of a stand.
 * @cssproperty --markt-map-stand-border - Outline of a stand.
 * @cssproperty --markt-map-highlight - Fill of a highlighted stand.
 * @cssproperty --markt-map-highlight-border - Outline of a highlighted stand.
 * @cssproperty --markt-map-route - Colour of the route.
 */
export class MarktFloorMap extends LitElement {
  static override styles = floorMapStyles;

  @property({ attribute: false }) plan: FloorPlan | undefined;
  @property({ attribute: false }) stands: readonly Stand[] = [];
  /** Ids of the stands to highlight. */
  @property({ attribute: false }) highlighted: readonly string[] = [];
  /** The route's points, from the start through each stand. */
  @property({ attribute: false }) route: readonly Point[] = [];
  /** "You are here"; defaults to the plan's entrance. */
  @property({ attribute: false }) here: Point | undefined;
  /** Accessible description of the whole map. */
  @property() label = 'Floor plan';
  @property({ attribute: 'here-label' }) hereLabel = 'You are here';

  /** The label's side of the dot: after it (to the right), or before it when it would leave the plan there. */
  @state() private labelBefore = false;

  override render() {
    const plan = this.plan ?? this.#planFromStands();
    const { width, height } = plan;
    const unit = Math.min(width, height);
    const fontSize = unit * 0.045;
    const entrance = this.here ?? plan.entrance;
    const radius = unit / 40;
    const outline = unit / 200;
    const here = entrance && insidePlan(entrance, plan, Math.max(radius + outline / 2, fontSize * 0.6));
    // A route that starts at the entrance starts at the dot.
    const route = entrance && here && this.route[0]?.x === entrance.x && this.route[0]?.y === entrance.y ? [here, ...this.route.slice(1)] : this.route;
    const highlighted = new Set(this.highlighted);
    const gridStep = unit / 10;
    const grid = [];
    for (let x = gridStep; x < width; x += gridStep) grid.push(svg`<line x1=${x} y1="0" x2=${x} y2=${height} />`);
    for (let y = gridStep; y < height; y += gridStep) grid.push(svg`<line x1="0" y1=${y} x2=${width} y2=${y} />`);
    return html`<svg part="map" viewBox="0 0 ${width} ${height}" role="img" aria-label=${this.label}>
      ${plan.imageUrl ? svg`<image href=${plan.imageUrl} x="0" y="0" width=${width} height=${height} />` : svg`<g class="grid" stroke-width=${unit / 400}>${grid}</g>`}
      ${this.stands.map((stand) => {
        if (!stand.position) return '';
        const w = stand.size?.w ?? unit * DEFAULT_STAND;
        const h = stand.size?.h ?? unit * DEFAULT_STAND;
        const on = highlighted.has(stand.id);
        return svg`<g class="stand ${on ? 'highlighted' : ''}" data-stand=${stand.id}>
          <rect x=${stand.position.x - w / 2} y=${stand.position.y - h / 2} width=${w} height=${h} stroke-width=${on ? unit / 120 : unit / 300} rx=${unit / 200} />
          <text x=${stand.position.x} y=${stand.position.y} font-size=${fontSize}>${stand.number}</text>
        </g>`;
      })}
      ${route.length > 1
        ? svg`<polyline class="route" points=${route.map((p) => `${p.x},${p.y}`).join(' ')} stroke-width=${unit / 80} stroke-dasharray="${unit / 40} ${unit / 60}" />`
        : ''}
      ${here
        ? svg`<g class="here"><circle cx=${here.x} cy=${here.y} r=${radius} stroke-width=${outline} />
            <text
              x=${this.labelBefore ? here.x - unit / 25 : here.x + unit / 25}
              y=${here.y}
              direction="ltr"
              text-anchor=${this.labelBefore ? 'end' : 'start'}
              dominant-baseline="central"
              font-size=${fontSize}
            >${this.hereLabel}</text></g>`
        : ''}
    </svg>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The label goes before the dot when after it, it would leave the plan (an entrance on the right wall).
    // Decided from the label's measured width alone, so it never flips back and forth.
    const label = this.renderRoot.querySelector<SVGTextElement>('.here text');
    const dot = this.renderRoot.querySelector<SVGCircleElement>('.here circle');
    if (!label || !dot) return;
    const { width } = this.plan ?? this.#planFromStands();
    const labelWidth = label.getBBox().width;
    const gap = Math.abs(Number(label.getAttribute('x')) - Number(dot.getAttribute('cx')));
    const cx = Number(dot.getAttribute('cx'));
    const before = cx + gap + labelWidth > width && cx - gap - labelWidth >= 0;
    if (labelWidth > 0 && before !== this.labelBefore) this.labelBefore = before;
  }

  /** A plan that fits the stands when the event has none. */
  #planFromStands(): FloorPlan {
    const xs = this.stands.map((s) => s.position?.x ?? 0);
    const ys = this.stands.map((s) => s.position?.y ?? 0);
    return { width: Math.max(100, ...xs) * 1.1, height: Math.max(100, ...ys) * 1.1 };
  }
}
