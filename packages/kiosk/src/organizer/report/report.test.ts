import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import type { ReportData } from '../api/types.js';
import { click } from '../test-helpers.js';
import { hourLabel, timeLabel } from './report-rows.js';
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
  zeroResultSearches: [{ query: 'Imker', count: 7 }],
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
    expect(lines).to.include('Suchen ohne Ergebnis;Imker;7');
    // A provider name that starts a formula is only text once exported.
    expect(lines).to.include(`Besuche je Stand;"14 · =HYPERLINK(""http://evil.example"")";30`);
    expect(csv).to.not.match(/;=HYPERLINK/);
  });

  describe('withheld counts (privacy review M5): the server sends null with suppressed: true for counts of 1 to 4', () => {
    const small: ReportData = {
      totals: { visits: 30, leads: 8 },
      visitsPerStand: [
        { standNumber: '1', providerName: 'Pflegeschule Nord', visits: 30 },
        { standNumber: '2', providerName: 'Suchtberatung Lichtblick', visits: null, suppressed: true },
      ],
      leadsPerProvider: [
        { providerName: 'Pflegeschule Nord', leads: 7 },
        { providerName: 'Suchtberatung Lichtblick', leads: null, suppressed: true },
      ],
      zeroResultSearches: [],
      feedback: { count: 3, average: null, ratings: [{ rating: 4, count: null, suppressed: true }], missing: [] },
    };

    it('shows "geschützt" with no bar, in the chart and its table, and stays accessible', async () => {
      const el = await fixture<MarktReport>(html`<markt-report .report=${small}></markt-report>`);
      await expectAccessible(el);
      const root = el.shadowRoot!;
      const rows = [...root.querySelectorAll('[data-table="leads-per-provider"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
      expect(rows).to.deep.equal([
        ['Pflegeschule Nord', '7'],
        ['Suchtberatung Lichtblick', 'geschützt'],
      ]);
      const bars = [...root.querySelectorAll('[data-chart="leads-per-provider"] rect.bar')];
      expect(bars).to.have.length(1);
      expect(root.querySelector('[data-chart="leads-per-provider"]')?.textContent).to.contain('geschützt');
      expect(root.textContent).to.not.match(/NaN|null/);
    });

    it('explains the rule in German and English, and why the average is missing', async () => {
      const de = await fixture<MarktReport>(html`<markt-report .report=${small}></markt-report>`);
      const note = () => de.shadowRoot!.querySelector('.privacy-note')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(note()).to.equal(
          'In den Listen erscheinen Zahlen von 1 bis 4 als „geschützt“, damit niemand erkannt werden kann; dann auch die anderen Zahlen unter 5 derselben Liste, und wenn sonst nur eine Zahl fehlen würde, auch die kleinste gezeigte (sie ließe sich sonst aus der Summe ausrechnen). Die Summen oben sind genau: Sie sagen nichts über einen Stand oder Träger. Suchwörter und Rückmeldungen erscheinen erst, wenn mindestens 5 Besuche dasselbe eingegeben haben, ohne Ziffern, E-Mail-Adressen und Telefonnummern.',
      );
      expect(de.shadowRoot!.querySelector('.average-withheld')?.textContent?.trim()).to.equal(
        'Den Durchschnitt zeigen wir ab 5 Bewertungen und nur, wenn er keine geschützte Zahl verrät.',
      );
      const en = await fixture<MarktReport>(html`<markt-report .report=${small} locale="en"></markt-report>`);
      expect(en.shadowRoot!.querySelector('.privacy-note')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'In the lists, counts of 1 to 4 appear as “withheld” so that nobody can be recognised; then so do the other counts below 5 of the same list, and when only one count would be missing, the smallest shown one too (it could otherwise be worked out from the total). The totals above are exact: they say nothing about a stand or provider. Search terms and feedback texts appear only when at least 5 visits typed the same thing, without digits, e-mail addresses and phone numbers.',
      );
      expect(en.shadowRoot!.querySelector('.average-withheld')?.textContent?.trim()).to.equal(
        'The average is shown from 5 ratings on, and only when it gives away no withheld count.',
      );
    });

    it('exports "geschützt" in the CSV, never an empty or a made-up number', async () => {
      const el = await fixture<MarktReport>(html`<markt-report .report=${small}></markt-report>`);
      const lines = el.toCsv().split('\r\n');
      expect(lines).to.include('Kontaktwünsche je Träger;Suchtberatung Lichtblick;geschützt');
      expect(lines).to.include('Besuche je Stand;2 · Suchtberatung Lichtblick;geschützt');
      expect(lines).to.include('Rückmeldungen;4 / 5;geschützt');
      expect(lines.join('\n')).to.not.match(/null|NaN/);
    });
  });

  describe('lists that lag while the fair runs (privacy review H2): the server sends listsUntil', () => {
    const running: ReportData = { ...report, listsUntil: '2026-03-12T09:35:00.000Z' };

    it('says until when the lists count, in the page language and time format, and stays accessible', async () => {
      const de = await fixture<MarktReport>(html`<markt-report .report=${running}></markt-report>`);
      await expectAccessible(de);
      const note = (el: MarktReport) => el.shadowRoot!.querySelector('.lists-until')?.textContent?.replace(/\s+/g, ' ').trim();
      const time = (locale: string) => timeLabel('2026-03-12T09:35:00.000Z', locale);
      expect(note(de)).to.equal(`Zahlen: Stand ${time('de')} Uhr, alle 5 Minuten aktualisiert, solange der Markt läuft`);
      const en = await fixture<MarktReport>(html`<markt-report .report=${running} locale="en"></markt-report>`);
      expect(note(en)).to.equal(`Figures: as of ${time('en')}, updated every 5 minutes while the fair is running`);
      expect(timeLabel('2026-03-12T09:35:00.000Z', 'de', 'Europe/Berlin')).to.equal('10:35');
      expect(timeLabel('2026-07-01T09:35:00.000Z', 'en', 'Europe/Berlin')).to.equal('11:35 AM');
    });

    it('puts the same line into the CSV export', async () => {
      const el = await fixture<MarktReport>(html`<markt-report .report=${running}></markt-report>`);
      expect(el.toCsv().split('\r\n')).to.include(`Zahlen: Stand ${timeLabel('2026-03-12T09:35:00.000Z', 'de')} Uhr, alle 5 Minuten aktualisiert, solange der Markt läuft;;`);
    });

    it('says nothing of it once the lists are final (null) or when the server sends no such field', async () => {
      for (const data of [{ ...report, listsUntil: null }, report]) {
        const el = await fixture<MarktReport>(html`<markt-report .report=${data}></markt-report>`);
        expect(el.shadowRoot!.querySelector('.lists-until')).to.equal(null);
        expect(el.toCsv()).to.not.contain('Listen:');
      }
    });
  });
});
