import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { LeadInputSchema, OfferSchema, ProfileSchema, ProviderSchema, EventSchema, check, parse, pickText } from './index.js';

const offer = {
  id: 'o-1',
  providerId: 'p-1',
  kind: 'qualification',
  title: { de: 'Pflegehelfer/in', en: 'Care assistant' },
  summary: { de: 'Kurs in Teilzeit' },
  occupations: ['82102'],
};

describe('domain schemas', () => {
  it('fills defaults of an offer', () => {
    const parsed = parse(OfferSchema, offer);
    expect(parsed.targetGroups).toEqual([]);
    expect(parsed.schedule).toEqual({ partTime: false, flexible: false });
    expect(parsed.targetGroupsOnly).toBe(false);
  });

  it('takes only http(s), mailto: and tel: addresses for links a visitor may follow (no javascript: or data:)', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      const result = check(OfferSchema, { ...offer, url });
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['url']);
    }
    const provider = { id: 'p-1', name: 'Pflege Nord', kind: 'training' };
    expect(check(ProviderSchema, { ...provider, website: 'javascript:alert(1)' }).ok).toBe(false);
    expect(check(ProviderSchema, { ...provider, website: 'https://pflege-nord.example' }).ok).toBe(true);
    expect(check(OfferSchema, { ...offer, url: 'http://kurs.example/pflege' }).ok).toBe(true);
    // Contact links some providers store, and a stray space, stay valid (a clone of an older event must not fail).
    for (const url of ['mailto:info@pflege-nord.example', 'tel:+49301234567', ' https://kurs.example/pflege ']) {
      expect(check(OfferSchema, { ...offer, url }).ok, url).toBe(true);
    }
  });

  it('names every field at fault, in dot paths', () => {
    const result = check(OfferSchema, { ...offer, kind: 'party', occupations: ['8'], extra: 1, title: { en: 'x' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['kind', 'occupations.0', 'extra', 'title.de']));
  });

  it('throws a ValidationError with details from parse()', () => {
    try {
      parse(ProfileSchema, { germanLevel: 'B7' }, 'profile');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).code).toBe('INVALID_INPUT');
      expect((error as ValidationError).details[0]?.path).toBe('germanLevel');
    }
  });

  it('requires a phone or an e-mail in a lead', () => {
    const base = {
      providerId: 'p-1',
      deviceId: 'dev_0123456789abcdef',
      idempotencyKey: 'key_0123456789abcdef',
      consent: { text: 'Ich bin einverstanden, dass der Träger mich kontaktiert.', locale: 'de', at: '2026-03-12T10:00:00Z' },
    };
    expect(check(LeadInputSchema, { ...base, contact: { name: 'A' } }).ok).toBe(false);
    expect(check(LeadInputSchema, { ...base, contact: { phone: '+49 30 1234567' } }).ok).toBe(true);
    expect(check(LeadInputSchema, { ...base, contact: { email: 'not-an-email' } }).ok).toBe(false);
  });

  it('rejects an event that ends before it starts, naming endsAt', () => {
    const result = check(EventSchema, {
      id: 'e1',
      title: { de: 'Markt' },
      startsAt: '2026-03-12T10:00:00Z',
      endsAt: '2026-03-12T09:00:00Z',
      venue: { name: 'Rathaus' },
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['endsAt']);
  });

  it('takes an event privacy block (controller, contact, optional dpo and https url) and names a bad field', () => {
    const base = { id: 'e1', title: { de: 'Markt' }, startsAt: '2026-03-12T10:00:00Z', endsAt: '2026-03-12T15:00:00Z', venue: { name: 'Rathaus' } };
    const privacy = {
      controller: 'Jobcenter Berlin Pankow',
      contact: 'Storkower Straße 133, 10407 Berlin, jobcenter-berlin-pankow@jobcenter-ge.de',
      dpo: 'datenschutz@jobcenter-ge.example',
      url: 'https://jobcenter.example/datenschutz',
    };
    const ok = check(EventSchema, { ...base, privacy });
    expect(ok.ok && ok.value.privacy).toEqual(privacy);
    expect(check(EventSchema, { ...base, privacy: { controller: 'Jobcenter', contact: 'a@b.de' } }).ok).toBe(true);
    const issues = (input: unknown) => {
      const result = check(EventSchema, { ...base, privacy: input });
      return result.ok ? [] : result.issues.map((i) => i.path);
    };
    expect(issues({ controller: '', contact: 'a@b.de' })).toEqual(['privacy.controller']);
    expect(issues({ controller: 'Jobcenter' })).toEqual(['privacy.contact']);
    expect(issues({ controller: 'Jobcenter', contact: 'a@b.de', url: 'javascript:alert(1)' })).toEqual(['privacy.url']);
    expect(issues({ controller: 'x'.repeat(201), contact: 'a@b.de' })).toEqual(['privacy.controller']);
    expect(issues({ controller: 'Jobcenter', contact: 'a@b.de', other: 1 })).toHaveLength(1);
  });

  it('picks a text in the wanted language, then English, then German', () => {
    expect(pickText({ de: 'Pflege', en: 'Care', tr: 'Bakım' }, 'tr')).toBe('Bakım');
    expect(pickText({ de: 'Pflege', en: 'Care' }, 'ar')).toBe('Care');
    expect(pickText({ de: 'Pflege' }, 'uk')).toBe('Pflege');
    expect(pickText({ de: 'Pflege', en: 'Care' }, 'de-x-ls')).toBe('Pflege');
  });
});
