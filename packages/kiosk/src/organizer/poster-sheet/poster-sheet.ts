import { defineOnce } from '../../shared/define.js';
import { PosterSheet } from './poster-sheet.component.js';

export { PosterSheet };
defineOnce('markt-poster-sheet', PosterSheet);

declare global {
  interface HTMLElementTagNameMap {
    'markt-poster-sheet': PosterSheet;
  }
}
