import { expect } from '@open-wc/testing';
import { Catalog, LocaleController, directionOf, format } from './catalog.js';

const en = { hello: 'Hello {name}', bye: 'Bye' } as const;
const de = { hello: 'Hallo {name}', bye: 'Tschüss' } as const;

describe('Catalog', () => {
  it('falls back to English for keys a lazily loaded locale lacks', async () => {
    const catalog = new Catalog<keyof typeof en>(en, de, { tr: async () => ({ hello: 'Merhaba {name}' }) });
    await catalog.load('tr');
    expect(catalog.t('tr', 'hello', { name: 'Ayşe' })).to.equal('Merhaba Ayşe');
    expect(catalog.t('tr', 'bye')).to.equal('Bye');
    expect(catalog.missing('tr')).to.deep.equal(['bye']);
  });

  it('falls back to German for Leichte Sprache', async () => {
    const catalog = new Catalog<keyof typeof en>(en, de, { 'de-x-ls': async () => ({}) });
    await catalog.load('de-x-ls');
    expect(catalog.t('de-x-ls', 'bye')).to.equal('Tschüss');
  });

  it('knows Arabic is right to left and leaves unknown placeholders visible', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('uk')).to.equal('ltr');
    expect(format('{a} {b}', { a: 1 })).to.equal('1 {b}');
  });

  it('picks plural forms by the rules of each language, with =N cases first', () => {
    const offers = '{n, plural, =0 {keine Angebote} one {# Angebot} other {# Angebote}}';
    expect([0, 1, 2, 21].map((n) => format(offers, { n }, 'de'))).to.deep.equal(['keine Angebote', '1 Angebot', '2 Angebote', '21 Angebote']);
    const ru = '{n, plural, one {# предложение} few {# предложения} many {# предложений} other {# предложения}}';
    expect([1, 3, 5, 21, 22, 25].map((n) => format(ru, { n }, 'ru'))).to.deep.equal(['1 предложение', '3 предложения', '5 предложений', '21 предложение', '22 предложения', '25 предложений']);
    expect(format('Noch {n, plural, one {# Angebot} other {# Angebote}} zeigen', { n: 1 }, 'de')).to.equal('Noch 1 Angebot zeigen');
    // Without the number the template stays visible, as an unknown placeholder does.
    expect(format('{n, plural, one {# x} other {# xs}}', {})).to.equal('{n, plural, one {# x} other {# xs}}');
  });

  it('applies the plural rules of the locale asked for', () => {
    const catalog = new Catalog<'count'>({ count: '{n, plural, one {# offer} other {# offers}}' }, { count: '{n, plural, one {# Angebot} other {# Angebote}}' });
    expect(catalog.t('de', 'count', { n: 1 })).to.equal('1 Angebot');
    expect(catalog.t('en', 'count', { n: 3 })).to.equal('3 offers');
  });
});

describe('LocaleController', () => {
  it('applies the last setLocale when a slower earlier one finishes after it', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const catalog = new Catalog<keyof typeof en>(en, de, { uk: async () => (await slow, { hello: 'Привіт {name}' }) });
    const host = { addController: () => undefined, requestUpdate: () => undefined } as unknown as ConstructorParameters<typeof LocaleController>[0];
    const i18n = new LocaleController<keyof typeof en>(host, catalog);
    const toUkrainian = i18n.setLocale('uk');
    expect(await i18n.setLocale('de')).to.equal(true); // e.g. a kiosk wiped while Ukrainian still loads
    release();
    expect(await toUkrainian).to.equal(false);
    expect(i18n.locale).to.equal('de');
  });
});
