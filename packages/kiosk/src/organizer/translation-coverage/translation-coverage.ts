import { defineOnce } from '../../shared/define.js';
import { TranslationCoverage, type CoverageFilterDetail } from './translation-coverage.component.js';

export { TranslationCoverage };
export { hasLanguage, translationCoverage, type LanguageCoverage } from './coverage.js';
export type { CoverageFilterDetail };
defineOnce('markt-translation-coverage', TranslationCoverage);

declare global {
  interface HTMLElementTagNameMap {
    'markt-translation-coverage': TranslationCoverage;
  }
  interface GlobalEventHandlersEventMap {
    'markt-coverage-filter': CustomEvent<CoverageFilterDetail>;
  }
}
