import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import type { BoothRota } from '../types.js';
import { clockTime, offsetOf, type BoothDutyPanel } from './duty-panel.component.js';
import './duty-panel.js';

const rota: BoothRota = {
  stands: [
    { id: 'st-jc', number: 'J1' },
    { id: 'st-help', number: 'H', label: 'Infotheke' },
  ],
  shifts: [
    { id: 'a', standId: 'st-jc', staffName: 'Frau Yilmaz', role: 'Beratung', startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T12:00:00+01:00' },
    { id: 'b', standId: 'st-jc', staffName: 'Herr Brandt', startsAt: '2027-03-10T12:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00' },
    { id: 'c', standId: 'st-help', staffName: 'Frau Adler', startsAt: '2027-03-10T13:00:00+01:00', endsAt: '2027-03-10T15:00:00+01:00' },
  ],
};

const panel = (now: string, r: BoothRota = rota) =>
  fixture<BoothDutyPanel>(
    html`<markt-booth-duty locale="de" .rota=${r} event-starts-at="2027-03-10T09:00:00+01:00" .now=${new Date(now)}></markt-booth-duty>`,
  );

const lines = (el: BoothDutyPanel) =>
  [...el.shadowRoot!.querySelectorAll('.stand')].map((s) => [...s.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()));

describe('markt-booth-duty', () => {
  it('is accessible', async () => {
    await expectAccessible(await panel('2027-03-10T10:00:00+01:00'));
  });

  it('shows who is on duty now and next per stand, in the event\'s time zone', async () => {
    const el = await panel('2027-03-10T10:30:00+01:00');
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('Wer hat Dienst?');
    expect(lines(el)).to.deep.equal([
      ['J1', 'Jetzt: Frau Yilmaz (Beratung) bis 12:00', 'Danach: 12:00–15:00 Herr Brandt'],
      ['H · Infotheke', 'Jetzt: Niemand eingetragen', 'Danach: 13:00–15:00 Frau Adler'],
    ]);
    el.now = new Date('2027-03-10T13:30:00+01:00');
    await el.updateComplete;
    expect(lines(el)).to.deep.equal([
      ['J1', 'Jetzt: Herr Brandt bis 15:00'],
      ['H · Infotheke', 'Jetzt: Frau Adler bis 15:00'],
    ]);
  });

  it('says so when there is no rota yet, and shows nothing without stands', async () => {
    const empty = await panel('2027-03-10T10:00:00+01:00', { stands: rota.stands, shifts: [] });
    expect(empty.shadowRoot!.textContent).to.contain('noch keinen Dienstplan');
    const none = await fixture<BoothDutyPanel>(html`<markt-booth-duty locale="de"></markt-booth-duty>`);
    expect(none.shadowRoot!.querySelector('section') === null).to.equal(true);
  });

  it('formats times in a given offset', () => {
    expect(offsetOf('2027-03-10T09:00:00+01:00')).to.equal(60);
    expect(offsetOf('2027-07-10T09:00:00-04:30')).to.equal(-270);
    expect(clockTime('2027-03-10T08:30:00Z', 60)).to.equal('09:30');
  });

  describe('in the hall\'s time zone (the test browser runs in Europe/Berlin)', () => {
    const at = (startsAt: string, shifts: BoothRota['shifts'], now: string) =>
      fixture<BoothDutyPanel>(html`<markt-booth-duty locale="de" .rota=${{ stands: rota.stands, shifts }} event-starts-at=${startsAt} .now=${new Date(now)}></markt-booth-duty>`);

    it('runs in Europe/Berlin', () => {
      expect(new Date('2027-07-01T12:00:00Z').getTimezoneOffset()).to.equal(-120);
    });

    it('reads an event stored in UTC ("…Z") in the hall\'s time, as the organizer\'s rota does', async () => {
      const el = await at(
        '2027-04-14T08:00:00.000Z',
        [{ id: 'a', standId: 'st-jc', staffName: 'Frau Yilmaz', startsAt: '2027-04-14T08:00:00.000Z', endsAt: '2027-04-14T10:00:00.000Z' }],
        '2027-04-14T07:00:00Z',
      );
      expect(lines(el)[0]).to.deep.equal(['J1', 'Jetzt: Niemand eingetragen', 'Danach: 10:00–12:00 Frau Yilmaz']);
    });

    it('shows each day of a fair across the change to winter time (2027-10-30/31) in that day\'s hours', async () => {
      const shifts = [
        { id: 'sat', standId: 'st-jc', staffName: 'Frau Yilmaz', startsAt: '2027-10-30T10:00:00+02:00', endsAt: '2027-10-30T12:00:00+02:00' },
        { id: 'sun', standId: 'st-jc', staffName: 'Herr Brandt', startsAt: '2027-10-31T10:00:00+01:00', endsAt: '2027-10-31T12:00:00+01:00' },
      ];
      const el = await at('2027-10-30T10:00:00+02:00', shifts, '2027-10-30T11:00:00+02:00');
      expect(lines(el)[0]).to.deep.equal(['J1', 'Jetzt: Frau Yilmaz bis 12:00', 'Danach: 10:00–12:00 Herr Brandt']);
    });

    it('shows each day of a fair across the change to summer time (2027-03-27/28) in that day\'s hours', async () => {
      const shifts = [{ id: 'sun', standId: 'st-jc', staffName: 'Herr Brandt', startsAt: '2027-03-28T10:00:00+02:00', endsAt: '2027-03-28T12:00:00+02:00' }];
      const el = await at('2027-03-27T10:00:00+01:00', shifts, '2027-03-28T10:30:00+02:00');
      expect(lines(el)[0]).to.deep.equal(['J1', 'Jetzt: Herr Brandt bis 12:00']);
    });
  });
});
