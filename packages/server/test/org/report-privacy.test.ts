/**
 * Privacy of the report (review findings M5 and L2): no cell of the report, its CSV or `markt export` shows a count
 * between 1 and MIN_COUNT - 1, and visitors' free text (searches without result, feedback "what was missing") is
 * shown only when at least MIN_COUNT visits typed the same thing, cleaned of digits, e-mail addresses and phone
 * numbers and cut to three words. Real SQLite file, real HTTP routes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { MIN_COUNT, cleanFreeText, eventReport, reportCsv, type EventReport } from '../../src/store/report.js';
import { derivable, type PublishedList } from '../derivable-counts.js';
import { addReportRows, reportLists, times, type ReportRows } from './report-data.js';
import { orgWorld, type Login, type OrgWorld } from './setup.js';

let w: OrgWorld;
let org: Login;
const E = '/api/org/events/fair-test';

beforeEach(async () => {
  w = await orgWorld(() => new Date('2027-03-10T12:00:00Z'));
  org = await w.org1();
});
afterEach(async () => w.dispose());

/** Writes rows into the real tables, as the kiosk and phone routes would have (during the fair, before 12:00). */
const add = (rows: ReportRows): Promise<void> => addReportRows(w.services, rows);
const lists = (report: EventReport): PublishedList[] => reportLists(report);

/** Every number in the report's cells (the totals and the feedback count excluded: they are over the whole event). */
function cellNumbers(report: EventReport): number[] {
  const { totals: _totals, generatedAt: _at, eventId: _id, nearDuplicateOffers: _dup, feedback, ...rest } = report;
  const cells = { ...rest, ratings: feedback.ratings, missing: feedback.missing };
  const numbers: number[] = [];
  JSON.stringify(cells, (key, value: unknown) => {
    if (typeof value === 'number' && key !== 'average' && key !== 'rating') numbers.push(value);
    return value;
  });
  return numbers;
}

async function fetchReport(): Promise<{ report: EventReport; csv: string }> {
  const res = await w.send('GET', `${E}/report`, undefined, org);
  expect(res.status).toBe(200);
  const report = (await res.json()) as EventReport;
  const csv = await (await w.send('GET', `${E}/report.csv`, undefined, org)).text();
  return { report, csv };
}

