import { expect } from '@open-wc/testing';
import { ApiError } from '../net/api-client.js';
import { isNewer, isRevoked, patchOutcome, refusesKey, withPending } from './pending-changes.js';
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

  it('are refused for good only when the markt server refused them (its error body, a refusing status), else tried again', () => {
    const markt = (status: number) => new ApiError(status, status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT', 'refused');
    expect([400, 403, 404, 409, 413, 415, 422].map((s) => patchOutcome(markt(s)))).to.deep.equal(Array(7).fill('reject'));
    expect([401, 405, 407, 408, 410, 425, 429, 500, 503].map((s) => patchOutcome(markt(s)))).to.deep.equal(Array(9).fill('retry'));
    // A proxy, filter or captive portal: no markt body (the client names it http_<status>).
    expect([400, 403, 404, 405, 407, 409, 413, 415, 422].map((s) => patchOutcome(new ApiError(s, `http_${s}`, 'Forbidden')))).to.deep.equal(Array(9).fill('retry'));
    expect(patchOutcome(new ApiError(0, 'network', 'no answer'))).to.equal('retry');
    expect(patchOutcome(new TypeError('Failed to fetch'))).to.equal('retry');
  });

  it('count a pairing as revoked only on the markt server\'s own 401, not on a proxy\'s', () => {
    expect(isRevoked(new ApiError(401, 'DEVICE_REVOKED', 'This device was revoked.'))).to.equal(true);
    expect(isRevoked(new ApiError(401, 'UNAUTHORIZED', 'Log in again.'))).to.equal(true);
    expect(isRevoked(new ApiError(401, 'http_401', 'Unauthorized'))).to.equal(false);
    expect(isRevoked(new ApiError(403, 'FORBIDDEN', 'No.'))).to.equal(false);
  });

  it('are sent again without the key only when a 400 names nothing but idempotencyKey', () => {
    const invalid = (...paths: string[]) => new ApiError(400, 'INVALID_INPUT', 'see details', paths.map((path) => ({ path, message: 'no' })));
    expect(refusesKey(invalid('idempotencyKey'))).to.equal(true);
    expect(refusesKey(invalid('idempotencyKey', 'rating'))).to.equal(false);
    expect(refusesKey(invalid('rating'))).to.equal(false);
    expect(refusesKey(invalid())).to.equal(false);
    expect(refusesKey(new ApiError(400, 'http_400', 'Bad Request', [{ path: 'idempotencyKey', message: 'no' }]))).to.equal(false);
  });

  it("take the server's answer only when it is newer than the lead held", () => {
    expect(isNewer({ ...lead('l1'), seq: 4 }, { ...lead('l1'), seq: 7 })).to.equal(true);
    expect(isNewer({ ...lead('l1'), seq: 9 }, { ...lead('l1'), seq: 7 })).to.equal(false); // a colleague's later change arrived first
    expect(isNewer({ ...lead('l1'), seq: 4 }, { ...lead('l2'), seq: 7 })).to.equal(false);
    expect(isNewer(undefined, { ...lead('l1'), seq: 7 })).to.equal(false); // erased meanwhile
    expect(isNewer(lead('l1'), { id: 'l1', rating: 5 })).to.equal(false); // no seq: not a lead as the server holds it
  });
});
