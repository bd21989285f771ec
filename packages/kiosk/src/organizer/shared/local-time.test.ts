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
});