describe('the report never shows a count between 1 and 4 (M5)', () => {
  it('exports MIN_COUNT = 5 for the live dashboard', () => {
    expect(MIN_COUNT).toBe(5);
  });

  it('one lead at the debt counselling, one search with a name: neither the 1 nor the text is in the JSON or the CSV', async () => {
    await add({
      leads: [{ providerId: 'p-debt', offerId: 'o-debt' }],
      visits: [{ standId: 'st-2', providerId: 'p-debt' }],
      searches: ['Schulden Erika Mustermann Hartz'],
      quizzes: ['SA'],
      feedback: [{ rating: 2 }],
    });
    const { report, csv } = await fetchReport();
    expect(cellNumbers(report).filter((v) => v > 0 && v < MIN_COUNT)).toEqual([]);
    expect(report.leadsPerProvider.find((p) => p.providerId === 'p-debt')).toMatchObject({ leads: null, suppressed: true });
    expect(report.visitsPerStand.find((s) => s.standId === 'st-2')).toMatchObject({ visits: null, suppressed: true });
    expect(report.feedback.average).toBeNull();
    expect(JSON.stringify(report)).not.toMatch(/erika|mustermann/i);
    expect(csv).not.toMatch(/erika|mustermann/i);
    expect(csv).toContain('leads_per_provider,p-debt,Schuldnerberatung Pankow,withheld\r\n');
    for (const line of csv.trim().split('\r\n').slice(1)) {
      const [section, , , value] = line.split(',');
      if (section !== 'totals') expect(Number(value) > 0 && Number(value) < MIN_COUNT, line).toBe(false);
    }
  });

  it('a cell below 5 cannot be worked out from the exact total: the zeros of that list are withheld with it, and a lone one takes the smallest shown cell along', async () => {
    await add({ leads: [...times(7, { providerId: 'p-care', offerId: 'o-care' }), { providerId: 'p-debt', offerId: 'o-debt' }] });
    const { report } = await fetchReport();
    expect(report.totals.leads).toBe(8);
    // 7 and 1 of 8: showing the 7 would give the 1 away.
    expect(report.leadsPerProvider).toEqual([
      { providerId: 'p-care', providerName: 'Pflegeschule Nord', leads: null, suppressed: true },
      { providerId: 'p-debt', providerName: 'Schuldnerberatung Pankow', leads: null, suppressed: true },
    ]);
    // Per offer kind: qualification 7, counselling 1, and job 0 (an offer kind of the fair with no lead) withheld alike.
    expect(report.leadsPerOfferKind).toEqual([
      { kind: 'qualification', leads: 7 },
      { kind: 'counselling', leads: null, suppressed: true },
      { kind: 'job', leads: null, suppressed: true },
    ]);
    expect(derivable(lists(report))).toEqual([]);
  });

  it('from the published report and its CSV no withheld count can be computed: no list with an exact total withholds exactly one cell', async () => {
    await add({
      visits: [...times(6, { standId: 'st-1', providerId: 'p-care' }), { standId: 'st-2', providerId: 'p-debt', at: '2027-03-10T10:15:00.000Z' }],
      leads: [...times(7, { providerId: 'p-care', offerId: 'o-care' }), ...times(6, { providerId: 'p-care', offerId: 'o-care-2' }), { providerId: 'p-debt', offerId: 'o-debt' }],
      quizzes: [...times(6, 'RC'), ...times(7, 'SA'), ...times(2, 'CE')],
      feedback: [...times(5, { rating: 1 }), ...times(5, { rating: 2 }), ...times(6, { rating: 3 }), ...times(7, { rating: 4 }), ...times(2, { rating: 5 })],
    });
    const { report, csv } = await fetchReport();
    expect(derivable(lists(report))).toEqual([]);
    // Each list withholds its small cell and the smallest shown count (in every cell that has it), never one alone.
    expect(report.visitsPerHour).toEqual([
      { hour: '2027-03-10T09', visits: null, suppressed: true },
      { hour: '2027-03-10T10', visits: null, suppressed: true },
    ]);
    expect(report.leadsPerOfferKind).toEqual([
      { kind: 'qualification', leads: 7 },
      { kind: 'counselling', leads: null, suppressed: true },
      { kind: 'job', leads: null, suppressed: true },
    ]);
    expect(report.interestCodes).toEqual([
      { code: 'SA', count: 7 },
      { code: 'CE', count: null, suppressed: true },
      { code: 'RC', count: null, suppressed: true },
    ]);
    expect(report.feedback.ratings).toEqual([
      { rating: 1, count: null, suppressed: true },
      { rating: 2, count: null, suppressed: true },
      { rating: 3, count: 6 },
      { rating: 4, count: 7 },
      { rating: 5, count: null, suppressed: true },
    ]);
    // The CSV says the same: two "withheld" per list that has any.
    expect(csv).toContain('interest_codes,SA,,7\r\n');
    expect(csv).toContain('interest_codes,RC,,withheld\r\n');
    expect(csv).toContain('feedback_ratings,1,,withheld\r\n');
  });

  it('keeps the visits of a stand deleted since in a row of their own (by stand id): they are no gap between the total and the rows', async () => {
    await add({ visits: [...times(9, { standId: 'st-1', providerId: 'p-care' }), ...times(2, { standId: 'st-2', providerId: 'p-debt' })] });
    await w.services.queue.run((tx) => tx.execute("DELETE FROM stands WHERE event_id = 'fair-test' AND id = 'st-2'"));
    const { report } = await fetchReport();
    expect(report.totals.visits).toBe(11);
    expect(report.visitsPerStand).toEqual([
      { standId: 'st-1', standNumber: '1', providerName: 'Pflegeschule Nord', visits: null, suppressed: true },
      { standId: 'st-2', standNumber: '', providerName: '', visits: null, suppressed: true },
    ]);
    expect(derivable(lists(report))).toEqual([]);
  });

  it('lists with no cell between 1 and 4 keep their zeros and exact figures, ordered by count', async () => {
    await add({ visits: times(6, { standId: 'st-1', providerId: 'p-care' }), leads: times(5, { providerId: 'p-care', offerId: 'o-care' }) });
    const { report } = await fetchReport();
    expect(report.visitsPerStand).toEqual([
      { standId: 'st-1', standNumber: '1', providerName: 'Pflegeschule Nord', visits: 6 },
      { standId: 'st-2', standNumber: '2', providerName: 'Schuldnerberatung Pankow', visits: 0 },
    ]);
    expect(report.visitsPerHour).toEqual([{ hour: '2027-03-10T09', visits: 6 }]);
    expect(report.leadsPerProvider.map((p) => p.leads)).toEqual([5, 0]);
  });

  it('withheld cells are not ordered by their hidden value', async () => {
    // p-debt has 1 lead, p-care none: sorted by count the 1 would come first and give itself away.
    await add({ leads: [{ providerId: 'p-debt', offerId: 'o-debt' }] });
    const { report } = await fetchReport();
    expect(report.leadsPerProvider.map((p) => [p.providerId, p.leads])).toEqual([
      ['p-care', null],
      ['p-debt', null],
    ]);
  });

  it('feedback ratings below 5 are withheld, and the average with them: it would give the withheld ratings away', async () => {
    // 5 × 4 and one 1: an average of 3.5 over 6 ratings is a sum of 21, 20 of it shown, so the withheld one is a 1.
    await add({ feedback: [...times(5, { rating: 4 }), { rating: 1 }] });
    const { report, csv } = await fetchReport();
    expect(report.feedback.count).toBe(6);
    expect(report.feedback.average).toBeNull();
    expect(report.feedback.ratings).toEqual([
      { rating: 1, count: null, suppressed: true },
      { rating: 2, count: null, suppressed: true },
      { rating: 3, count: null, suppressed: true },
      { rating: 4, count: 5 },
      { rating: 5, count: null, suppressed: true },
    ]);
    expect(csv).toContain('feedback_ratings,1,,withheld\r\n');
    expect(csv).toContain('feedback,average,,\r\n');
  });

  it('the average shows from 5 ratings on when it gives nothing away; a single rating of 1 more takes it away', async () => {
    await add({ feedback: [...times(5, { rating: 4 }), ...times(7, { rating: 5 })] });
    const { report } = await fetchReport();
    expect(report.feedback.average).toBe(4.58);
    expect(report.feedback.ratings.map((r) => r.count)).toEqual([0, 0, 0, 5, 7]);
    await add({ feedback: [{ rating: 1 }] });
    expect((await fetchReport()).report.feedback.average).toBeNull();
  });

  it('the average shows beside withheld ratings when it cannot tell them: 3 × 1 and 2 × 2 could as well be 4 × 1 and 1 × 3', async () => {
    await add({ feedback: [...times(3, { rating: 1 }), ...times(2, { rating: 2 }), ...times(10, { rating: 4 }), ...times(10, { rating: 5 })] });
    const { report } = await fetchReport();
    expect(report.feedback.average).toBe(3.88);
    expect(report.feedback.ratings.map((r) => r.count)).toEqual([null, null, null, 10, 10]);
  });
});

