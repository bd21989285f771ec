import { afterEach, describe, expect, it } from 'vitest';
import { KioskPresence } from './presence.js';

const presences: KioskPresence[] = [];
afterEach(() => presences.splice(0).forEach((p) => p.close()));

/** A presence on a clock the test moves by hand (the expiry timer still runs on real time, see the last test). */
function withClock(activeMs = 1000): { presence: KioskPresence; changes: string[]; advance: (ms: number) => void } {
  let now = 1_000_000;
  const presence = new KioskPresence({ activeMs, now: () => now });
  presences.push(presence);
  const changes: string[] = [];
  presence.subscribe((eventId) => changes.push(eventId));
  return { presence, changes, advance: (ms) => (now += ms) };
}

describe('KioskPresence', () => {
  it('counts each kiosk once per event, however often it reports active, and forgets it on idle', () => {
    const { presence, changes } = withClock();
    expect(presence.mark('fair-1', 'kiosk-a', 'active')).toBe(true);
    expect(presence.mark('fair-1', 'kiosk-a', 'active')).toBe(false);
    expect(presence.mark('fair-1', 'kiosk-b', 'active')).toBe(true);
    expect(presence.mark('fair-2', 'kiosk-c', 'active')).toBe(true);
    expect([presence.count('fair-1'), presence.count('fair-2'), presence.count('fair-3')]).toEqual([2, 1, 0]);
    expect(presence.mark('fair-1', 'kiosk-a', 'idle')).toBe(true);
    expect(presence.mark('fair-1', 'kiosk-a', 'idle')).toBe(false);
    expect(presence.count('fair-1')).toBe(1);
    expect(changes).toEqual(['fair-1', 'fair-1', 'fair-2', 'fair-1']);
  });

  it('lets an active mark lapse after activeMs unless repeated, and never lasts longer than activeMs', () => {
    const { presence, advance } = withClock(1000);
    presence.mark('fair-1', 'kiosk-a', 'active');
    advance(900);
    presence.mark('fair-1', 'kiosk-a', 'active'); // heartbeat
    advance(900);
    expect(presence.count('fair-1')).toBe(1);
    advance(101);
    expect(presence.count('fair-1')).toBe(0);
    // Another node may pass what is left; more than activeMs is cut, nothing left is no mark.
    presence.mark('fair-1', 'kiosk-b', 'active', 60_000);
    advance(1001);
    expect(presence.count('fair-1')).toBe(0);
    expect(presence.mark('fair-1', 'kiosk-c', 'active', 0)).toBe(false);
  });

  it('forgets a revoked kiosk at every event at once', () => {
    const { presence, changes } = withClock();
    presence.mark('fair-1', 'kiosk-a', 'active');
    presence.mark('fair-1', 'kiosk-b', 'active');
    changes.length = 0;
    presence.forget('kiosk-a');
    presence.forget('kiosk-unknown');
    expect(presence.count('fair-1')).toBe(1);
    expect(changes).toEqual(['fair-1']);
  });

  it('tells its listeners when a mark expires, without any further report', async () => {
    const presence = new KioskPresence({ activeMs: 50 });
    presences.push(presence);
    const changes: string[] = [];
    presence.subscribe((eventId) => changes.push(eventId));
    presence.mark('fair-1', 'kiosk-a', 'active');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(changes).toEqual(['fair-1', 'fair-1']);
    expect(presence.count('fair-1')).toBe(0);
  });

  it('refuses a timeout that is not a positive number', () => {
    expect(() => new KioskPresence({ activeMs: 0 })).toThrow(RangeError);
    expect(() => new KioskPresence({ activeMs: Number.NaN })).toThrow(/positive number/);
  });
});
