import { svg, type SVGTemplateResult } from 'lit';

/**
 * The quiz's pictograms as inline SVG: simple line drawings on a 64 × 64 grid, drawn in `currentColor`
 * (so they take the text colour and its contrast), always `aria-hidden` because the item's text is the label.
 */
const shapes: Readonly<Record<string, SVGTemplateResult>> = {
  wrench: svg`<path d="M40 8a14 14 0 0 0-13 19L9 45a6 6 0 0 0 9 9l18-18a14 14 0 0 0 19-13l-8 8-9-2-2-9z"/>`,
  magnifier: svg`<circle cx="26" cy="26" r="16"/><path d="M38 38l18 18"/>`,
  palette: svg`<path d="M32 6C16 6 6 18 6 32s12 26 24 26c5 0 6-4 4-7s0-7 5-7h7c8 0 12-6 12-12C58 16 46 6 32 6z"/><circle cx="20" cy="26" r="4"/><circle cx="32" cy="17" r="4"/><circle cx="44" cy="26" r="4"/>`,
  'heart-hands': svg`<path d="M32 30c-6-10-20-6-16 4 3 7 16 14 16 14s13-7 16-14c4-10-10-14-16-4z"/><path d="M4 44l12 12h18M60 44L48 56H34"/>`,
  'cash-register': svg`<rect x="8" y="30" width="48" height="24" rx="3"/><path d="M16 30V16h24v14M44 22h12v8"/><path d="M18 42h28"/>`,
  folder: svg`<path d="M6 16h18l6 6h28v30H6z"/><path d="M6 28h52"/>`,
  plant: svg`<path d="M32 58V28"/><path d="M32 36c-14 0-20-10-20-20 12 0 20 6 20 20zM32 30c0-12 8-20 20-20 0 12-8 20-20 20z"/><path d="M18 58h28"/>`,
  computer: svg`<rect x="8" y="10" width="48" height="32" rx="3"/><path d="M24 54h16M32 42v12"/>`,
  lightbulb: svg`<path d="M24 44c0-8-10-12-10-24a18 18 0 0 1 36 0c0 12-10 16-10 24z"/><path d="M24 52h16M27 58h10"/>`,
  family: svg`<circle cx="20" cy="14" r="7"/><circle cx="44" cy="24" r="5"/><path d="M8 58V36a12 12 0 0 1 24 0v22M36 58V44a8 8 0 0 1 16 0v14"/>`,
  flag: svg`<path d="M14 60V6"/><path d="M14 8h36l-8 10 8 10H14"/>`,
  chart: svg`<path d="M8 8v48h48"/><path d="M18 44V32M30 44V20M42 44V26M54 44V12"/>`,
  truck: svg`<rect x="4" y="16" width="34" height="28"/><path d="M38 26h12l10 10v8H38z"/><circle cx="16" cy="48" r="6"/><circle cx="48" cy="48" r="6"/>`,
  puzzle: svg`<path d="M10 10h16a6 6 0 1 1 12 0h16v16a6 6 0 1 0 0 12v16H38a6 6 0 1 0-12 0H10V38a6 6 0 1 1 0-12z"/>`,
  camera: svg`<rect x="6" y="18" width="52" height="36" rx="4"/><path d="M22 18l4-8h12l4 8"/><circle cx="32" cy="36" r="10"/>`,
  'speech-bubble': svg`<path d="M8 10h48v32H26L14 54V42H8z"/><path d="M18 22h28M18 30h20"/>`,
  megaphone: svg`<path d="M8 26v12h10l26 14V12L18 26z"/><path d="M18 38l4 16h8l-4-14M52 24a10 10 0 0 1 0 16"/>`,
  checklist: svg`<rect x="10" y="6" width="44" height="52" rx="3"/><path d="M18 20l4 4 8-8M18 36l4 4 8-8M36 22h10M36 38h10"/>`,
};

/** Small interface icons (same drawing rules), for buttons whose text is their label. */
const icons: Readonly<Record<'globe' | 'speaker' | 'keyboard', SVGTemplateResult>> = {
  globe: svg`<circle cx="32" cy="32" r="26"/><path d="M6 32h52M32 6c-10 12-10 40 0 52M32 6c10 12 10 40 0 52"/>`,
  speaker: svg`<path d="M8 24h12l14-12v40L20 40H8z"/><path d="M44 22a14 14 0 0 1 0 20M50 14a24 24 0 0 1 0 36"/>`,
  keyboard: svg`<rect x="4" y="16" width="56" height="32" rx="4"/><path d="M14 26h4M24 26h4M34 26h4M44 26h4M14 36h4M44 36h4M24 36h14"/>`,
};

/**
 * A small `aria-hidden` icon for a button (the button's text names it).
 * @param name `globe`, `speaker` or `keyboard`
 * @returns an SVG template
 * @example html`<button>${icon('globe')} Sprache</button>`
 */
export function icon(name: keyof typeof icons): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 64 64" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">${icons[name]}</svg>`;
}

/** Names with a pictogram. */
export const PICTOGRAM_NAMES: readonly string[] = Object.keys(shapes);

/**
 * The pictogram of `name` as an `aria-hidden` inline SVG; a neutral circle for a name without a drawing.
 * @param name the quiz item's `pictogram`, e.g. `wrench`
 * @returns an SVG template to put inside `html`
 * @example html`<span class="picto">${pictogram('wrench')}</span>`
 */
export function pictogram(name: string): SVGTemplateResult {
  return svg`<svg class="pictogram" data-pictogram=${name} viewBox="0 0 64 64" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">${shapes[name] ?? svg`<circle cx="32" cy="32" r="24"/>`}</svg>`;
}

/** Mouths from a deep frown (0) to a wide smile (4). */
const mouths = ['M20 46q12-12 24 0', 'M22 44q10-6 20 0', 'M22 42h20', 'M22 40q10 6 20 0', 'M18 38q14 14 28 0'] as const;

/**
 * A face for an answer scale: 0 = unhappy … 4 = very happy (the quiz's answers, the feedback rating).
 * @param level 0–4
 * @returns an `aria-hidden` SVG face
 * @example face(4)
 */
export function face(level: number): SVGTemplateResult {
  const mouth = mouths[Math.max(0, Math.min(4, Math.round(level)))];
  return svg`<svg class="face" viewBox="0 0 64 64" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round"><circle cx="32" cy="32" r="27"/><circle cx="23" cy="26" r="2.5" fill="currentColor"/><circle cx="41" cy="26" r="2.5" fill="currentColor"/><path d=${mouth}/></svg>`;
}
