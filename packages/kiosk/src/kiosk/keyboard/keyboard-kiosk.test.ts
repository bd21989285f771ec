// The keyboard inside the real kiosk app: it follows the language the visitor chose (the kiosk's `lang`), and
// at the sizes of the kiosk screens every key of the contact form's keyboards is on the screen (review findings M3, L2).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import type { MarktKiosk } from '../kiosk.component.js';
import { SESSION_KEY } from '../kiosk.component.js';
import { fixtureData } from '../test-fixture.js';
import '../kiosk.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The fixture fair, where the care assistant course also has the demo fair's Arabic title. */
function data() {
  const fair = fixtureData();
  return {
    ...fair,
    offers: fair.offers.map((o) => (o.id === 'altenpflege-helfer' ? { ...o, title: { ...o.title, ar: 'مساعد/ة تمريض مع قسيمة التعليم' } } : o)),
  };
}

async function kiosk(): Promise<MarktKiosk> {
  localStorage.removeItem(SESSION_KEY);
  const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${data()} list-origin="https://markt.example"></markt-kiosk>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: MarktKiosk, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} on screen ${el.screen}`);
  return found;
};

async function settle(el: MarktKiosk): Promise<void> {
  await wait(0);
  await el.updateComplete;
  const keyboard = el.shadowRoot!.querySelector('markt-keyboard');
  if (keyboard) await keyboard.updateComplete;
}

async function tap(el: MarktKiosk, selector: string): Promise<void> {
  $(el, selector).click();
  await settle(el);
  await settle(el);
}

async function toLanguage(el: MarktKiosk, locale: string): Promise<void> {
  await tap(el, '.attract');
  await tap(el, `[data-locale="${locale}"]`);
  for (let i = 0; i < 100 && el.locale !== locale; i += 1) await wait(20);
  await settle(el);
}

const keyboardOf = (el: MarktKiosk) => $(el, 'markt-keyboard');
const keysOf = (el: MarktKiosk) => [...keyboardOf(el).shadowRoot!.querySelectorAll('button')];
const nameOf = (b: HTMLButtonElement) => b.getAttribute('aria-label') ?? b.textContent!.trim();

async function press(el: MarktKiosk, ...names: string[]): Promise<void> {
  for (const name of names) {
    const key = keysOf(el).find((b) => nameOf(b) === name);
    if (!key) throw new Error(`no key ${name}: ${keysOf(el).map(nameOf).join(' ')}`);
    key.click();
    await settle(el);
  }
}

/** The keys of the open keyboard that are not wholly inside the viewport. */
const offScreen = (el: MarktKiosk) =>
  keysOf(el)
    .filter((b) => {
      const box = b.getBoundingClientRect();
      return box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth;
    })
    .map(nameOf);

describe('<markt-kiosk> with its on-screen keyboard', () => {
  afterEach(async () => {
    localStorage.removeItem(SESSION_KEY);
    await setViewport({ width: 800, height: 600 });
  });

  it('searches in Arabic: Arabic keys, the keyboard right to left, the typed text in the field finds the Arabic title', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await kiosk();
    await toLanguage(el, 'ar');
    await tap(el, '[data-skip]');
    el.go('results');
    await settle(el);
    $(el, '#search').focus();
    await settle(el);
    const group = keyboardOf(el).shadowRoot!.querySelector('[role="group"]')!;
    expect(group.getAttribute('dir')).to.equal('rtl');
    expect(group.getAttribute('aria-label')).to.equal('لوحة المفاتيح على الشاشة');
    await expectAccessible(el);
    await press(el, 'ت', 'م', 'ر', 'ي', 'ض');
    expect(el.session.query).to.equal('تمريض');
    const field = $<HTMLInputElement>(el, '#search');
    expect(field.value).to.equal('تمريض');
    expect(getComputedStyle(field).direction).to.equal('rtl');
    const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.offer')].map((o) => o.dataset.offer);
    expect(found[0]).to.equal('altenpflege-helfer');
    // "ABC" for a German word: the same field, Latin letters.
    await press(el, 'مسافة', 'ABC: أحرف لاتينية', 'p', 'f', 'l', 'e', 'g', 'e');
    expect(el.session.query).to.equal('تمريض pflege');
    expect(offScreen(el)).to.deep.equal([]);
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`keeps every key of the contact form's keyboards on the screen at ${width} × ${height}; a Turkish name with İ and I (of ı)`, async () => {
      await setViewport({ width, height });
      const el = await kiosk();
      await toLanguage(el, 'tr');
      el.go('results');
      await settle(el);
      $(el, '[data-offer="schulden-beratung"] [data-details]').click();
      await settle(el);
      await tap(el, '[data-contact]');
      expect(el.screen).to.equal('contact');
      for (const field of ['#contact-name', '#contact-phone', '#contact-email']) {
        $(el, field).focus();
        await settle(el);
        expect(offScreen(el), field).to.deep.equal([]);
        // The field typed into stays visible above the keyboard.
        const box = $(el, field).getBoundingClientRect();
        expect(box.top, field).to.be.at.least(0);
        expect(box.bottom, field).to.be.at.most(keyboardOf(el).getBoundingClientRect().top);
      }
      $(el, '#contact-name').focus();
      await settle(el);
      await press(el, '⇧ Büyük harf', 'İ', 'n', 'c', 'i', 'Boşluk', '⇧ Büyük harf', 'I', 'ş', 'ı', 'k');
      expect(el.contact.name).to.equal('İnci Işık');
    });
  }
});
