import { html, nothing, type TemplateResult } from 'lit';
import { FUNDINGS, OFFER_KINDS, pickText, type Funding, type Offer, type OfferKind } from '@markt/sdk';
import { icon } from '../../pictograms/index.js';
import { langOf, type Ranking, type Scored } from '../offers.js';
import type { KioskSession } from '../session.js';
import { fallbackMark, offerText } from './offer-text.js';
import { toggle, type KioskView } from './view.js';

/**
 * The ranked offers: search with the on-screen keyboard, filter chips, cards with reasons, the excluded ones folded away.
 * @param v the kiosk view
 * @param ranking from `rankOffers`
 * @param openDetail opens an offer's detail
 * @param page how many cards to render (a fair can list thousands: rendering them all would take a second)
 *   and how to show more
 * @returns the screen's template
 * @example resultsScreen(view, rankOffers(data, session, 'tr', tools), (id) => show(id), { shown: 20, more: () => (shown += 20) })
 */
export function resultsScreen(v: KioskView, ranking: Ranking, openDetail: (offerId: string) => void, page: ResultsPage): TemplateResult {
  const { results } = ranking;
  const kinds = OFFER_KINDS.filter((k) => v.data.offers.some((o) => o.kind === k));
  const fundings = FUNDINGS.filter((f) => v.data.offers.some((o) => o.funding.includes(f)));
  const f = v.session.filters;
  const setFilters = (change: Partial<KioskSession['filters']>) => v.set({ filters: { ...f, ...change } });
  return html`${v.heading(v.t('results.title'))}
    <div class="search">
      <label class="visually-hidden" for="search">${v.t('search.label')}</label>
      <input
        id="search"
        type="search"
        inputmode="none"
        .value=${v.session.query}
        placeholder=${v.t('search.placeholder')}
        @focus=${() => v.openField('search')}
        @input=${(e: InputEvent) => v.typed('search', (e.target as HTMLInputElement).value)}
      />
      ${v.session.query
        ? html`<button type="button" @click=${() => v.set({ query: '' })}>${v.t('search.clear')}</button>`
        : html`<button type="button" @click=${() => v.openField(v.field === 'search' ? undefined : 'search')}>${icon('keyboard')} ${v.t('search.label')}</button>`}
    </div>
    ${v.keyboard('search', v.session.query)}
    <div class="row chips" role="group" aria-label=${v.t('results.filters')}>
      ${kinds.map(
        (k: OfferKind) =>
          html`<button type="button" data-kind=${k} aria-pressed=${f.kinds.includes(k) ? 'true' : 'false'} @click=${() => setFilters({ kinds: toggle(f.kinds, k) })}>${v.t(`kind.${k}`)}</button>`,
      )}
      ${fundings.map(
        (x: Funding) =>
          html`<button type="button" data-funding=${x} aria-pressed=${f.fundings.includes(x) ? 'true' : 'false'} @click=${() => setFilters({ fundings: toggle(f.fundings, x) })}>${v.t(`funding.${x}`)}</button>`,
      )}
      <button type="button" data-part-time aria-pressed=${f.partTime ? 'true' : 'false'} @click=${() => setFilters({ partTime: !f.partTime })}>${v.t('filter.partTime')}</button>
    </div>
    <p class="progress" aria-live="polite" data-count>${v.t('results.count', { n: results.length })}</p>
    ${results.length === 0 ? html`<p>${v.t('results.empty')}</p>` : nothing}
    <ul class="offers">
      ${results.slice(0, page.shown).map((r) => offerCard(v, r, openDetail))}
    </ul>
    ${moreButton(v, results.length, page)}
    ${excludedList(v, ranking.excluded, openDetail, page)}`;
}

/** How many result cards show, and how to show the next ones. */
export interface ResultsPage {
  shown: number;
  more(): void;
}

/** How many cards one "show more" adds (and the first screen shows). */
export const RESULTS_PAGE = 20;

function moreButton(v: KioskView, total: number, page: ResultsPage): TemplateResult | typeof nothing {
  const left = total - page.shown;
  if (left <= 0) return nothing;
  return html`<button type="button" class="more" data-more @click=${page.more}>${v.t('results.more', { n: Math.min(left, RESULTS_PAGE) })}</button>`;
}

