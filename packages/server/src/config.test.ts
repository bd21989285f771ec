import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('reads lead limits from MARKT_LEAD_LIMITS and keeps defaults for names left out', () => {
    expect(loadConfig({ MARKT_LEAD_LIMITS: 'phone=5' }).leadLimits).toEqual({ phone: 5, stand: 300, kiosk: 120 });
  });

  it('refuses a malformed limit or port with a message that says what to write', () => {
    expect(() => loadConfig({ MARKT_LEAD_LIMITS: 'phone=many' })).toThrow(/phone=20,stand=300/);
    expect(() => loadConfig({ PORT: '99999' })).toThrow(/PORT must be/);
  });
});
