import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';

export const floorPlanEditorStyles = [
  formStyles,
  css`
    :host {
      display: block;
      --markt-stand-fill: #dbe7fb;
      --markt-stand-stroke: #0b57d0;
      --markt-grid-color: #d0d0d0;
    }
    svg.plan {
      display: block;
      width: 100%;
      height: auto;
      border: 1px solid var(--markt-border-color, #555);
      background: #fff;
      touch-action: none;
      user-select: none;
    }
    .grid {
      stroke: var(--markt-grid-color);
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
    }
    .stand {
      cursor: grab;
    }
    .stand rect {
      fill: var(--markt-stand-fill);
      stroke: var(--markt-stand-stroke);
      stroke-width: 1.5px;
      vector-effect: non-scaling-stroke;
    }
    .stand.dragging {
      cursor: grabbing;
    }
    .stand:focus {
      outline: none;
    }
    .stand:focus-visible rect,
    .stand:focus rect {
      stroke: var(--markt-focus, #0b57d0);
      stroke-width: 4px;
    }
    /* Picked up for moving by keys: dashed, like a stand in the hand. */
    .stand.moving rect {
      stroke-dasharray: 6px 3px;
      fill: var(--markt-stand-moving-fill, #fff4c2);
    }
    .stand text {
      font-weight: 700;
      text-anchor: middle;
      dominant-baseline: central;
      fill: #111;
      pointer-events: none;
    }
    .settings {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: end;
    }
    .settings > div {
      min-width: 10rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
];
