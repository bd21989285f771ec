import { html, nothing, svg } from 'lit';
import { qrPath } from '../../organizer/shared/qr.js';
import { embedTexts, type EmbedKey } from '../shared/catalog.js';
import { MarktEmbedElement } from '../shared/embed-element.js';
import { serverUrl } from '../shared/public-data.js';
import { standQrStyles } from './stand-qr.styles.js';

/** The urls a console warning was given for: once per url and page. */
const warned = new Set<string>();

/**
 * @tagname markt-stand-qr
 * @summary The QR code of a stand's page, as on the poster at the fair: a visitor scans it with a phone
 * and lands on the stand's page (`/s/<token>`). Drawn in the browser as SVG; nothing is fetched.
 *
 * @slot - A caption instead of "Scan with your phone camera".
 *
 * @csspart base - The wrapper that carries `lang` and `dir`.
 * @csspart figure - The `<figure>`.
 * @csspart qr - The QR code's `<svg>`.
 * @csspart caption - The `<figcaption>`.
 * @csspart link - The link to the stand's page, for visitors already on their phone.
 *
 * @cssproperty --markt-qr-size - Width and height of the code. Default `12rem`.
 * @cssproperty --markt-qr-color - Colour of the dark modules (keep it dark). Default `#000000`.
 * @cssproperty --markt-qr-background - Background and quiet zone (keep it light). Default `#ffffff`.
 * @cssproperty --markt-accent - Colour of the link. Default `#0b4f9c`.
 * @cssproperty --markt-background - A surface behind all the component shows (the wrapper `base`), so that a dark page never is. Default `var(--markt-surface)`; `transparent` shows the page.
 * @cssproperty --markt-padding - Space between that surface's edge and the content. Default `0.5rem`.
 */
export class MarktStandQr extends MarktEmbedElement<EmbedKey> {
  static override styles = standQrStyles;
  /** @internal Its messages, one chunk per language. */
  static override texts = embedTexts;
  static override properties = {
    url: {},
    token: {},
    number: {},
    hideLink: { type: Boolean, attribute: 'hide-link' },
  };

  /** The full URL to encode; when empty, built from `api-base` and `token`. */
  url = '';
  /** The stand's QR token (from the organizer's poster page), with `api-base`: `<api-base>/s/<token>`. */
  token = '';
  /** The stand's number, read out in the caption ("Stand 12"). */
  number = '';
  /** Hide the link to the stand's page under the code (shown by default, for visitors already on their phone). */
  hideLink = false;

  /** Draws from its attributes alone: no event data is fetched, even when the page gives `event-id`. */
  protected override willUpdate(): void {}

  /**
   * The absolute URL the code encodes, or `''` when neither `url` nor `token` is set. A phone that scans the code
   * knows no page to resolve a path against: a path `url` (`/s/Ab3`) is joined to `api-base` (the markt server)
   * when set, else resolved against the page.
   */
  get target(): string {
    const url = this.url.trim();
    if (url) {
      if (!/^[a-z][a-z\d+.-]*:/i.test(url) && !warned.has(url)) {
        warned.add(url);
        console.warn(`markt: <markt-stand-qr url="${url}"> is not an absolute URL; the code encodes ${serverUrl(this.apiBase, url)}. Give the full address (https://…) the phone should open.`);
      }
      return serverUrl(this.apiBase, url);
    }
    return this.token ? serverUrl(this.apiBase, `/s/${encodeURIComponent(this.token)}`) : '';
  }

  override render() {
    const target = this.target;
    if (!target) return this.frame(nothing);
    const t = this.i18n.t;
    const { size, d } = qrPath(target);
    const label = this.number ? `${t('offer.stand', { number: this.number })}: ${t('qr.label', { url: target })}` : t('qr.label', { url: target });
    return this.frame(html`<figure part="figure">
      <svg part="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">${svg`<path d=${d} />`}</svg>
      <figcaption part="caption">
        ${this.number ? html`<strong>${t('offer.stand', { number: this.number })}</strong>` : nothing}
        <slot>${t('qr.caption')}</slot>
        ${this.hideLink ? nothing : html`<a part="link" href=${target}>${t('qr.open')}</a>`}
      </figcaption>
    </figure>`);
  }
}
