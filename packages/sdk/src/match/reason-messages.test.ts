import { describe, expect, it } from 'vitest';
import { formatReason, reasonMessages } from './reason-messages.js';
import { REASON_KEYS, type Reason } from './reasons.js';

describe('reason texts', () => {
  it('has a German, English and Leichte Sprache text for every reason key, and no text for unknown keys', () => {
    for (const locale of ['de', 'en', 'de-x-ls'] as const) {
      expect(Object.keys(reasonMessages[locale]).sort()).toEqual([...REASON_KEYS].sort());
      for (const key of REASON_KEYS) expect(reasonMessages[locale][key].length).toBeGreaterThan(5);
    }
  });

  it('uses the same placeholders in every language (Leichte Sprache may leave some out)', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of REASON_KEYS) {
      expect(names(reasonMessages.en[key])).toEqual(names(reasonMessages.de[key]));
      for (const n of names(reasonMessages['de-x-ls'][key])) expect(names(reasonMessages.de[key])).toContain(n);
    }
  });

  it('fills in parameters, vocabulary words and occupation names', () => {
    const r = (key: Reason['key'], params: Reason['params'] = {}): Reason => ({ key, params });
    expect(formatReason(r('excluded.germanLevel', { required: 'B1', yours: 'A2' }), 'en')).toBe('Needs German B1 (you: A2)');
    expect(formatReason(r('fit.need', { topic: 'debt' }), 'en')).toBe('Counselling on debts – you said this matters to you');
    expect(formatReason(r('fit.need', { topic: 'debt' }), 'de')).toBe('Beratung zu Schulden – das ist Ihnen wichtig');
    expect(formatReason(r('radar.demand', { kldb: '82102', region: 'Weißensee' }), 'en')).toBe('Many open positions in Weißensee: Care for the elderly');
    expect(formatReason(r('fit.schedule', { end: '14:30' }), 'de-x-ls')).toBe('Es ist um 14:30 Uhr zu Ende. Das passt für Sie.');
    expect(formatReason(r('excluded.targetGroup', { groups: 'under-25,single-parents' }), 'de')).toBe('Nur für: junge Menschen unter 25, Alleinerziehende');
    expect(formatReason(r('fit.interest.S'), 'tr')).toBe('Fits your interest in working with people');
    expect(formatReason(r('fit.language', { language: 'xx' }), 'en')).toBe('Also in xx');
  });
});
