import { expect } from '@open-wc/testing';
import { isNewer, patchOutcome, withPending } from './pending-changes.js';
import { lead } from './test-data.js';

describe('pending lead changes', () => {
  it('are shown over the server state, the later change of a field winning, without touching the server state', () => {
    const server = [lead('l1'), lead('l2', { rating: 2 })];
    const shown = withPending(server, [
      { id: 'l1', patch: { rating: 5 } },
      { id: 'l1', patch: { status: 'done', rating: 3 } },
    ]);
    expect(shown.map((l) => [l.id, l.rating, l.status])).to.deep.equal([
      ['l1', 3, 'done'],
      ['l2', 2, 'new'],
    ]);
    expect(shown[1]).to.equal(server[1]); // untouched leads keep their identity (their cards do not re-render)
    expect(server[0]).to.deep.include({ rating: null, status: 'new' });
    expect(withPending(server, [{ id: 'gone', patch: { rating: 1 } }])).to.deep.equal(server);
  });

  it('are refused for good on every 4xx but 401, 408, 425 and 429, and tried again on those, 5xx and no answer', () => {
    expect([200, 201].map(patchOutcome)).to.deep.equal(['ok', 'ok']);
    expect([400, 403, 404, 409, 410, 413, 422].map(patchOutcome)).to.deep.equal(Array(7).fill('reject'));
    expect([0, 401, 408, 425, 429, 500, 503].map(patchOutcome)).to.deep.equal(Array(7).fill('retry'));
  });

  it("take the server's answer only when it is newer than the lead held", () => {
    expect(isNewer({ ...lead('l1'), seq: 4 }, { ...lead('l1'), seq: 7 })).to.equal(true);
    expect(isNewer({ ...lead('l1'), seq: 9 }, { ...lead('l1'), seq: 7 })).to.equal(false); // a colleague's later change arrived first
    expect(isNewer({ ...lead('l1'), seq: 4 }, { ...lead('l2'), seq: 7 })).to.equal(false);
    expect(isNewer(undefined, { ...lead('l1'), seq: 7 })).to.equal(false); // erased meanwhile
    expect(isNewer(lead('l1'), { id: 'l1', rating: 5 })).to.equal(false); // no seq: not a lead as the server holds it
  });
});
