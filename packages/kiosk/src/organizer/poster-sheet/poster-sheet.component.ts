import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Poster } from '../api/types.js';
import { qrCode } from '../shared/qr-code.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { documentPrintRules, posterSheetStyles } from './poster-sheet.styles.js';

/**
 * The poster's call to action in the visitors' languages, in small type under the organizer's: the phone page
 * follows the phone's language, so a visitor who reads little German learns that scanning is worth it. Fixed
 * texts, not the organizer's catalog: the poster speaks to visitors whatever language the organizer's page is in.
 */
export const POSTER_CALLS: readonly { lang: string; dir: 'ltr' | 'rtl'; text: string }[] = [
  { lang: 'de', dir: 'ltr', text: 'Code scannen: Angebote in Ihrer Sprache' },
  { lang: 'en', dir: 'ltr', text: 'Scan the code: offers in your language' },
  { lang: 'tr', dir: 'ltr', text: 'Kodu okutun: kendi dilinizde teklifler' },
  { lang: 'ar', dir: 'rtl', text: 'امسح الرمز: عروض بلغتك' },
  { lang: 'ru', dir: 'ltr', text: 'Отсканируйте код: предложения на вашем языке' },
  { lang: 'uk', dir: 'ltr', text: 'Відскануйте код: пропозиції вашою мовою' },
];

let pageSheet: CSSStyleSheet | undefined;
let sheetsShown = 0;

/**
 * Adds the A4 `@page` rule (no page margin) to the document while a poster sheet is shown (a shadow root's
 * `@page` is ignored), and takes it away with the last one: the rota or the report printed afterwards must
 * keep the printer's margins.
 */
function showPageRule(shown: boolean): void {
  sheetsShown += shown ? 1 : -1;
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(documentPrintRules);
  }
  const others = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
  document.adoptedStyleSheets = sheetsShown > 0 ? [...others, pageSheet] : others;
}

/**
 * @summary Every stand's poster at once, ready to print on A4: the stand number huge, the provider's name,
 * a QR code of the stand's URL and the short URL for typing, and in small type the call to action in the visitors'
 * languages (de, en, tr, ar, ru, uk; Arabic right to left). One poster per printed page.
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
    showPageRule(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    showPageRule(false);
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
              <p class="scan">${this.t('posters.scan')}</p>
              <p class="short">${p.shortUrl}</p>
              <ul class="languages">
                ${POSTER_CALLS.map((c) => html`<li lang=${c.lang} dir=${c.dir}>${c.text}</li>`)}
              </ul>
            </div>
          </section>`,
        )}
      </div>`;
  }
}
