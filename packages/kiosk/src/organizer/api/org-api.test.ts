import { expect } from '@open-wc/testing';
import { ApiError, OrgApi } from './org-api.js';

/** Records requests and answers each with the next canned response (the server is not needed here). */
function recorder(...answers: Response[]) {
  const seen: { method: string; url: string; csrf: string | null; type: string | null; body: unknown }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    seen.push({ method: init?.method ?? 'GET', url: String(input), csrf: headers.get('x-csrf-token'), type: headers.get('content-type'), body: init?.body });
    return answers.shift() ?? new Response(null, { status: 204 });
  };
  return { seen, fetch: fetchImpl };
}

describe('OrgApi', () => {
  it('sends the CSRF token from login with unsafe methods only', async () => {
    const r = recorder(
      Response.json({ user: { id: 'u', email: 'a@b.de' }, tenant: { id: 't', name: 'JC' }, csrfToken: 'tok-1' }),
      Response.json([{ id: 'e1' }]),
      Response.json({ id: 's1' }),
      new Response(null, { status: 204 }),
    );
    const api = new OrgApi({ fetch: r.fetch });
    await api.login('a@b.de', 'pw');
    expect(await api.events()).to.deep.equal([{ id: 'e1' }]);
    await api.put('e1', 'stands', 's1', { id: 's1' });
    expect(await api.remove('e1', 'stands', 's 1')).to.equal(undefined);
    expect(r.seen.map((s) => [s.method, s.url, s.csrf])).to.deep.equal([
      ['POST', '/api/auth/login', null],
      ['GET', '/api/org/events', null],
      ['PUT', '/api/org/events/e1/stands/s1', 'tok-1'],
      ['DELETE', '/api/org/events/e1/stands/s%201', 'tok-1'],
    ]);
  });

  it('turns an error answer into an ApiError with code, message and details', async () => {
    const body = { error: { code: 'INVALID_INPUT', message: 'see details', details: [{ path: 'venue.name', message: 'must not be empty' }] } };
    const api = new OrgApi({ fetch: recorder(Response.json(body, { status: 400 })).fetch });
    const error = await api.updateEvent('e1', {}).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(400);
    expect((error as ApiError).code).to.equal('INVALID_INPUT');
    expect((error as ApiError).details).to.deep.equal([{ path: 'venue.name', message: 'must not be empty' }]);
  });

  it('lists and withdraws pending pairing codes and sends erasure requests, per event or for the whole tenant', async () => {
    const pending = [{ id: 'c/1', role: 'kiosk', providerId: null, name: 'Kiosk', createdAt: '2027-03-10T08:00:00Z', expiresAt: '2027-03-10T08:10:00Z' }];
    const r = recorder(Response.json(pending), new Response(null, { status: 204 }), Response.json({ deleted: 2 }), Response.json({ deleted: 0 }));
    const api = new OrgApi({ fetch: r.fetch });
    api.csrfToken = 'tok-2';
    expect(await api.pairingCodes('e1')).to.deep.equal(pending);
    expect(await api.withdrawPairingCode('e1', 'c/1')).to.equal(undefined);
    expect(await api.erase('e1', { phone: '030 1234567' })).to.deep.equal({ deleted: 2 });
    expect(await api.erase(null, { email: 'a@b.de' })).to.deep.equal({ deleted: 0 });
    expect(r.seen.map((s) => [s.method, s.url, s.csrf, s.body ?? null])).to.deep.equal([
      ['GET', '/api/org/events/e1/pairing-codes', null, null],
      ['DELETE', '/api/org/events/e1/pairing-codes/c%2F1', 'tok-2', null],
      ['POST', '/api/org/events/e1/erasure', 'tok-2', '{"phone":"030 1234567"}'],
      ['POST', '/api/org/erasure', 'tok-2', '{"email":"a@b.de"}'],
    ]);
  });

  it('reports no answer as a network ApiError', async () => {
    const api = new OrgApi({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = (await api.events().catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.code]).to.deep.equal([0, 'network']);
  });

  it('sends a request refused with 401 once more, with the new CSRF token, when onUnauthorized says the organizer signed in again', async () => {
    const unauthorized = () => Response.json({ error: { code: 'UNAUTHORIZED', message: 'Sign in.' } }, { status: 401 });
    const r = recorder(unauthorized(), Response.json({ id: 'p1' }, { status: 201 }), unauthorized(), unauthorized());
    const api = new OrgApi({ fetch: r.fetch });
    api.csrfToken = 'old';
    let asked = 0;
    api.onUnauthorized = async () => {
      asked += 1;
      api.csrfToken = 'new';
      return asked === 1;
    };
    expect(await api.create('e1', 'providers', { id: 'p1' })).to.deep.equal({ id: 'p1' });
    expect(r.seen.map((s) => s.csrf)).to.deep.equal(['old', 'new']);
    expect(r.seen[1]!.body).to.equal(JSON.stringify({ id: 'p1' }));
    // Not signed in again: the 401 is thrown, and nothing is sent a third time.
    const error = await api.create('e1', 'providers', { id: 'p2' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(401);
    expect(r.seen.length).to.equal(3);
  });
});
