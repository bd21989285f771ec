import { html, nothing, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { until } from 'lit/directives/until.js';
import type { Point, Stand } from '@markt/sdk';
import { qrSvg } from '../take-home.js';
import { offerText } from './offer-text.js';
import type { KioskView } from './view.js';
import '../floor-map/floor-map.js';

/**
 * The floor plan with the chosen stands highlighted and the walk to them from "you are here".
 * @param v the kiosk view
 * @param route from `routeThrough`
 * @returns the screen's template
 * @example mapScreen(view, routeThrough(data, session.list))
 */
export function mapScreen(v: KioskView, route: { stands: Stand[]; path: Point[] }): TemplateResult {
  const { stands, path } = route;
  return html`${v.heading(v.t('map.title'))}
    <div aria-live="polite">
      ${stands.length
        ? html`<p id="route-title">${v.t('map.way')}</p>
            <ol data-route aria-labelledby="route-title">
              ${stands.map((s) => {
                const provider = v.data.providers.find((p) => p.id === s.providerId)?.name;
                return html`<li>${v.t('offer.stand', { number: s.number })}${provider ? html` · <bdi>${provider}</bdi>` : nothing}</li>`;
              })}
            </ol>`
        : html`<p data-route>${v.t('map.none')}</p>`}
    </div>
    <markt-floor-map
      .plan=${v.data.event.floorPlan}
      .stands=${v.data.stands}
      .highlighted=${stands.map((s) => s.id)}
      .route=${path}
      label=${v.t('map.label', { n: stands.length })}
      here-label=${v.t('map.here')}
    ></markt-floor-map>`;
}

/**
 * The take-home QR code of `link` (ids and language only) and the list it holds.
 * @param v the kiosk view
 * @param offerIds the offers on the list
 * @param link from `listLink`
 * @returns the screen's template
 * @example listScreen(view, ids, listLink(origin, eventId, 'tr', ids))
 */
export function listScreen(v: KioskView, offerIds: readonly string[], link: string): TemplateResult {
  return html`${v.heading(v.t('list.title'), v.t('list.lead'))}
    <p>${v.t('list.lead')}</p>
    ${v.session.list.length === 0 ? html`<p>${v.t('list.fromTop')}</p>` : nothing}
    <!-- The SVG is generated here from the link by the QR encoder, never taken from data. -->
    <div class="qr" role="img" aria-label=${v.t('list.qr')} data-link=${link}>${until(qrSvg(link).then(unsafeSVG), '')}</div>
    <ol>
      ${offerIds.map((id) => {
        const offer = v.data.offers.find((o) => o.id === id);
        const stand = offer && v.standOf(offer);
        return offer ? html`<li>${offerText(v, offer.title)}${stand ? ` · ${v.t('offer.stand', { number: stand.number })}` : ''}</li>` : nothing;
      })}
    </ol>`;
}
