import { expect } from '@open-wc/testing';
import { ApiClient } from './api-client.js';
import { ServerClock } from './server-clock.js';
import { memoryStorage } from './test-helpers.js';

const TEN_MINUTES = 10 * 60_000;
/** What a server writes into its `Date` header at `ms`: whole seconds only. */
const httpDate = (ms: number) => new Date(ms).toUTCString();

/** A device clock the test sets by hand. */
function deviceClock(start: number): { now: () => number; set: (ms: number) => void } {
  let at = start;
  return { now: () => at, set: (ms) => void (at = ms) };
}

describe('ServerClock (the server time learned from Date headers)', () => {
  it('stamps in the device time until an answer was seen, then in the server time (device 10 min fast)', () => {
    const device = deviceClock(Date.parse('2026-03-12T10:10:00.000Z'));
    const clock = new ServerClock({ now: device.now, storage: memoryStorage() });
    expect(clock.offsetMs).to.equal(undefined);
    expect(clock.stamp()).to.equal('2026-03-12T10:10:00.000Z');
    // The server's clock says 10:00:00.4 when it answers; the answer takes 200 ms there and back.
    const sentAt = device.now();
    device.set(sentAt + 200);
    clock.observe(httpDate(Date.parse('2026-03-12T10:00:00.400Z')), sentAt);
    expect(clock.offsetMs).to.equal(-TEN_MINUTES + 400);
    expect(clock.stamp()).to.equal('2026-03-12T10:00:00.600Z');
    expect(clock.stamp('2026-03-12T10:10:05.000Z'), 'a time the device stamped before').to.equal('2026-03-12T10:00:05.400Z');
  });

  it('is never further off than 0.5 s plus half the round trip, whatever the offset and the moment the server wrote its header', () => {
    let worst = 0;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 5000; i += 1) {
      const trueOffset = Math.round((random() - 0.5) * 2 * 3_600_000); // up to an hour either way
      const sentAt = 1_773_300_000_000 + Math.round(random() * 86_400_000);
      const roundTrip = Math.round(random() * 3000);
      // The server reads its clock somewhere between receiving the request and sending the answer.
      const serverAt = sentAt + Math.round(random() * roundTrip) + trueOffset;
      const clock = new ServerClock({ now: () => sentAt + roundTrip, storage: null });
      const offset = clock.observe(httpDate(serverAt), sentAt)!;
      const error = Math.abs(offset - trueOffset);
      expect(error, `offset ${trueOffset}, round trip ${roundTrip}`).to.be.at.most(500 + roundTrip / 2 + 1);
      worst = Math.max(worst, error - roundTrip / 2);
    }
    expect(worst, 'the 1-second resolution costs up to half a second').to.be.above(400);
  });

  it('ignores an answer without a readable Date, and one during which the device clock was set back', () => {
    const device = deviceClock(1_773_300_000_000);
    const clock = new ServerClock({ now: device.now, storage: null });
    clock.observe(null, device.now());
    clock.observe('not a date', device.now());
    expect(clock.offsetMs).to.equal(undefined);
    clock.observe(httpDate(device.now() - TEN_MINUTES), device.now() + 5000);
    expect(clock.offsetMs).to.equal(undefined);
  });

  it('follows the latest answer: a device clock set right meanwhile stamps right at once', () => {
    const device = deviceClock(1_773_300_000_000);
    const clock = new ServerClock({ now: device.now, storage: null });
    clock.observe(httpDate(device.now() - TEN_MINUTES), device.now());
    expect(Math.abs(clock.now() - (device.now() - TEN_MINUTES))).to.be.at.most(1000);
    device.set(device.now() - TEN_MINUTES); // someone set the kiosk's clock
    clock.observe(httpDate(device.now()), device.now());
    expect(Math.abs(clock.offsetMs!)).to.be.at.most(1000);
  });

  it('keeps the offset across a reload (same storage), so a device starting offline still stamps in server time; forget() drops it', () => {
    const storage = memoryStorage();
    const device = deviceClock(1_773_300_000_000);
    new ServerClock({ now: device.now, storage }).observe(httpDate(device.now() - TEN_MINUTES), device.now());
    const reloaded = new ServerClock({ now: device.now, storage });
    expect(Math.abs(reloaded.offsetMs! + TEN_MINUTES)).to.be.at.most(1000);
    reloaded.forget();
    expect(new ServerClock({ now: device.now, storage }).offsetMs).to.equal(undefined);
  });

  it('is taught by every answer of an ApiClient, refusals included', async () => {
    const clock = new ServerClock({ storage: null });
    const serverNow = () => Date.now() - TEN_MINUTES;
    const refusing = new ApiClient({
      clock,
      fetch: async () =>
        new Response(JSON.stringify({ error: { code: 'INVALID_INPUT', message: 'see details' } }), { status: 400, headers: { date: httpDate(serverNow()) } }),
    });
    expect(await refusing.deliver('/api/kiosk/leads', {})).to.deep.equal({ outcome: 'reject', code: 'INVALID_INPUT' });
    expect(Math.abs(clock.now() - serverNow()), 'ms off the server clock').to.be.at.most(1000);
    // The /__test__/ stand-in runs on this machine: its Date header agrees with the device clock.
    const local = new ApiClient({ baseUrl: '/__test__/api', clock });
    await local.post('/echo', {});
    expect(Math.abs(clock.offsetMs!)).to.be.at.most(1000);
  });
});
