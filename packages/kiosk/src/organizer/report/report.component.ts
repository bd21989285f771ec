import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { toCsv, type CsvCell } from '../shared/csv.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import type { ReportData } from '../api/types.js';
import { TOTAL_KEYS, chartsOf, timeLabel, type ReportChart, type ReportRow } from './report-rows.js';
import { reportStyles } from './report.styles.js';

/** Detail of `markt-report-export`: cancel the event to handle the file yourself. */
export interface ReportExportDetail {
  csv: string;
  filename: string;
}

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 280;
const LABEL_CHARS = 36;
const BAR_SPACE = 320;

/**
 * @summary The evaluation report (Auswertung): totals; visits per stand and per hour; contact requests per
 * provider and offer kind; interest profiles; searches that found nothing; offers that look alike; feedback.
 * Each chart is an inline SVG bar chart with a data table for screen readers. Exports CSV; prints as a PDF.
 * Counts the server withholds (`null` with `suppressed: true`: 1 to 4, and what would tell them) read "withheld", without a bar; a note
 * says why. While the fair runs, a line says until when the lists count (`listsUntil`: they move on every 5
 * minutes, privacy review H2); the totals are exact.
 * @event markt-report-export - {ReportExportDetail} the CSV is about to be downloaded (cancelable)
 * @csspart chart - one chart's SVG
 * @cssproperty --markt-bar-color - colour of the bars
 * @cssproperty --markt-bar-label-color - colour of the bar labels
 */
export class MarktReport extends OrganizerElement {
  static override styles = reportStyles;

  /** The report data as `GET report` answers it (withheld counts are `null`). */
  @property({ attribute: false }) report: ReportData | undefined;
  /** Name of the event, for the heading and the file name. */
  @property({ attribute: 'event-name' }) eventName = '';

