import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '@markt/sdk';
import { LocaleController } from '../../i18n/catalog.js';
import { boothCatalog, type BoothKey } from '../booth-catalog.js';
import { offsetAt, offsetMinutes, rotaZone, type Offset } from '../../organizer/rota-panel/rota-grid.js';
import type { BoothRota, BoothShift } from '../types.js';
import { dutyPanelStyles } from './duty-panel.styles.js';

/**
 * `HH:MM` of a timestamp in a given UTC offset (the event's, so the tablet's own time zone does not matter).
 * @param timestamp an ISO timestamp
 * @param offset minutes east of UTC, or the offset as a function of the instant (see `rotaZone`)
 * @returns e.g. `09:30`
 * @example clockTime('2027-03-10T08:30:00Z', 60) // '09:30'
 */
export function clockTime(timestamp: string, offset: Offset): string {
  const instant = Date.parse(timestamp);
  return new Date(instant + offsetAt(offset, instant) * 60_000).toISOString().slice(11, 16);
}

/**
 * The UTC offset of a timestamp in minutes (`+01:00` → 60).
 * @param timestamp an ISO timestamp with offset
 * @returns minutes east of UTC (0 for `Z` or none)
 * @example offsetOf('2027-03-10T09:00:00+01:00') // 60
 */
export function offsetOf(timestamp: string | undefined): number {
  return offsetMinutes(timestamp ?? '');
}

/**
 * @summary "Who is on duty": per stand of the booth's provider (and, for the Jobcenter, per help desk) the staff
 * on shift now and the next shift, from `GET /api/booth/rota`. Refreshes its clock every minute.
 * @csspart duty - the panel
 * @cssproperty --markt-duty-bg - background of the panel, default #f3f6fb
 */
export class BoothDutyPanel extends LitElement {
  static override styles = dutyPanelStyles;

  @property() locale: Locale = 'de';
  /** The rota as the server answers it; nothing is shown without one. */
  @property({ attribute: false }) rota: BoothRota | undefined;
  /** The event's start, for its time zone (times are shown as the organizer's rota shows them). */
  @property({ attribute: 'event-starts-at' }) eventStartsAt = '';
  /** A fixed "now" (tests); default the clock, refreshed every minute. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private clock = new Date();
  readonly #i18n = new LocaleController<BoothKey>(this, boothCatalog);
  #timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => (this.clock = new Date()), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  protected override willUpdate(): void {
    if (this.locale !== this.#i18n.locale) void this.#i18n.setLocale(this.locale);
  }

  #who(s: BoothShift): string {
    return s.role ? `${s.staffName} (${s.role})` : s.staffName;
  }

  override render() {
    const rota = this.rota;
    if (!rota || rota.stands.length === 0) return nothing;
    const t = (key: BoothKey, params?: Record<string, string>) => this.#i18n.t(key, params);
    const now = (this.now ?? this.clock).getTime();
    // Read like the organizer's rota: an event in UTC ("…Z") in the tablet's local time, a fair across the
    // change to summer or winter time with each moment's offset (when the tablet is in the fair's zone).
    const offset = rotaZone(this.eventStartsAt || rota.shifts[0]?.startsAt || '').at;
    return html`<section part="duty" aria-labelledby="duty-title">
      <h2 id="duty-title">${t('duty.title')}</h2>
      ${rota.shifts.length === 0
        ? html`<p>${t('duty.none')}</p>`
        : html`<dl>
            ${rota.stands.map((stand) => {
              const shifts = rota.shifts.filter((s) => s.standId === stand.id);
              const current = shifts.filter((s) => Date.parse(s.startsAt) <= now && Date.parse(s.endsAt) > now);
              const next = shifts.filter((s) => Date.parse(s.startsAt) > now).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
              return html`<div class="stand" data-stand=${stand.id}>
                <dt>${stand.label ? `${stand.number} · ${stand.label}` : stand.number}</dt>
                <dd class="now">
                  <strong>${t('duty.now')}:</strong>
                  ${current.length === 0
                    ? t('duty.nobody')
                    : current.map((s) => `${this.#who(s)} ${t('duty.until', { time: clockTime(s.endsAt, offset) })}`).join(', ')}
                </dd>
                ${next
                  ? html`<dd class="next">
                      <strong>${t('duty.next')}:</strong> ${clockTime(next.startsAt, offset)}–${clockTime(next.endsAt, offset)} ${this.#who(next)}
                    </dd>`
                  : nothing}
              </div>`;
            })}
          </dl>`}
    </section>`;
  }
}
