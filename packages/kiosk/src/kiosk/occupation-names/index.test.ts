import { expect } from '@open-wc/testing';
import { occupationGroups, occupationSubgroups } from '@markt/sdk';
import { hasOwnOccupationNames, loadOccupationNames, occupationName, type OccupationLocale } from './index.js';

const LOCALES: readonly OccupationLocale[] = ['tr', 'ar', 'ru', 'uk'];
const GROUPS = [...occupationGroups, ...occupationSubgroups];
/** Each language's script: a name must be written in it (Turkish: Latin letters, no Cyrillic or Arabic). */
const SCRIPT: Readonly<Record<OccupationLocale, RegExp>> = {
  tr: /^[\p{Script=Latin}\s(),.-]+$/u,
  ar: /^[\p{Script=Arabic}\s()]+$/u,
  ru: /^[\p{Script=Cyrillic}\s(),.-]+$/u,
  uk: /^[\p{Script=Cyrillic}\s(),.’-]+$/u,
};

/** The occupation-name files the page has fetched so far. */
const fetchedNames = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/occupation-names\/(\w+)\.[jt]s/.exec(entry.name)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'index');

describe('occupation names in Turkish, Arabic, Russian and Ukrainian', () => {
  it('fetches only the chosen language, and names nothing in a language before it is loaded', async () => {
    expect(occupationName('43', 'ru')).to.equal(undefined);
    expect(fetchedNames()).to.deep.equal([]);
    const [first, second] = await Promise.all([loadOccupationNames('ru'), loadOccupationNames('ru')]);
    expect(first).to.equal(second);
    expect(fetchedNames()).to.deep.equal(['ru']);
    expect(occupationName('43', 'ru')).to.equal('Информатика и ИТ');
    expect(occupationName('43', 'uk')).to.equal(undefined);
  });

  it('leaves German, English and Leichte Sprache to the SDK', async () => {
    for (const locale of ['de', 'en', 'de-x-ls'] as const) {
      expect(hasOwnOccupationNames(locale)).to.equal(false);
      expect(await loadOccupationNames(locale)).to.deep.equal({});
      expect(occupationName('43', locale)).to.equal(undefined);
    }
  });

  it('names all 79 KldB groups of the SDK in each language, translated and in the language\u2019s script', async () => {
    expect(GROUPS).to.have.length(79);
    for (const locale of LOCALES) {
      expect(hasOwnOccupationNames(locale)).to.equal(true);
      const names = await loadOccupationNames(locale);
      // No stray or mistyped codes: exactly the SDK's codes.
      expect(Object.keys(names).sort(), locale).to.deep.equal(GROUPS.map((g) => g.code).sort());
      for (const group of GROUPS) {
        const name = occupationName(group.code, locale);
        const where = `${locale} ${group.code} (${group.name.en})`;
        expect(name, where).to.be.a('string');
        expect(name!.trim(), where).not.to.equal('');
        expect(name, where).to.equal(name!.trim());
        expect(name, where).not.to.equal(group.name.en);
        expect(name, where).not.to.equal(group.name.de);
        expect(name, where).to.match(SCRIPT[locale]);
      }
    }
  });

  it('gives different groups different names, except where the SDK\u2019s English names a group and its subgroup alike', async () => {
    for (const locale of LOCALES) {
      const names = await loadOccupationNames(locale);
      const byName = new Map<string, string[]>();
      for (const group of GROUPS) byName.set(names[group.code]!, [...(byName.get(names[group.code]!) ?? []), group.code]);
      const shared = [...byName.values()].filter((codes) => codes.length > 1);
      for (const codes of shared) {
        const english = new Set(codes.map((code) => GROUPS.find((g) => g.code === code)!.name.en));
        expect(english.size, `${locale}: ${codes.join(', ')}`).to.equal(1);
      }
    }
  });
});