  /**
   * The report as CSV rows: section; label; number. Text cells are safe against CSV injection.
   * @returns CSV text (`;`-separated, CRLF)
   */
  toCsv(): string {
    const report = this.report;
    if (!report) return '';
    const rows: CsvCell[][] = [[this.t('report.section'), this.t('report.label'), this.t('report.value')]];
    for (const key of TOTAL_KEYS) {
      const value = report.totals[key];
      if (value !== undefined) rows.push([this.t('report.totals'), this.t(`report.total.${key}`), value]);
    }
    const until = this.#listsUntil();
    if (until) rows.push([until, '', '']);
    for (const chart of chartsOf(report, (k) => this.t(k), this.locale)) {
      for (const row of chart.rows) rows.push([this.t(chart.title), row.label, this.#count(row.value)]);
    }
    for (const pair of report.nearDuplicateOffers ?? []) {
      rows.push([this.t('report.duplicates'), `${pair.a.title} ↔ ${pair.b.title} (${pair.reasons.join('; ')})`, pair.similarity]);
    }
    const feedback = report.feedback;
    if (feedback) {
      if (typeof feedback.average === 'number') rows.push([this.t('report.feedback'), 'Ø', feedback.average]);
      for (const d of feedback.ratings ?? []) rows.push([this.t('report.feedback'), `${d.rating} / 5`, this.#count(d.count)]);
      for (const text of feedback.missing ?? []) rows.push([this.t('report.feedbackMissing'), text, '']);
    }
    return toCsv(rows);
  }

  /** "Figures: as of 10:35, …" while the server's lists lag (`listsUntil`); undefined once they are final. */
  #listsUntil(): string | undefined {
    const until = this.report?.listsUntil;
    return typeof until === 'string' ? this.t('report.listsUntil', { time: timeLabel(until, this.locale) }) : undefined;
  }

  /** A count as shown: a number, or "withheld" when the server withheld it. */
  #count(value: number | null): string | number {
    return value ?? this.t('live.withheld');
  }

  #export(): void {
    const csv = this.toCsv();
    const filename = `${(this.eventName || 'markt').replace(/[^\p{L}\p{N}_-]+/gu, '-')}-auswertung.csv`;
    if (!this.emit<ReportExportDetail>('markt-report-export', { csv, filename })) return;
    // A BOM so spreadsheet programs read the file as UTF-8.
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  #print(): void {
    window.print();
  }

  #chart(id: string, title: string, rows: readonly ReportRow[]) {
    if (rows.length === 0) return html`<p>${this.t('report.none')}</p>`;
    const max = Math.max(...rows.map((r) => r.value ?? 0), 1);
    const height = rows.length * ROW_HEIGHT;
    return html`<svg class="chart" part="chart" data-chart=${id} aria-hidden="true" viewBox="0 0 ${LABEL_WIDTH + BAR_SPACE + 60} ${height}">
        ${rows.map((row, i) => {
          const width = ((row.value ?? 0) / max) * BAR_SPACE;
          const y = i * ROW_HEIGHT;
          // A withheld count gets no bar: its length would hint at the hidden number.
          return svg`<text class="label" x=${LABEL_WIDTH - 8} y=${y + ROW_HEIGHT / 2}>${row.label.length > LABEL_CHARS ? `${row.label.slice(0, LABEL_CHARS - 1)}…` : row.label}</text>
            ${row.value === null ? nothing : svg`<rect class="bar" x=${LABEL_WIDTH} y=${y + 4} width=${width} height=${ROW_HEIGHT - 8} data-value=${row.value}></rect>`}
            <text class=${row.value === null ? 'withheld' : ''} x=${LABEL_WIDTH + width + 6} y=${y + ROW_HEIGHT / 2}>${this.#count(row.value)}</text>`;
        })}
      </svg>
      <table class="visually-hidden" data-table=${id}>
        <caption>${title}</caption>
        <thead><tr><th scope="col">${this.t('report.label')}</th><th scope="col">${this.t('report.value')}</th></tr></thead>
        <tbody>
          ${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${this.#count(row.value)}</td></tr>`)}
        </tbody>
      </table>`;
  }

  #section(chart: ReportChart) {
    const title = this.t(chart.title);
    return html`<section aria-labelledby="h-${chart.id}">
      <h3 id="h-${chart.id}">${title}</h3>
      ${this.#chart(chart.id, title, chart.rows)}
    </section>`;
  }

  #feedback(feedback: NonNullable<ReportData['feedback']>) {
    const distribution = (feedback.ratings ?? []).map((d) => ({ label: `${d.rating} / 5`, value: d.count }));
    return html`<section aria-labelledby="h-feedback">
      <h3 id="h-feedback">${this.t('report.feedback')}</h3>
      ${feedback.count === 0 ? html`<p>${this.t('report.none')}</p>` : nothing}
      ${typeof feedback.average === 'number'
        ? html`<p>${this.t('report.feedbackAverage', { average: feedback.average.toLocaleString(this.locale, { maximumFractionDigits: 1 }), count: feedback.count })}</p>`
        : feedback.count > 0
          ? html`<p class="average-withheld">${this.t('report.averageWithheld')}</p>`
          : nothing}
      ${distribution.length > 0 ? this.#chart('feedback', this.t('report.feedback'), distribution) : nothing}
      ${(feedback.missing ?? []).length > 0
        ? html`<h4>${this.t('report.feedbackMissing')}</h4>
            <ul class="missing">
              ${feedback.missing!.map((text) => html`<li>${text}</li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  /** A provider's name from the report's own list (it has every provider), else its id. */
  #provider(providerId: string): string {
    return this.report?.leadsPerProvider?.find((p) => p.providerId === providerId)?.providerName ?? providerId;
  }

  #duplicates(pairs: NonNullable<ReportData['nearDuplicateOffers']>) {
    return html`<section aria-labelledby="h-duplicates">
      <h3 id="h-duplicates">${this.t('report.duplicates')}</h3>
      ${pairs.length === 0
        ? html`<p>${this.t('report.none')}</p>`
        : html`<table class="duplicates">
            <thead>
              <tr>
                <th scope="col">${this.t('offers.title')}</th>
                <th scope="col">${this.t('offers.title')}</th>
                <th scope="col">${this.t('report.similarity')}</th>
                <th scope="col">${this.t('report.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              ${pairs.map(
                (p) => html`<tr data-pair="${p.a.offerId}~${p.b.offerId}">
                  <td>${p.a.title} <small>(${this.#provider(p.a.providerId)})</small></td>
                  <td>${p.b.title} <small>(${this.#provider(p.b.providerId)})</small></td>
                  <td>${Math.round(p.similarity * 100)} %</td>
                  <td>${p.reasons.join('; ')}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`;
  }

  override render() {
    const report = this.report;
    if (!report) return html`<p>${this.t('app.loading')}</p>`;
    const until = this.#listsUntil();
    return html`<h2>${this.t('report.title')}${this.eventName ? html`: ${this.eventName}` : nothing}</h2>
      <div class="toolbar">
        <button type="button" class="csv" @click=${this.#export}>${this.t('report.csv')}</button>
        <button type="button" class="secondary print" @click=${this.#print}>${this.t('report.print')}</button>
      </div>
      <p class="privacy-note">${this.t('report.privacyNote')}</p>
      <section aria-labelledby="h-totals">
        <h3 id="h-totals">${this.t('report.totals')}</h3>
        <dl class="totals">
          ${TOTAL_KEYS.filter((key) => report.totals[key] !== undefined).map(
            (key) => html`<div data-total=${key}><dt>${this.t(`report.total.${key}`)}</dt><dd>${report.totals[key]!.toLocaleString(this.locale)}</dd></div>`,
          )}
        </dl>
      </section>
      ${until ? html`<p class="lists-until">${until}</p>` : nothing}
      ${chartsOf(report, (k) => this.t(k), this.locale).map((chart) => this.#section(chart))}
      ${report.nearDuplicateOffers ? this.#duplicates(report.nearDuplicateOffers) : nothing}
      ${report.feedback ? this.#feedback(report.feedback) : nothing}`;
  }
}
