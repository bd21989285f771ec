import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale, Offer } from '@markt/sdk';
import { OrganizerElement } from '../shared/organizer-element.js';
import { translationCoverage } from './coverage.js';
import { translationCoverageStyles } from './translation-coverage.styles.js';

/** Detail of `markt-coverage-filter`: show only the offers missing this language, or all (`null`). */
export interface CoverageFilterDetail {
  language: Locale | null;
}

/**
 * @summary Per visitor language, how many of the event's offers have a title and a summary in it ("Arabisch: 16 von
 * 161"), as a table with a caption, and a toggle button per language to list only the offers that miss it.
 * @event markt-coverage-filter - {CoverageFilterDetail} a filter button was pressed (again: `language` is null)
 * @csspart table - the coverage table
 * @cssproperty --markt-primary - colour of the filter buttons
 */
export class TranslationCoverage extends OrganizerElement {
  static override styles = translationCoverageStyles;

  /** The event's offers. */
  @property({ attribute: false }) offers: readonly Offer[] = [];
  /** The languages to count (German is required by the schema and left out). */
  @property({ attribute: false }) languages: readonly Locale[] = [];
  /** The language whose missing offers are listed now, if any (the button shows as pressed). */
  @property({ attribute: false }) filter: Locale | null = null;

  #toggle(language: Locale): void {
    this.emit<CoverageFilterDetail>('markt-coverage-filter', { language: this.filter === language ? null : language });
  }

  override render() {
    const rows = translationCoverage(
      this.offers,
      this.languages.filter((l) => l !== 'de'),
    );
    if (rows.length === 0) return nothing;
    return html`<table part="table">
      <caption>${this.t('coverage.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('coverage.language')}</th>
          <th scope="col">${this.t('coverage.done')}</th>
          <th scope="col">${this.t('coverage.missing')}</th>
          <th scope="col">${this.t('coverage.show')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ language, done, total }) => {
          const name = this.t(`lang.${language}`);
          return html`<tr data-language=${language}>
            <th scope="row">${name}</th>
            <td>${this.t('coverage.count', { done, total })}</td>
            <td>${total - done}</td>
            <td>
              ${done < total || this.filter === language
                ? html`<button type="button" class="secondary" aria-pressed=${this.filter === language ? 'true' : 'false'} @click=${() => this.#toggle(language)}>
                    ${this.t('coverage.filter', { language: name })}
                  </button>`
                : this.t('coverage.complete')}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
