import { expect } from '@open-wc/testing';
import { bucketVisits } from './visit-buckets.js';

describe('bucketVisits', () => {
  it('counts visits per 15 minutes, empty slots included, in time order', () => {
    const buckets = bucketVisits([
      { at: '2026-03-12T10:31:00Z' },
      { at: '2026-03-12T10:03:00Z' },
      { at: '2026-03-12T10:14:59Z' },
      { at: 'not a time' },
    ]);
    expect(buckets).to.deep.equal([
      { from: '2026-03-12T10:00:00.000Z', to: '2026-03-12T10:15:00.000Z', count: 2 },
      { from: '2026-03-12T10:15:00.000Z', to: '2026-03-12T10:30:00.000Z', count: 0 },
      { from: '2026-03-12T10:30:00.000Z', to: '2026-03-12T10:45:00.000Z', count: 1 },
    ]);
    expect(bucketVisits([])).to.deep.equal([]);
    expect(bucketVisits([{ at: '2026-03-12T10:59:00+01:00' }], 60)[0]?.from).to.equal('2026-03-12T09:00:00.000Z');
  });
});
