import { expect } from '@open-wc/testing';
import { ApiClient, ApiError, outcomeOf } from './api-client.js';

describe('ApiClient (against the /__test__/ stand-in API)', () => {
  it('sends JSON with the bearer token and reads the JSON answer', async () => {
    const api = new ApiClient({ baseUrl: '/__test__/api/', token: 'tok-1' });
    const echo = await api.post<{ method: string; authorization: string; body: unknown }>('/echo', { a: 1 });
    expect(echo).to.deep.equal({ method: 'POST', authorization: 'Bearer tok-1', body: { a: 1 } });
  });

  it("throws an ApiError carrying the server's code, message and details", async () => {
    const api = new ApiClient({ baseUrl: '/__test__/api' });
    const error = await api.get('/error').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    const e = error as ApiError;
    expect([e.status, e.code, e.message]).to.deep.equal([422, 'invalid_input', 'contact needs a phone number or an e-mail address']);
    expect(e.details).to.deep.equal([{ path: 'contact', message: 'needs a phone number or an e-mail address' }]);
  });

  it('reports an unreachable server as an ApiError with status 0, and the outbox outcome of each status', async () => {
    const api = new ApiClient({ baseUrl: 'http://127.0.0.1:9' });
    const error = (await api.get('/x').catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.code]).to.deep.equal([0, 'network']);
    expect(await api.deliver('/x', {})).to.equal('retry');
    expect([200, 201, 409, 422, 404, 503, 429, 0].map(outcomeOf)).to.deep.equal(['ok', 'ok', 'reject', 'reject', 'reject', 'retry', 'retry', 'retry']);
  });

  it("names the server's code when it refuses a delivery for good (410 EVENT_CLOSED after the fair), and none when the answer has none", async () => {
    const api = new ApiClient({ baseUrl: '/__test__/api' });
    expect(await api.deliver('/error', {})).to.deep.equal({ outcome: 'reject', code: 'invalid_input' });
    // A fetch stand-in for answers the /__test__/ API does not give: the server's 410 and a proxy's bare 409.
    const answering = (response: Response) => new ApiClient({ fetch: async () => response });
    const closed = { error: { code: 'EVENT_CLOSED', message: 'Event "e" has ended and its retention period is over.' } };
    expect(await answering(new Response(JSON.stringify(closed), { status: 410 })).deliver('/x', {})).to.deep.equal({ outcome: 'reject', code: 'EVENT_CLOSED' });
    expect(await answering(new Response('<h1>Conflict</h1>', { status: 409 })).deliver('/x', {})).to.equal('reject');
    expect(await answering(new Response(JSON.stringify(closed), { status: 503 })).deliver('/x', {})).to.equal('retry');
  });
});
