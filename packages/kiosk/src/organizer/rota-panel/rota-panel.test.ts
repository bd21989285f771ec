import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Event, Provider, Stand } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { ApiError } from '../api/org-api.js';
import type { RotaShift } from '../api/types.js';
import { sendKeys } from '@web/test-runner-commands';
import { click, typeInto } from '../test-helpers.js';
import { eventDates, eventOffset, localParts, rotaGrid, toTimestamp } from './rota-grid.js';
import type { RotaApi, RotaPanel } from './rota-panel.js';
import './rota-panel.js';

const event = {
  id: 'e1',
  title: { de: 'Markt' },
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T15:00:00+01:00',
  venue: { name: 'Rathaus' },
  retentionDays: 30,
} as unknown as Event;
const providers: Provider[] = [
  { id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } },
  { id: 'p-jc', name: 'Jobcenter Pankow', kind: 'jobcenter', certifications: [], place: { remote: false } },
];
const stands: Stand[] = [
  { id: 'st-1', eventId: 'e1', providerId: 'p1', number: '1' },
  { id: 'st-help', eventId: 'e1', providerId: 'p-jc', number: 'H', label: 'Infotheke' },
];

/** An in-memory stand-in for the rota API that validates like the server (ends after starts). */
function rotaStandIn(initial: RotaShift[] = []) {
  const shifts = initial.map((s) => ({ ...s }));
  const calls: string[] = [];
  const api: RotaApi = {
    rota: async () => shifts.map((s) => ({ ...s })),
    createShift: async (_eventId, body) => {
      calls.push(`create ${JSON.stringify(body)}`);
      if (Date.parse(body.endsAt) <= Date.parse(body.startsAt)) {
        throw new ApiError(400, 'INVALID_INPUT', 'Some fields are missing or invalid: see details.', [{ path: 'endsAt', message: 'must be after startsAt' }]);
      }
      const saved = { ...body, id: body.id ?? `sh-${shifts.length + 1}` };
      shifts.push(saved);
      return saved;
    },
    updateShift: async (_eventId, body) => {
      calls.push(`update ${JSON.stringify(body)}`);
      shifts.splice(shifts.findIndex((s) => s.id === body.id), 1, body);
      return body;
    },
    deleteShift: async (_eventId, id) => {
      calls.push(`delete ${id}`);
      shifts.splice(shifts.findIndex((s) => s.id === id), 1);
      return undefined;
    },
  };
  return { api, calls };
}

/** Types a time into a time field with the real keyboard, in the browser's 12- or 24-hour layout. */
async function typeTime(input: HTMLInputElement, time: string): Promise<void> {
  input.scrollIntoView({ block: 'center' });
  input.focus(); // the hour segment
  const [h, m] = time.split(':').map(Number) as [number, number];
  const twelve = /h1[12]/.test(new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hourCycle ?? '');
  const mm = String(m).padStart(2, '0');
  await sendKeys({ type: twelve ? `${String(h % 12 || 12).padStart(2, '0')}${mm}${h < 12 ? 'a' : 'p'}` : `${String(h).padStart(2, '0')}${mm}` });
}