describe('searches without result: only what at least 5 visits searched, cleaned (M5)', () => {
  it('cleans a text: lower case, no digits, e-mail addresses or phone numbers, at most three words', () => {
    expect(cleanFreeText('Schulden Erika Mustermann Hartz')).toBe('schulden erika mustermann');
    expect(cleanFreeText('  Kinderbetreuung   0170 5551234 ')).toBe('kinderbetreuung');
    expect(cleanFreeText('erika.m@example.org Pflege')).toBe('pflege');
    expect(cleanFreeText('+49 (30) 123-456 Ärztin')).toBe('ärztin');
    expect(cleanFreeText('B1-Kurs 2027!')).toBe('b-kurs');
    expect(cleanFreeText('12345')).toBe('');
    expect(cleanFreeText('Zahntechnik, Nachtschicht?')).toBe('zahntechnik nachtschicht');
  });

  it('shows a term searched 5 times (merged after cleaning), hides one searched 4 times', async () => {
    await add({
      searches: [
        ...['Imker', 'imker ', 'IMKER', 'Imker 2027', 'imker!'],
        ...times(4, 'Gabelstapler'),
        ...times(5, 'Schulden 0170 5551234'),
        'Erika Mustermann',
      ],
    });
    const { report, csv } = await fetchReport();
    expect(report.totals.searches).toBe(15);
    expect(report.zeroResultSearches).toEqual([
      { query: 'imker', count: 5 },
      { query: 'schulden', count: 5 },
    ]);
    expect(csv).not.toMatch(/gabelstapler|5551234|erika/i);
  });
});

describe('feedback "what was missing" (L2): shown under the same rule', () => {
  it('shows a text that 5 visitors wrote alike, not one that fewer wrote or that carries a phone number', async () => {
    await add({
      feedback: [
        ...['Kinderbetreuung', 'kinderbetreuung ', 'Kinderbetreuung!', 'KINDERBETREUUNG', 'Kinderbetreuung.'].map((missing) => ({ rating: 4, missing })),
        ...times(4, { rating: 3, missing: 'Mehr Arbeitgeber' }),
        { rating: 2, missing: 'Ruft mich an 0170 5551234, Erika' },
      ],
    });
    const { report, csv } = await fetchReport();
    expect(report.feedback.missing).toEqual(['kinderbetreuung']);
    expect(csv).toContain('feedback_missing,kinderbetreuung,,\r\n');
    expect(JSON.stringify(report) + csv).not.toMatch(/arbeitgeber|erika|5551234/i);
  });
});

describe('the store functions directly (as `markt export` uses them)', () => {
  it('eventReport and reportCsv carry no count between 1 and 4', async () => {
    await add({ visits: [{ standId: 'st-1', providerId: 'p-care' }], quizzes: ['RC', 'RC', 'SA'] });
    const report = await eventReport(w.services, 'fair-test');
    expect(report.interestCodes).toEqual([
      { code: 'RC', count: null, suppressed: true },
      { code: 'SA', count: null, suppressed: true },
    ]);
    expect(report.visitsPerHour).toEqual([{ hour: '2027-03-10T09', visits: null, suppressed: true }]);
    expect(reportCsv(report)).toContain('interest_codes,RC,,withheld\r\n');
  });
});

describe('`markt export --help`', () => {
  it('no longer claims "no personal data" and says what is withheld', () => {
    const help = commands.find((c) => c.name === 'export')?.help ?? '';
    expect(help).not.toContain('no personal data');
    expect(help).toContain('"withheld"');
    expect(help).toMatch(/at least 5 visitors/);
  });

  it('says when the average is withheld and that the totals and lists lag while the event runs', () => {
    const help = (commands.find((c) => c.name === 'export')?.help ?? '').replace(/\s+/g, ' ');
    expect(help).toContain('only when it gives no withheld rating count away');
    expect(help).toContain('Until the event\'s end the totals and lists count only what was written before the last 5-minute boundary');
  });
});
