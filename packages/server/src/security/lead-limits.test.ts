import { describe, expect, it } from 'vitest';
import { LeadLimits } from './lead-limits.js';

describe('LeadLimits', () => {
  it('counts a phone against the stand only while the phone is within its own limit', () => {
    const limits = new LeadLimits({ phone: 2, stand: 5, kiosk: 10 });
    const statuses: string[] = [];
    for (let i = 0; i < 10; i++) {
      try {
        limits.phone('phone-a', 'ev-1:st-1');
        statuses.push('ok');
      } catch {
        statuses.push('429');
      }
    }
    expect(statuses).toEqual(['ok', 'ok', '429', '429', '429', '429', '429', '429', '429', '429']);
    // One phone over its limit has used 2 of the stand's 5: other visitors still get through.
    for (const phone of ['b', 'c', 'd']) expect(() => limits.phone(`phone-${phone}`, 'ev-1:st-1')).not.toThrow();
    expect(() => limits.phone('phone-e', 'ev-1:st-1')).toThrow();
    // Another event's stand with the same id has its own count.
    expect(() => limits.phone('phone-f', 'ev-2:st-1')).not.toThrow();
  });
});