const morning: RotaShift = { id: 'sh-a', standId: 'st-help', staffName: 'Frau Yilmaz', role: 'Beratung', startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T11:30:00+01:00' };

async function panel(api: RotaApi, locale = 'de'): Promise<RotaPanel> {
  return fixture<RotaPanel>(html`<markt-rota-panel .api=${api} .event=${event} .stands=${stands} .providers=${providers} locale=${locale}></markt-rota-panel>`);
}

describe('markt-rota-panel', () => {
  it('is accessible, with a grid of shifts', async () => {
    const el = await panel(rotaStandIn([morning]).api);
    await waitUntil(() => el.shadowRoot!.querySelector('table.grid'));
    await expectAccessible(el);
  });

  it('shows the rota as a table by time × stand, in the event\'s time zone', async () => {
    const el = await panel(rotaStandIn([morning]).api);
    await waitUntil(() => el.shadowRoot!.querySelector('table.grid'));
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('table.grid thead th')].map((th) => th.textContent)).to.deep.equal(['Uhrzeit', 'H · Infotheke']);
    const rows = [...root.querySelectorAll('table.grid tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).to.deep.equal([
      ['09:00', 'Frau Yilmaz (Beratung)'],
      ['10:00', 'Frau Yilmaz (Beratung)'],
      ['11:00', 'Frau Yilmaz (Beratung)'],
    ]);
  });

  it('adds a shift by real clicks and typing, and shows the server\'s field errors', async () => {
    const { api, calls } = rotaStandIn();
    const el = await panel(api);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#staffName'));
    expect(root.textContent).to.contain('Noch keine Schichten.');
    await typeInto(root.querySelector('#staffName')!, 'Herr Brandt');
    await typeInto(root.querySelector('#role')!, 'Infotheke');
    // The time fields start at the event's hours (09:00–15:00); make it 10:00–09:00 first: refused.
    const from = root.querySelector<HTMLInputElement>('#from')!;
    const to = root.querySelector<HTMLInputElement>('#to')!;
    expect([from.value, to.value]).to.deep.equal(['09:00', '15:00']);
    await typeTime(from, '10:00');
    await typeTime(to, '09:00');
    expect([from.value, to.value]).to.deep.equal(['10:00', '09:00']);
    await click(root.querySelector('form.shift button[type="submit"]')!);
    await waitUntil(() => root.querySelector('[role="alert"]')?.textContent);
    // The server's refusal in German, naming the form's field.
    expect(root.querySelector('[role="alert"]')?.textContent).to.equal('Bis: Das Ende muss nach dem Beginn liegen.');
    expect(root.querySelector<HTMLInputElement>('#staffName')!.value).to.equal('Herr Brandt'); // kept after the error
    await typeTime(to, '13:00');
    expect(to.value).to.equal('13:00');
    const changed = oneEvent(el, 'markt-rota-change');
    await click(root.querySelector('form.shift button[type="submit"]')!);
    const { detail } = await changed;
    expect(detail.shifts).to.have.length(1);
    expect(calls.at(-1)).to.equal(
      `create ${JSON.stringify({ standId: 'st-1', staffName: 'Herr Brandt', role: 'Infotheke', startsAt: '2027-03-10T10:00:00+01:00', endsAt: '2027-03-10T13:00:00+01:00' })}`,
    );
    await waitUntil(() => root.querySelector('table.grid'));
    expect(root.querySelector('[role="status"]')?.textContent).to.equal('Schicht von Herr Brandt eingetragen.');
    expect(root.querySelectorAll('table.grid tbody tr')).to.have.length(3);
    expect(root.querySelector<HTMLInputElement>('#staffName')!.value).to.equal('');
    await expectAccessible(el);
  });

  it('edits and deletes a shift from the list', async () => {
    const { api, calls } = rotaStandIn([morning]);
    const el = await panel(api);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('button.edit'));
    await click(root.querySelector('button.edit')!);
    await waitUntil(() => root.querySelector<HTMLInputElement>('#staffName')?.value === 'Frau Yilmaz');
    expect(root.querySelector<HTMLSelectElement>('#standId')!.value).to.equal('st-help');
    expect(root.querySelector<HTMLInputElement>('#to')!.value).to.equal('11:30');
    const name = root.querySelector<HTMLInputElement>('#staffName')!;
    await click(name);
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: 'Frau Yılmaz-Berg' });
    await click(root.querySelector('form.shift button[type="submit"]')!);
    await waitUntil(() => calls.length === 1);
    expect(calls[0]).to.equal(`update ${JSON.stringify({ standId: 'st-help', staffName: 'Frau Yılmaz-Berg', role: 'Beratung', startsAt: morning.startsAt, endsAt: morning.endsAt, id: 'sh-a' })}`);
    await waitUntil(() => root.querySelector('[data-shift="sh-a"] th')?.textContent === 'Frau Yılmaz-Berg');
    // Delete asks first; "Cancel" sends nothing.
    await click(root.querySelector('button.delete')!);
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(root.querySelector('[data-shift="sh-a"] .confirm')?.textContent).to.contain('Schicht von Frau Yılmaz-Berg (2027-03-10 09:00–11:30) wirklich löschen?');
    expect(root.activeElement?.textContent?.trim()).to.equal('Ja, löschen');
    await expectAccessible(el);
    await click(root.querySelector('[data-shift="sh-a"] .confirm button.secondary')!);
    await el.updateComplete;
    expect(calls).to.have.length(1);
    await click(root.querySelector('button.delete')!);
    await el.updateComplete;
    await click(root.querySelector('[data-shift="sh-a"] .confirm button.danger')!);
    await waitUntil(() => root.textContent?.includes('Noch keine Schichten.'));
    expect(calls[1]).to.equal('delete sh-a');
  });

  it('announces the delete question with the focused answer, and after a delete moves the focus on, never to the page', async () => {
    const noon: RotaShift = { ...morning, id: 'sh-b', staffName: 'Herr Brandt', startsAt: '2027-03-10T12:00:00+01:00', endsAt: '2027-03-10T14:00:00+01:00' };
    const { api } = rotaStandIn([morning, noon]);
    const el = await panel(api);
    const root = el.shadowRoot!;
    const confirmDelete = async (id: string) => {
      await click(root.querySelector(`tr[data-shift="${id}"] button.delete`)!);
      await el.updateComplete;
      const yes = root.activeElement as HTMLElement;
      expect(yes.textContent?.trim()).to.equal('Ja, löschen');
      const question = root.getElementById(yes.getAttribute('aria-describedby') ?? '');
      expect(question?.textContent).to.contain('wirklich löschen?');
      expect(root.querySelector(`tr[data-shift="${id}"] .confirm`)?.getAttribute('aria-describedby')).to.equal(question?.id);
      await click(yes);
      await waitUntil(() => !root.querySelector(`tr[data-shift="${id}"]`));
      await waitUntil(() => root.activeElement !== null, 'the focus stays in the panel');
    };
    await waitUntil(() => root.querySelector('tr[data-shift="sh-b"]'));
    await confirmDelete('sh-a');
    expect(root.activeElement?.getAttribute('aria-label')).to.contain('Herr Brandt'); // the next shift's delete button
    expect(root.activeElement?.classList.contains('delete')).to.equal(true);
    await confirmDelete('sh-b');
    expect(root.activeElement?.matches('form.shift button[type="submit"]')).to.equal(true); // none left: "add"
  });

  it('after a delete the server refused, puts the focus back on the shift\'s delete button', async () => {
    const { api } = rotaStandIn([morning]);
    api.deleteShift = async () => {
      throw new ApiError(503, 'INTERNAL', 'database unavailable');
    };
    const el = await panel(api);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('tr[data-shift="sh-a"] button.delete'));
    await click(root.querySelector('tr[data-shift="sh-a"] button.delete')!);
    await el.updateComplete;
    await click(root.querySelector('tr[data-shift="sh-a"] .confirm button.danger')!);
    await waitUntil(() => root.querySelector('[role="alert"]')?.textContent);
    await waitUntil(() => root.activeElement?.matches('tr[data-shift="sh-a"] button.delete') === true, 'focus on the shift\'s delete button');
  });

  it('has a print layout: the form and buttons are hidden, the grid stays', async () => {
    const el = await panel(rotaStandIn([morning]).api);
    await waitUntil(() => el.shadowRoot!.querySelector('table.grid'));
    const sheets = (el.shadowRoot!.adoptedStyleSheets ?? []).flatMap((s) => [...s.cssRules]);
    const print = sheets.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(print !== undefined, 'an @media print rule').to.equal(true);
    const hidden = [...print!.cssRules].map((r) => r.cssText).join('\n');
    for (const selector of ['form.shift', '.toolbar', '.actions']) expect(hidden).to.contain(selector);
    expect(hidden).to.match(/display: none/);
  });

  it('computes times in the event\'s offset (pure helpers)', () => {
    expect(toTimestamp('2027-03-10', '09:30', 60)).to.equal('2027-03-10T09:30:00+01:00');
    expect(localParts('2027-03-10T08:30:00Z', 60)).to.deep.equal({ date: '2027-03-10', time: '09:30' });
    expect(eventDates('2027-03-10T09:00:00+01:00', '2027-03-11T15:00:00+01:00')).to.deep.equal(['2027-03-10', '2027-03-11']);
    const grid = rotaGrid([morning], ['st-help', 'st-1'], 60);
    expect(grid.map((r) => r.hour)).to.deep.equal(['09:00', '10:00', '11:00']);
    expect(grid[2]!.cells.get('st-1')).to.deep.equal([]);
  });
  it('reads an event stored in UTC ("…Z") in the hall\'s local time, and keeps an offset the event names', () => {
    // A browser in Berlin: +02:00 in April, +01:00 in March.
    const berlin = (at: Date) => (at.getUTCMonth() >= 3 && at.getUTCMonth() <= 9 ? 120 : 60);
    expect(eventOffset('2027-04-14T08:00:00.000Z', berlin)).to.equal(120);
    expect(eventOffset('2027-03-10T08:00:00Z', berlin)).to.equal(60);
    expect(eventOffset('2027-04-14T10:00:00+02:00', berlin)).to.equal(120);
    expect(eventOffset('2027-04-14T10:00:00+00:00', berlin)).to.equal(0);
    // The form then offers 10:00–16:00, the fair's hours, and writes 10:00 as 10:00+02:00.
    const offset = eventOffset('2027-04-14T08:00:00.000Z', berlin);
    expect(localParts('2027-04-14T08:00:00.000Z', offset).time).to.equal('10:00');
    expect(toTimestamp('2027-04-14', '10:00', offset)).to.equal('2027-04-14T10:00:00+02:00');
    expect(eventDates('2027-04-14T22:30:00Z', '2027-04-14T23:30:00Z', offset)).to.deep.equal(['2027-04-15']);
  });

  describe('in the hall\'s time zone (the test browser runs in Europe/Berlin)', () => {
    /** A panel for an event with the given start and end, and the shift it sends for a day and hours. */
    async function shiftSent(start: string, end: string, day: string, from: string, to: string, initial: RotaShift[] = []) {
      const { api, calls } = rotaStandIn(initial);
      const el = await fixture<RotaPanel>(
        html`<markt-rota-panel .api=${api} .event=${{ ...event, startsAt: start, endsAt: end }} .stands=${stands} .providers=${providers} locale="de"></markt-rota-panel>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('#staffName'));
      await typeInto(root.querySelector('#staffName')!, 'Herr Brandt');
      const days = root.querySelector<HTMLSelectElement>('#day')!;
      days.value = day;
      expect(days.value, `the form offers ${day}`).to.equal(day);
      await typeTime(root.querySelector<HTMLInputElement>('#from')!, from);
      await typeTime(root.querySelector<HTMLInputElement>('#to')!, to);
      await click(root.querySelector('form.shift button[type="submit"]')!);
      await waitUntil(() => calls.some((c) => c.startsWith('create')), 'a shift is sent');
      const sent = JSON.parse(calls.find((c) => c.startsWith('create'))!.slice('create '.length)) as RotaShift;
      return { el, root, sent: [sent.startsAt, sent.endsAt] };
    }

    it('runs in Europe/Berlin (else the cases below would prove nothing)', () => {
      expect(new Date('2027-07-01T12:00:00Z').getTimezoneOffset()).to.equal(-120);
      expect(new Date('2027-01-01T12:00:00Z').getTimezoneOffset()).to.equal(-60);
    });

    it('reads and writes an event stored in UTC ("…Z") in the hall\'s time', async () => {
      const stored: RotaShift = { id: 'sh-z', standId: 'st-1', staffName: 'Frau Adler', startsAt: '2027-04-14T09:00:00.000Z', endsAt: '2027-04-14T11:00:00.000Z' };
      const { api } = rotaStandIn([stored]);
      const el = await fixture<RotaPanel>(
        html`<markt-rota-panel .api=${api} .event=${{ ...event, startsAt: '2027-04-14T08:00:00.000Z', endsAt: '2027-04-14T14:00:00.000Z' }} .stands=${stands} .providers=${providers} locale="de"></markt-rota-panel>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[data-shift="sh-z"]'));
      // The fair's hours are 10:00–16:00 in the hall, and the stored shift 11:00–13:00.
      expect([root.querySelector<HTMLInputElement>('#from')!.value, root.querySelector<HTMLInputElement>('#to')!.value]).to.deep.equal(['10:00', '16:00']);
      expect(root.querySelector('[data-shift="sh-z"]')?.textContent).to.contain('2027-04-14 11:00–13:00');
      const { sent } = await shiftSent('2027-04-14T08:00:00.000Z', '2027-04-14T14:00:00.000Z', '2027-04-14', '10:00', '12:00');
      expect(sent).to.deep.equal(['2027-04-14T10:00:00+02:00', '2027-04-14T12:00:00+02:00']);
    });

    it('writes each day of a fair across the change to summer time (2027-03-27/28) with that day\'s offset', async () => {
      const start = '2027-03-27T10:00:00+01:00';
      const end = '2027-03-28T16:00:00+02:00';
      expect((await shiftSent(start, end, '2027-03-27', '10:00', '12:00')).sent).to.deep.equal(['2027-03-27T10:00:00+01:00', '2027-03-27T12:00:00+01:00']);
      expect((await shiftSent(start, end, '2027-03-28', '10:00', '12:00')).sent).to.deep.equal(['2027-03-28T10:00:00+02:00', '2027-03-28T12:00:00+02:00']);
    });

    it('writes and shows each day of a fair across the change to winter time (2027-10-30/31) with that day\'s offset', async () => {
      const start = '2027-10-30T10:00:00+02:00';
      const end = '2027-10-31T16:00:00+01:00';
      const sunday: RotaShift = { id: 'sh-sun', standId: 'st-1', staffName: 'Frau Adler', startsAt: '2027-10-31T10:00:00+01:00', endsAt: '2027-10-31T12:00:00+01:00' };
      const saturday = await shiftSent(start, end, '2027-10-30', '10:00', '12:00', [sunday]);
      expect(saturday.sent).to.deep.equal(['2027-10-30T10:00:00+02:00', '2027-10-30T12:00:00+02:00']);
      await waitUntil(() => saturday.root.querySelector('[data-shift="sh-sun"]'));
      expect(saturday.root.querySelector('[data-shift="sh-sun"]')?.textContent).to.contain('2027-10-31 10:00–12:00');
      // The grid: Saturday 10:00 and 11:00, then Sunday 10:00 and 11:00 in the hall's hours.
      await waitUntil(() => saturday.root.querySelectorAll('table.grid tbody tr').length > 0);
      const hours = [...saturday.root.querySelectorAll('table.grid tbody th')].map((th) => th.textContent?.trim());
      expect(hours.slice(0, 2)).to.deep.equal(['2027-10-30 10:00', '2027-10-30 11:00']);
      expect(hours.slice(-2)).to.deep.equal(['2027-10-31 10:00', '2027-10-31 11:00']);
      expect((await shiftSent(start, end, '2027-10-31', '10:00', '12:00')).sent).to.deep.equal(['2027-10-31T10:00:00+01:00', '2027-10-31T12:00:00+01:00']);
    });

    it('keeps the event\'s own fixed offset when the browser is not in the fair\'s zone', async () => {
      const { sent } = await shiftSent('2027-10-30T10:00:00+05:00', '2027-10-31T16:00:00+05:00', '2027-10-31', '10:00', '12:00');
      expect(sent).to.deep.equal(['2027-10-31T10:00:00+05:00', '2027-10-31T12:00:00+05:00']);
    });
  });
});
