import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Poster } from '../api/types.js';
import { qrCode } from '../shared/qr-code.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { documentPrintRules, posterSheetStyles } from './poster-sheet.styles.js';

let pageRuleAdded = false;

/** Adds the A4 `@page` rule to the document once (a shadow root's `@page` is ignored). */
function addPageRule(): void {
  if (pageRuleAdded) return;
  pageRuleAdded = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(documentPrintRules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * @summary Every stand's poster at once, ready to print on A4: the stand number huge, the provider's name,
 * a QR code of the stand's URL and the short URL for typing. One poster per printed page.
 * @csspart poster - one poster
 * @csspart qr - a poster's QR code
 * @cssproperty --markt-poster-accent - colour of the stand number
 */
export class PosterSheet extends OrganizerElement {
  static override styles = posterSheetStyles;

  /** The posters, as `GET posters` answers them. */
  @property({ attribute: false }) posters: readonly Poster[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    addPageRule();
  }

  #print(): void {
    window.print();
  }

  override render() {
    if (this.posters.length === 0) return html`<p>${this.t('posters.empty')}</p>`;
    return html`<div class="toolbar"><button type="button" @click=${this.#print}>${this.t('posters.print')}</button></div>
      <div class="sheet">
        ${this.posters.map(
          (p) => html`<section class="poster" part="poster" aria-label="${this.t('posters.stand')} ${p.standNumber}">
            <p class="number"><span class="visually-hidden">${this.t('posters.stand')} </span>${p.standNumber}</p>
            <h2 class="provider">${p.providerName}</h2>
            ${qrCode(p.url, this.t('posters.qr', { number: p.standNumber }))}
            <div>
              <p>${this.t('posters.scan')}</p>
              <p class="short">${p.shortUrl}</p>
            </div>
          </section>`,
        )}
      </div>`;
  }
}
