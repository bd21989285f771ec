import { html, nothing } from 'lit';
import type { FloorPlan, Stand } from '@markt/sdk';
import { embedTexts, type EmbedKey } from '../shared/catalog.js';
import { MarktEmbedElement } from '../shared/embed-element.js';
import { normaliseBase, serverUrl } from '../shared/public-data.js';
import { localText } from '../shared/text.js';
import { eventMapStyles } from './event-map.styles.js';

/** Detail of `markt-stand-select`: the stand the visitor picked in the list below the map. */
export interface StandSelectDetail {
  standId: string;
  providerId: string;
  number: string;
}

/**
 * @tagname markt-event-map
 * @summary The event's floor plan with its stands (the kiosk's `<markt-floor-map>`), a provider's own
 * stands highlighted, and below it a list of the stands as buttons: picking one highlights it on the plan.
 *
 * @event {CustomEvent<StandSelectDetail>} markt-stand-select - The visitor picked a stand in the list.
 *
 * @slot heading - Replaces the default heading above the list of stands.
 *
 * @csspart base - The wrapper that carries `lang` and `dir`.
 * @csspart map - The `<markt-floor-map>` element.
 * @csspart plan - The plan's `<svg>` (the floor map's `map` part).
 * @csspart legend - The `<ul>` of stands.
 * @csspart stand - Each stand's button (`aria-pressed` when highlighted).
 * @csspart status - The loading or error line.
 * @csspart retry - The "try again" button after the error line (the element also tries again when the browser goes back online).
 *
 * @cssproperty --markt-map-highlight - Fill of the highlighted stands. Default `#ffd23f`.
 * @cssproperty --markt-map-highlight-border - Outline of the highlighted stands. Default `#111111`.
 * @cssproperty --markt-map-stand - Fill of the other stands. Default `#e8e8e8`.
 * @cssproperty --markt-map-stand-border - Outline of a stand. Default `#555555`.
 * @cssproperty --markt-accent - Colour of the stand buttons. Default `#0b4f9c`.
 * @cssproperty --markt-gap - Space between map and list. Default `1rem`.
 * @cssproperty --markt-background - A surface behind all the component shows (the wrapper `base`), so that a dark page never is. Default `var(--markt-surface)`; `transparent` shows the page.
 * @cssproperty --markt-padding - Space between that surface's edge and the content. Default `0.5rem`.
 */
export class MarktEventMap extends MarktEmbedElement<EmbedKey> {
  static override styles = eventMapStyles;
  /** @internal Its messages, one chunk per language. */
  static override texts = embedTexts;
  static override properties = {
    providerId: { attribute: 'provider-id' },
    highlight: {},
    onlyHighlighted: { type: Boolean, attribute: 'only-highlighted' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    picked: { state: true, attribute: false },
  };

  /** Highlight this provider's stands. */
  providerId = '';
  /** Stand ids to highlight besides the provider's, separated by spaces. */
  highlight = '';
  /** List only the highlighted stands below the plan (the plan still shows all). */
  onlyHighlighted = false;
  /** Level of the default heading above the list of stands (1–6) in the page's outline. */
  headingLevel = 2;

  private picked = '';

  /** Ids of the stands drawn highlighted. */
  get highlightedStands(): string[] {
    const stands = this.eventData?.stands ?? [];
    const ids = new Set(this.highlight.split(/\s+/).filter(Boolean));
    for (const s of stands) if (this.providerId && s.providerId === this.providerId) ids.add(s.id);
    if (this.picked) ids.add(this.picked);
    return stands.filter((s) => ids.has(s.id)).map((s) => s.id);
  }

  #planIn: FloorPlan | undefined;
  #planBase = '';
  #planOut: FloorPlan | undefined;

  /**
   * The plan with its image's address on the markt server: the server gives an uploaded image as a path
   * (`/api/events/…/floor-plan-image`), which on the provider's page would point at the provider's own server.
   * It is joined to api-base as the data requests are (an api-base with a path prefix, or a relative one, too).
   */
  #plan(plan: FloorPlan | undefined): FloorPlan | undefined {
    const base = normaliseBase(this.apiBase);
    if (plan !== this.#planIn || base !== this.#planBase) {
      this.#planIn = plan;
      this.#planBase = base;
      this.#planOut = plan?.imageUrl && base ? { ...plan, imageUrl: serverUrl(base, plan.imageUrl) } : plan;
    }
    return this.#planOut;
  }

  /** Whether the page highlights the stand (by `provider-id` or `highlight`), whatever the visitor picks. */
  #fixed(stand: Stand): boolean {
    return (!!this.providerId && stand.providerId === this.providerId) || this.highlight.split(/\s+/).includes(stand.id);
  }

  #pick(stand: Stand): void {
    const detail: StandSelectDetail = { standId: stand.id, providerId: stand.providerId, number: stand.number };
    // A stand the page highlights stays highlighted (its button stays pressed): every press selects it.
    if (this.#fixed(stand)) {
      this.emit<StandSelectDetail>('markt-stand-select', detail);
      return;
    }
    this.picked = this.picked === stand.id ? '' : stand.id;
    if (this.picked) this.emit<StandSelectDetail>('markt-stand-select', detail);
  }

  override render() {
    const data = this.eventData;
    if (!data) return this.frame(this.status() ?? nothing);
    const t = this.i18n.t;
    const highlighted = this.highlightedStands;
    const on = new Set(highlighted);
    const name = (s: Stand) => s.label ?? data.providers.find((p) => p.id === s.providerId)?.name ?? '';
    const listed = [...data.stands]
      .filter((s) => !this.onlyHighlighted || on.has(s.id))
      .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
    return this.frame(html`
      <markt-floor-map
        part="map"
        exportparts="map: plan"
        .plan=${this.#plan(data.event.floorPlan)}
        .stands=${data.stands}
        .highlighted=${highlighted}
        label=${t('map.label', { event: localText(data.event.title, this.i18n.locale).text })}
        here-label=${t('map.here')}
      ></markt-floor-map>
      <slot name="heading"><h2 aria-level=${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2))}>${t('map.stands')}</h2></slot>
      <ul part="legend" aria-label=${t('map.stands')}>
        ${listed.map(
          (s) => html`<li>
            <button part="stand" type="button" aria-pressed=${on.has(s.id) ? 'true' : 'false'} @click=${() => this.#pick(s)}>
              ${t('map.stand', { number: s.number, name: name(s) })}
            </button>
          </li>`,
        )}
      </ul>
    `);
  }
}
