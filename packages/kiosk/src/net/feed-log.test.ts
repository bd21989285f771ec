import { expect } from '@open-wc/testing';
import { acceptFeed, isFeedMessage, type FeedMessage } from './feed-log.js';

const msg = (seq: number, kind: 'visit' | 'lead' = 'visit'): FeedMessage<{ id: string }> => ({ seq, kind, item: { id: `i${seq}` } });

describe('acceptFeed (the pure part of LiveFeed)', () => {
  it('applies items out of order and duplicated as one ordered list without repeats', () => {
    const { fresh, lastSeq } = acceptFeed(0, [msg(3), msg(1), msg(2, 'lead'), msg(2, 'lead'), msg(5), msg(3)]);
    expect(fresh.map((m) => m.seq)).to.deep.equal([1, 2, 3, 5]);
    expect(fresh[1]?.kind).to.equal('lead');
    expect(lastSeq).to.equal(5);
  });

  it('ignores everything at or below the last sequence number it saw (a replay after reconnect)', () => {
    const first = acceptFeed(0, [msg(1), msg(2)]);
    const replay = acceptFeed(first.lastSeq, [msg(1), msg(2), msg(3)]);
    expect(replay.fresh.map((m) => m.seq)).to.deep.equal([3]);
    expect(acceptFeed(replay.lastSeq, [msg(2), msg(3)])).to.deep.equal({ fresh: [], lastSeq: 3 });
  });

  it('keeps the sequence gaps of items meant for other providers and rejects malformed messages', () => {
    expect(acceptFeed(10, [msg(40), msg(17)]).fresh.map((m) => m.seq)).to.deep.equal([17, 40]);
    expect(isFeedMessage({ seq: 1, kind: 'visit', item: { id: 'v1', standId: 's1' } })).to.equal(true);
    expect(isFeedMessage({ seq: 1, kind: 'visit', item: {} })).to.equal(false);
    expect(isFeedMessage({ seq: 2, kind: 'lead', item: { id: 'l1' } })).to.equal(true);
    expect(isFeedMessage({ seq: 3, kind: 'lead', item: { name: 'no id' } })).to.equal(false);
    expect(isFeedMessage({ seq: '1', kind: 'visit', item: {} })).to.equal(false);
    expect(isFeedMessage({ seq: 1, kind: 'other', item: {} })).to.equal(false);
  });
});
