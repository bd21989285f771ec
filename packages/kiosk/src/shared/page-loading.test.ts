import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../../test/axe.js';
import { Catalog } from '../i18n/catalog.js';
import { de } from '../phone/messages/de.js';
import { en, type PhoneKey } from '../phone/messages/en.js';
import { tr } from '../phone/messages/tr.js';
import { ar } from '../phone/messages/ar.js';
import { standData } from '../phone/test-data.js';
import { StandPage } from '../phone/stand-page/stand-page.js';
import { TakeHomeList } from '../list/take-home-list/take-home-list.js';
import { $, text, until } from './test-input.js';

/** Phone messages whose Turkish and Arabic arrive only when the test opens the gate (a slow mobile network). */
function slowCatalog() {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const catalog = new Catalog<PhoneKey>(en, de, {
    tr: async () => (await gate, tr),
    ar: async () => (await gate, ar),
  });
  return { catalog, open };
}

const slowStand = slowCatalog();
class SlowStandPage extends StandPage {
  static override catalog = slowStand.catalog;
}
customElements.define('markt-slow-stand-page', SlowStandPage);

const slowList = slowCatalog();
class SlowTakeHomeList extends TakeHomeList {
  static override catalog = slowList.catalog;
}
customElements.define('markt-slow-take-home-list', SlowTakeHomeList);

const GERMAN = ['Sprache', 'Wird geladen', 'Meine Liste', 'Noch nichts gespeichert', 'Unsere Angebote', 'Karte'];

describe('phone pages before the visitor language has arrived', () => {
  it('the stand page shows a spinner named in Turkish and no German word until the Turkish messages are in', async () => {
    const el = await fixture<SlowStandPage>(html`<markt-slow-stand-page .data=${standData()} locale="tr"></markt-slow-stand-page>`);
    await new Promise((r) => setTimeout(r, 100));
    const shown = text(el.shadowRoot!);
    for (const word of GERMAN) expect(shown).to.not.contain(word);
    expect(shown).to.equal('');
    const spinner = $(el, '[role="status"]');
    expect(spinner.getAttribute('aria-label')).to.equal('Yükleniyor…');
    expect(spinner.getAttribute('lang')).to.equal('tr');
    expect(el.getAttribute('lang')).to.equal('tr');
    expect(el.shadowRoot!.querySelector('markt-locale-select, markt-privacy-notice, [part="saved"]')).to.equal(null);
    await expectAccessible(el);
    slowStand.open();
    await until(() => text(el.shadowRoot!).includes(tr['stand.offers']));
    expect(el.shadowRoot!.querySelector('.page-loading')).to.equal(null);
    expect(text(el.shadowRoot!)).to.not.contain('Unsere Angebote');
  });

  it('the take-home list shows a spinner named in Arabic, right to left, until the Arabic messages are in', async () => {
    const el = await fixture<SlowTakeHomeList>(html`<markt-slow-take-home-list locale="ar" .offerIds=${['o1']}></markt-slow-take-home-list>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(text(el.shadowRoot!)).to.equal('');
    const spinner = $(el, '[role="status"]');
    expect([spinner.getAttribute('aria-label'), spinner.getAttribute('lang'), spinner.getAttribute('dir')]).to.deep.equal(['جارٍ التحميل…', 'ar', 'rtl']);
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expectAccessible(el);
    slowList.open();
    await until(() => text(el.shadowRoot!).includes(ar['loading']));
    expect(el.shadowRoot!.querySelector('.page-loading')).to.equal(null);
  });

  it('while the stand is still loading, the stand page says so and shows no empty "My list"', async () => {
    const el = await fixture<StandPage>(html`<markt-stand-page locale="en"></markt-stand-page>`);
    await until(() => text(el.shadowRoot!).includes('Loading…'));
    expect(el.shadowRoot!.querySelector('[part="saved"]')).to.equal(null);
    expect(text(el.shadowRoot!)).to.not.contain('Nothing saved yet');
    el.saved = [{ eventId: 'pankow-2026', offerId: 'o2', providerName: 'P', title: { de: 'Deutschkurs B1', en: 'German course B1' }, savedAt: '2026-03-12T10:00:00Z' }];
    await el.updateComplete;
    expect(text($(el, '[part="saved"]'))).to.contain('German course B1');
  });

  it('a page in German (bundled) shows its words at once, without a spinner', async () => {
    const el = await fixture<StandPage>(html`<markt-stand-page .data=${standData()} locale="de"></markt-stand-page>`);
    expect(el.shadowRoot!.querySelector('.page-loading')).to.equal(null);
    expect(text(el.shadowRoot!)).to.contain('Unsere Angebote');
  });
});