/** The offers that do not fit, folded away, each with the rule that removed it: the visitor still decides. */
function excludedList(v: KioskView, excluded: readonly Scored[], openDetail: (offerId: string) => void, page: ResultsPage): TemplateResult | typeof nothing {
  if (excluded.length === 0) return nothing;
  return html`<details class="excluded">
    <summary>${v.t('results.excluded', { n: excluded.length })}</summary>
    <ul class="offers">
      ${excluded.slice(0, page.shown).map(
        ({ offer, reasons }) =>
          html`<li class="offer" data-excluded=${offer.id}>
            <h2 id=${titleId(offer)}>${offerText(v, offer.title)}</h2>
            <ul class="reasons">
              ${reasons.filter((r) => r.key.startsWith('excluded.')).map((r) => html`<li data-reason>${v.reasonText(r)}</li>`)}
            </ul>
            <button type="button" aria-describedby=${titleId(offer)} @click=${() => openDetail(offer.id)}>${v.t('offer.details')}</button>
          </li>`,
      )}
    </ul>
    ${moreButton(v, excluded.length, page)}
  </details>`;
}

/** The id of a card's title, which names the offer for the card's buttons (`aria-describedby`). */
const titleId = (offer: Offer): string => `title-${offer.id}`;

function listButton(v: KioskView, offer: Offer, describedBy?: string): TemplateResult {
  const onList = v.session.list.includes(offer.id);
  return html`<button type="button" aria-pressed=${onList ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing} data-add @click=${() => v.set({ list: toggle(v.session.list, offer.id) })}>
    ${v.t(onList ? 'offer.remove' : 'offer.add')}
  </button>`;
}

function offerCard(v: KioskView, { offer, reasons }: Scored, openDetail: (offerId: string) => void): TemplateResult {
  const stand = v.standOf(offer);
  const title = pickText(offer.title, v.locale);
  // Why it fits first; the notes ("meant for …, ask whether you can join") fill up, so a card whose only
  // reasons are notes still says something (the SDK gives no "open to everyone" when there is a note).
  const fits = reasons.filter((r) => !r.key.startsWith('note.'));
  const notes = reasons.filter((r) => r.key.startsWith('note.'));
  const texts = (fits.length >= 3 ? fits.slice(0, 3) : [...fits, ...notes.slice(0, 1)]).map((r) => v.reasonText(r));
  return html`<li class="offer" data-offer=${offer.id}>
    <div class="heading">
      <h2 id=${titleId(offer)}>${offerText(v, offer.title)}</h2>
      ${v.speak([title, ...texts].join('. '))}
    </div>
    <p class="meta">${v.providerOf(offer)?.name ?? ''}${stand ? html` · <strong>${v.t('offer.stand', { number: stand.number })}</strong>` : nothing}</p>
    ${texts.length
      ? html`<ul class="reasons" aria-label=${v.t('results.why')}>
          ${texts.map((t) => html`<li data-reason>${t}</li>`)}
        </ul>`
      : nothing}
    <div class="row">
      ${listButton(v, offer, titleId(offer))}
      <button type="button" data-details aria-describedby=${titleId(offer)} @click=${() => openDetail(offer.id)}>${v.t('offer.details')}</button>
    </div>
  </li>`;
}

/**
 * One offer: provider, the stand's number and place, summary, every reason; list, map and contact from here.
 * @param v the kiosk view
 * @param offer the offer
 * @param scored its reasons from the ranking (fit or exclusion), if it has any
 * @returns the screen's template
 * @example detailScreen(view, offer, ranking.results[0])
 */
export function detailScreen(v: KioskView, offer: Offer, scored: Scored | undefined): TemplateResult {
  const stand = v.standOf(offer);
  const title = pickText(offer.title, v.locale);
  const summary = pickText(offer.summary, v.locale);
  const where = stand ? v.whereIs(stand) : '';
  return html`${v.heading(title, `${title}. ${summary}. ${where}`, langOf(offer.title, v.locale), fallbackMark(v, offer.title))}
    <p class="meta">${v.t('offer.provider', { name: v.providerOf(offer)?.name ?? '' })}</p>
    ${where ? html`<p data-where><strong>${where}</strong></p>` : nothing}
    <p data-summary lang=${langOf(offer.summary, v.locale)} dir="auto">${summary}${fallbackMark(v, offer.summary)}</p>
    ${scored?.reasons.length
      ? html`<h2>${v.t('results.why')}</h2>
          <ul class="reasons">
            ${scored.reasons.map((r) => html`<li data-reason>${v.reasonText(r)}</li>`)}
          </ul>`
      : nothing}
    <div class="row">
      ${listButton(v, offer)}
      <button type="button" @click=${() => v.go('map')}>${v.t('offer.showOnMap')}</button>
      <button type="button" class="primary" data-contact @click=${() => v.go('contact')}>${v.t('offer.contact')}</button>
      <button type="button" @click=${() => v.go('results')}>${v.t('nav.back')}</button>
    </div>`;
}
