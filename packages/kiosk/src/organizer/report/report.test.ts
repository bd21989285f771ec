import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import type { ReportData } from '../api/types.js';
import { click } from '../test-helpers.js';
import { hourLabel } from './report-rows.js';
import type { MarktReport } from './report.js';
import './report.js';

const report: ReportData = {
  totals: { visits: 1234, visitors: 410, leads: 57, quizzes: 188 },
  visitsPerStand: [
    { standNumber: '12', providerName: 'Bildungswerk Nord', visits: 120 },
    { standNumber: '13', providerName: '<script>window.__pwned=1</script>', visits: 60 },
    { standNumber: '14', providerName: '=HYPERLINK("http://evil.example")', visits: 30 },
  ],
  visitsPerHour: [
    { hour: '2026-03-12T09', visits: 80 },
    { hour: '2026-03-12T10', visits: 140 },
  ],
  leadsPerProvider: [{ providerName: '<img src=x onerror="window.__pwned=2">', leads: 9 }],
  leadsPerOfferKind: [
    { kind: 'qualification', leads: 30 },
    { kind: 'job', leads: 27 },
  ],
  interestCodes: [{ code: 'S', count: 70 }],
  zeroResultSearches: [{ query: 'Imker', count: 4 }],
  nearDuplicateOffers: [
    {
      a: { offerId: 'o-a', providerId: 'p-a', title: 'Pflegehelfer/in' },
      b: { offerId: 'o-b', providerId: 'p-b', title: 'Pflegehelfer' },
      similarity: 0.92,
      reasons: ['same kind (qualification)', 'similar titles (92 %)'],
    },
  ],
  feedback: { count: 40, average: 4.25, ratings: [{ rating: 5, count: 20 }, { rating: 4, count: 10 }], missing: ['mehr Teilzeit'] },
};

describe('markt-report', () => {
  it('is accessible: every chart has a captioned data table', async () => {
    const el = await fixture<MarktReport>(html`<markt-report .report=${report} event-name="Markt Pankow"></markt-report>`);
    await expectAccessible(el);
    const root = el.shadowRoot!;
    const charts = root.querySelectorAll('svg.chart');
    expect(charts.length).to.equal(7);
    for (const chart of charts) {
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect(chart.nextElementSibling?.tagName).to.equal('TABLE');
      expect(chart.nextElementSibling?.querySelector('caption')?.textContent).to.not.equal('');
    }
  });

  it('shows the totals and bars proportional to the numbers, with the numbers in the table', async () => {
    const el = await fixture<MarktReport>(html`<markt-report .report=${report}></markt-report>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-total="visits"] dd')?.textContent).to.equal('1.234');
    expect(root.querySelector('[data-total="leads"] dd')?.textContent).to.equal('57');
    const widths = [...root.querySelectorAll('[data-chart="visits-per-stand"] rect.bar')].map((r) => Number(r.getAttribute('width')));
    expect(widths).to.have.length(3);
    expect(widths[0]! / widths[1]!).to.be.closeTo(2, 1e-9);
    expect(widths[0]! / widths[2]!).to.be.closeTo(4, 1e-9);
    const cells = [...root.querySelectorAll('[data-table="visits-per-hour"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent).join(' '),
    );
    const local = (h: string) => hourLabel(h, 'de');
    expect(cells).to.deep.equal([`${local('2026-03-12T09')} 80`, `${local('2026-03-12T10')} 140`]);
    expect(hourLabel('2026-03-12T09', 'de', 'Europe/Berlin')).to.equal('12.03., 10:00');
    expect(hourLabel('2026-07-01T09', 'en', 'Europe/Berlin')).to.equal('07/01, 11:00 AM');
    expect(root.querySelector('[data-table="leads-per-kind"] tbody th')?.textContent).to.equal('Qualifizierung');
    const pair = root.querySelector('.duplicates tr[data-pair="o-a~o-b"]')!;
    expect([...pair.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Pflegehelfer/in (p-a)',
      'Pflegehelfer (p-b)',
      '92 %',
      'same kind (qualification); similar titles (92 %)',
    ]);
    expect(root.textContent).to.contain('4,3 von 5');
  });

  it('renders names with markup as text', async () => {
    const el = await fixture<MarktReport>(html`<markt-report .report=${report}></markt-report>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('script, img')).to.equal(null);
    expect(root.querySelector('[data-table="leads-per-provider"] tbody th')?.textContent).to.equal('<img src=x onerror="window.__pwned=2">');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('exports a CSV with every number and formula-safe text cells', async () => {
    const el = await fixture<MarktReport>(html`<markt-report .report=${report} event-name="Markt Pankow"></markt-report>`);
    el.addEventListener('markt-report-export', (e) => e.preventDefault());
    const exported = oneEvent(el, 'markt-report-export');
    await click(el.shadowRoot!.querySelector('button.csv')!);
    const { csv, filename } = (await exported).detail;
    expect(filename).to.equal('Markt-Pankow-auswertung.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('Abschnitt;Bezeichnung;Anzahl');
    expect(lines).to.include('Gesamtzahlen;Besuche;1234');
    expect(lines).to.include('Besuche je Stand;12 · Bildungswerk Nord;120');
    expect(lines).to.include(`Besuche je Stunde;${hourLabel('2026-03-12T10', 'de')};140`);
    expect(lines).to.include('Kontaktwünsche je Angebotsart;Stelle;27');
    expect(lines).to.include('Suchen ohne Ergebnis;Imker;4');
    // A provider name that starts a formula is only text once exported.
    expect(lines).to.include(`Besuche je Stand;"14 · =HYPERLINK(""http://evil.example"")";30`);
    expect(csv).to.not.match(/;=HYPERLINK/);
  });
});
