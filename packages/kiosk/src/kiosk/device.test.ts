import { expect } from '@open-wc/testing';
import { ApiClient, ApiError } from '../net/api-client.js';
import { DEVICE_KEY, WrongRoleError, pairKiosk, storedDevice } from './device.js';

// Talks to the test server's /__test__/api stand-in for the pairing endpoint (see web-test-runner.config.js).
describe('kiosk pairing (against the /__test__ API stand-in)', () => {
  const api = new ApiClient({ baseUrl: '/__test__' });
  afterEach(() => localStorage.removeItem(DEVICE_KEY));

  it('refuses a booth tablet\u2019s code and stores nothing', async () => {
    let error: unknown;
    try {
      await pairKiosk('ABC123', api);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(WrongRoleError);
    expect(storedDevice()).to.equal(undefined);
  });

  it('passes on the server\u2019s answer to an unknown code', async () => {
    let error: unknown;
    try {
      await pairKiosk('NOPE', api);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(404);
  });

  it('reads back a stored pairing and ignores a damaged one', () => {
    localStorage.setItem(DEVICE_KEY, JSON.stringify({ token: 't1', eventId: 'pankow-2026' }));
    expect(storedDevice()).to.deep.equal({ token: 't1', eventId: 'pankow-2026' });
    localStorage.setItem(DEVICE_KEY, '{not json');
    expect(storedDevice()).to.equal(undefined);
  });
});
