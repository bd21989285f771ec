import { html, nothing, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { until } from 'lit/directives/until.js';
import { pickText, type Point, type Stand } from '@markt/sdk';
import { qrSvg } from '../take-home.js';
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
    <p aria-live="polite" data-route>
      ${stands.length ? v.t('map.route', { stands: stands.map((s) => s.number).join(' → ') }) : v.t('map.none')}
    </p>
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
        return offer ? html`<li>${pickText(offer.title, v.locale)}${stand ? ` · ${v.t('offer.stand', { number: stand.number })}` : ''}</li>` : nothing;
      })}
    </ol>`;
}
