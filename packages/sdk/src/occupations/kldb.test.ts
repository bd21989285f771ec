import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { isKldbCode, occupationGroups, occupationOf, occupationSubgroups, riasecOfKldb, skillLevelOf } from './index.js';

describe('KldB 2010 occupations', () => {
  it('lists exactly the 37 Berufshauptgruppen, each with names and a valid RIASEC code', () => {
    const expected = ['01', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '31', '32', '33', '34', '41', '42', '43',
      '51', '52', '53', '54', '61', '62', '63', '71', '72', '73', '81', '82', '83', '84', '91', '92', '93', '94'];
    expect(occupationGroups.map((g) => g.code)).toEqual(expected);
    for (const g of [...occupationGroups, ...occupationSubgroups]) {
      expect(g.name.de.length).toBeGreaterThan(3);
      expect(g.name.en.length).toBeGreaterThan(3);
      expect(g.riasec).toMatch(/^(?!.*(.).*\1)[RIASEC]{1,3}$/);
    }
    for (const s of occupationSubgroups) expect(isKldbCode(s.code)).toBe(true);
  });

  it('accepts codes of 2–5 digits of a known group with a skill digit 1–4', () => {
    expect(isKldbCode('82')).toBe(true);
    expect(isKldbCode('82102')).toBe(true);
    expect(isKldbCode('52124')).toBe(true);
    expect(isKldbCode('99')).toBe(false);
    expect(isKldbCode('02')).toBe(false);
    expect(isKldbCode('8')).toBe(false);
    expect(isKldbCode('821020')).toBe(false);
    expect(isKldbCode('82105')).toBe(false);
    expect(isKldbCode('82a')).toBe(false);
  });

  it('reads the skill level from the fifth digit only', () => {
    expect(skillLevelOf('82101')).toBe('helper');
    expect(skillLevelOf('52122')).toBe('skilled');
    expect(skillLevelOf('26313')).toBe('specialist');
    expect(skillLevelOf('43414')).toBe('expert');
    expect(skillLevelOf('8210')).toBeUndefined();
    expect(skillLevelOf('82100')).toBeUndefined();
  });

  it('names the closest group and falls back from three digits to the Hauptgruppe', () => {
    const elderly = occupationOf('82102');
    expect(elderly.group.code).toBe('82');
    expect(elderly.named.name.de).toBe('Altenpflege');
    expect(elderly.skillLevel).toBe('skilled');
    expect(occupationOf('822').named.code).toBe('82');
    expect(riasecOfKldb('82102')).toBe('SR');
    expect(riasecOfKldb('82')).toBe('SRA');
    expect(riasecOfKldb('99')).toBeUndefined();
  });

  it('throws KLDB_INVALID for a code that is not KldB 2010', () => {
    expect(() => occupationOf('99123')).toThrow(ValidationError);
    try {
      occupationOf('7');
    } catch (error) {
      expect((error as ValidationError).code).toBe('KLDB_INVALID');
      expect((error as ValidationError).message).toContain('"7"');
    }
  });
});
