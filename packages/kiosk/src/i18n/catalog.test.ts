import { expect } from '@open-wc/testing';
import { Catalog, directionOf, format } from './catalog.js';

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
});
