import { expect } from '@open-wc/testing';
import { fromLocalInput, toLocalInput } from './local-time.js';

/** The browser's offset on a given local day, as the helper must write it. */
function offsetOn(local: string): string {
  const minutes = -new Date(local).getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('local date-and-time fields', () => {
  it('writes the local time with its UTC offset, never as UTC, and means the same instant', () => {
    const stamp = fromLocalInput('2027-04-14T10:00');
    expect(stamp).to.equal(`2027-04-14T10:00:00${offsetOn('2027-04-14T10:00')}`);
    expect(stamp.endsWith('Z')).to.equal(false);
    expect(Date.parse(stamp)).to.equal(new Date('2027-04-14T10:00').getTime());
    expect(fromLocalInput('2027-04-14T10:00:30')).to.equal(`2027-04-14T10:00:30${offsetOn('2027-04-14T10:00:30')}`);
    expect(fromLocalInput('')).to.equal('');
  });

  it('keeps an unchanged timestamp exactly as it was, with the fair’s own offset', () => {
    const original = '2027-04-14T10:00:00+02:00';
    expect(fromLocalInput(toLocalInput(original), original)).to.equal(original);
    const changed = fromLocalInput('2027-04-14T11:30', original);
    expect(changed).to.equal(`2027-04-14T11:30:00${offsetOn('2027-04-14T11:30')}`);
  });

  it('runs in Europe/Berlin, and writes the offset of each day across the change to summer and winter time', () => {
    expect(new Date('2027-07-01T12:00:00Z').getTimezoneOffset()).to.equal(-120);
    expect(fromLocalInput('2027-03-27T10:00')).to.equal('2027-03-27T10:00:00+01:00');
    expect(fromLocalInput('2027-03-28T10:00')).to.equal('2027-03-28T10:00:00+02:00');
    expect(fromLocalInput('2027-10-30T10:00')).to.equal('2027-10-30T10:00:00+02:00');
    expect(fromLocalInput('2027-10-31T10:00')).to.equal('2027-10-31T10:00:00+01:00');
  });

  it('sends an unchanged UTC timestamp ("…Z") back unchanged, never with this browser\'s offset', () => {
    expect(toLocalInput('2027-04-14T08:00:00.000Z')).to.equal('2027-04-14T10:00');
    expect(fromLocalInput('2027-04-14T10:00', '2027-04-14T08:00:00.000Z')).to.equal('2027-04-14T08:00:00.000Z');
    expect(fromLocalInput('2027-10-31T10:00', '2027-10-31T09:00:00Z')).to.equal('2027-10-31T09:00:00Z');
    expect(fromLocalInput('2027-03-10T09:00', '2027-03-10T08:00:30.250Z')).to.equal('2027-03-10T08:00:30.250Z');
    // A changed one is written in local time with the offset of that day.
    expect(fromLocalInput('2027-04-14T11:00', '2027-04-14T08:00:00.000Z')).to.equal('2027-04-14T11:00:00+02:00');
  });
});
