import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../test/axe.js';
import type { PrivacyNotice } from '../shared/privacy-notice/privacy-notice.js';
import { kioskCatalog } from './i18n.js';
import { SESSION_KEY, type KioskData, type MarktKiosk } from './kiosk.component.js';
import { fixtureData } from './test-fixture.js';
import { $, heading, tap, until, wait } from './test-visitor.js';
import './kiosk.js';

// The visitor's path through the kiosk as the usability review of 24 Nov 2026 walked it (H1, H2, M1, M2, M4, L3,
// L7, L9 and the fallback-language mark), in a real Chromium at the kiosk's screen sizes.

/** The fair of the fixture with 24 offers (20 cards and a "show more"), and a privacy page on the web. */
function bigFair(): KioskData {
  const data = fixtureData();
  const extra = Array.from({ length: 16 }, (_, i) => {
    const base = data.offers[i % data.offers.length]!;
    return { ...base, id: `${base.id}-${i}` };
  });
  data.offers = [...data.offers, ...extra];
  data.event = { ...data.event, privacy: { controller: 'Jobcenter Berlin Pankow', contact: 'Storkower Straße 133, 10407 Berlin', url: 'https://jobcenter.example/datenschutz' } };
  return data;
}

async function kiosk(data: KioskData = bigFair()): Promise<MarktKiosk> {
  localStorage.removeItem(SESSION_KEY);
  document.body.style.margin = '0';
  const el = await fixture<MarktKiosk>(html`<markt-kiosk .data=${data} list-origin="https://markt.example"></markt-kiosk>`);
  await el.updateComplete;
  return el;
}

async function toLanguage(el: MarktKiosk, locale: string): Promise<void> {
  await tap(el, '.attract');
  await tap(el, `[data-locale="${locale}"]`);
  await until(() => el.locale === locale);
  await el.updateComplete;
}

/** Every shadow root under the kiosk (its own and those of the components it renders). */
function roots(el: MarktKiosk): ShadowRoot[] {
  const all: ShadowRoot[] = [el.shadowRoot!];
  for (let i = 0; i < all.length; i += 1) for (const host of all[i]!.querySelectorAll('*')) if (host.shadowRoot) all.push(host.shadowRoot);
  return all;
}

/** True when the centre of `target` is what a finger there would touch (nothing lies on top of it). */
function touchable(el: MarktKiosk, target: Element): boolean {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
  const hit = el.shadowRoot!.elementFromPoint(x, y);
  return hit !== null && (hit === target || target.contains(hit));
}

describe('<markt-kiosk> visitor path (usability review)', () => {
  afterEach(async () => {
    localStorage.removeItem(SESSION_KEY);
    await setViewport({ width: 800, height: 600 });
  });

  it('H1: the privacy notice shows the address as text and a QR code, and no screen has a link that leaves the kiosk', async () => {
    const el = await kiosk();
    const notice = $<PrivacyNotice>(el, 'markt-privacy-notice');
    notice.show();
    await notice.updateComplete;
    const dialog = notice.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.querySelector('svg') !== null);
    expect(dialog.querySelector('a'), 'no link in the kiosk notice').to.equal(null);
    expect(dialog.textContent).to.contain('https://jobcenter.example/datenschutz');
    expect(dialog.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('QR');
    await expectAccessible(el);
    notice.close();
    // Walk every visitor screen: nowhere a link (a[href]) or a target that opens another window.
    await toLanguage(el, 'de');
    for (const screen of ['results', 'detail', 'map', 'list', 'contact', 'feedback'] as const) {
      if (screen === 'detail') await tap(el, '[data-offer] [data-details]');
      else el.go(screen);
      await el.updateComplete;
      await wait(20);
      for (const root of roots(el)) {
        expect(root.querySelectorAll('a[href], [target]').length, `links on ${screen}`).to.equal(0);
      }
    }
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`H2: the bottom navigation stays on screen over 20 result cards at ${width}×${height}, also with the keyboard open, and hides no card`, async () => {
      await setViewport({ width, height });
      const el = await kiosk();
      await toLanguage(el, 'tr');
      el.go('results');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.offers > [data-offer]').length).to.equal(20);
      const nav = $(el, 'nav.bottom');
      const inView = () => {
        const box = nav.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight + 0.5 && box.height > 0;
      };
      expect(inView(), 'nav visible at the top of the results').to.equal(true);
      const map = nav.querySelector('button:nth-child(2)')!;
      expect(touchable(el, map), '"Karte" can be touched').to.equal(true);
      // Scrolled to the last card: the nav is still there, and the last card's buttons are not under it.
      const cards = el.shadowRoot!.querySelectorAll('.offers > [data-offer]');
      const last = cards[cards.length - 1]!.querySelector('[data-details]')!;
      last.scrollIntoView({ block: 'end' });
      await wait(50);
      expect(inView(), 'nav visible after scrolling down').to.equal(true);
      expect(touchable(el, last), 'the last card is not hidden under the nav').to.equal(true);
      expect(touchable(el, map)).to.equal(true);
      // The on-screen keyboard open under the search field.
      $(el, '#search').focus();
      await el.updateComplete;
      const keyboard = $(el, 'markt-keyboard');
      keyboard.scrollIntoView({ block: 'end' });
      await wait(50);
      expect(inView(), 'nav visible with the keyboard open').to.equal(true);
      expect(keyboard.getBoundingClientRect().bottom, 'the keyboard ends above the nav').to.be.at.most(nav.getBoundingClientRect().top + 0.5);
      await expectAccessible(el);
      map.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.screen).to.equal('map');
    });
  }

  it('M1 and the fallback mark: an English title or summary on an Arabic screen is isolated (dir auto) and tagged "(English)" in Arabic', async () => {
    const data = bigFair();
    const debt = data.offers.find((o) => o.id === 'schulden-beratung')!;
    debt.title = { ...debt.title, ar: 'استشارة الديون' };
    const el = await kiosk(data);
    await toLanguage(el, 'ar');
    el.go('results');
    await el.updateComplete;
    const tag = kioskCatalog.t('ar', 'text.in.en');
    expect(tag).to.not.equal(kioskCatalog.t('en', 'text.in.en'));
    const english = $(el, '[data-offer="altenpflege-helfer"] h2');
    const title = english.querySelector('[lang="en"]')!;
    expect(title.textContent).to.equal('Care assistant for older people');
    expect(title.localName === 'bdi' || title.getAttribute('dir') === 'auto', 'the English title is isolated').to.equal(true);
    expect(english.querySelector('[data-fallback]')!.textContent!.trim()).to.equal(tag);
    expect($(el, '[data-offer="schulden-beratung"] h2').querySelector('[data-fallback]'), 'an Arabic title has no mark').to.equal(null);
    await expectAccessible(el);
    await tap(el, '[data-offer="altenpflege-helfer"] [data-details]');
    const h1 = $(el, '[data-screen-heading]');
    expect(h1.querySelector('bdi[lang="en"], [lang="en"][dir="auto"]')!.textContent).to.equal('Care assistant for older people');
    expect(h1.parentElement!.querySelector('[data-fallback]')!.textContent!.trim()).to.equal(tag);
    const summary = $(el, 'p[data-summary]');
    expect(summary.getAttribute('lang')).to.equal('en');
    expect(summary.getAttribute('dir')).to.equal('auto');
    expect(el.shadowRoot!.querySelectorAll('[data-fallback]').length, 'title and summary marked').to.equal(2);
    await expectAccessible(el);
    await tap(el, '[data-add]');
    el.go('list');
    await el.updateComplete;
    const item = $(el, 'ol li');
    expect(item.querySelector('bdi[lang="en"], [lang="en"][dir="auto"]')!.textContent).to.equal('Care assistant for older people');
    expect(item.querySelector('[data-fallback]')!.textContent!.trim()).to.equal(tag);
    // The contact screen's "about: <title>" keeps the title in its own direction.
    await tap(el, 'nav.bottom button:nth-child(1)');
    await tap(el, '[data-offer="altenpflege-helfer"] [data-details]');
    await tap(el, '[data-contact]');
    expect($(el, '[data-contact-for] bdi[lang="en"]').textContent).to.equal('Care assistant for older people');
  });

  it('M2: the route is a numbered list of stands, not arrows, in Arabic too', async () => {
    const el = await kiosk();
    await toLanguage(el, 'ar');
    el.go('results');
    await el.updateComplete;
    await tap(el, '[data-offer="altenpflege-helfer"] [data-add]');
    await tap(el, '[data-offer="schulden-beratung"] [data-add]');
    el.go('map');
    await el.updateComplete;
    const route = $(el, 'ol[data-route]');
    const steps = [...route.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(steps.length).to.equal(2);
    expect(steps.join(' ')).to.not.contain('→');
    expect(steps.every((s, i) => s.includes(kioskCatalog.t('ar', 'offer.stand', { number: el.route.stands[i]!.number })))).to.equal(true);
    expect(steps[0]).to.contain('Pflegeschule Nord');
    await expectAccessible(el);
  });

  it('M4: "Neu beginnen" asks first when there are answers or list items (focus on "Nein"); without them it starts over at once', async () => {
    const el = await kiosk();
    await toLanguage(el, 'de');
    // Nothing entered yet: one tap starts over.
    await tap(el, '[data-restart]');
    expect(el.screen).to.equal('attract');
    await toLanguage(el, 'de');
    el.go('results');
    await el.updateComplete;
    await tap(el, '[data-offer="altenpflege-helfer"] [data-add]');
    await tap(el, '[data-restart]');
    expect(el.screen, 'nothing wiped yet').to.equal('results');
    const dialog = $(el, '[role="alertdialog"][data-restart-confirm]');
    expect(dialog.textContent).to.contain('Alles löschen und neu beginnen?');
    const no = $(el, '[data-restart-no]');
    expect(el.shadowRoot!.activeElement).to.equal(no);
    expect(no.textContent!.trim()).to.equal('Nein');
    expect($(el, '.screen').inert).to.equal(true);
    await expectAccessible(el);
    await tap(el, '[data-restart-no]');
    expect(el.shadowRoot!.querySelector('[data-restart-confirm]')).to.equal(null);
    expect(el.session.list).to.deep.equal(['altenpflege-helfer']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-restart]'));
    // Escape keeps everything too.
    await tap(el, '[data-restart]');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-restart-confirm]')).to.equal(null);
    expect(el.session.list).to.deep.equal(['altenpflege-helfer']);
    // In the visitor's language, and "Ja" wipes.
    el.go('language');
    await el.updateComplete;
    await tap(el, '[data-locale="tr"]');
    await until(() => el.locale === 'tr');
    await tap(el, '[data-restart]');
    expect($(el, '[data-restart-confirm]').textContent).to.contain(kioskCatalog.t('tr', 'restart.title'));
    await tap(el, '[data-restart-yes]');
    expect(el.screen).to.equal('attract');
    expect(el.session.list).to.deep.equal([]);
  });

  it('L9: the buttons of a result card are described by the offer title', async () => {
    const el = await kiosk();
    await toLanguage(el, 'de');
    el.go('results');
    await el.updateComplete;
    const card = $(el, '[data-offer="schulden-beratung"]');
    for (const button of card.querySelectorAll('[data-add], [data-details]')) {
      const ids = button.getAttribute('aria-describedby')!.split(' ');
      const described = ids.map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
      expect(described).to.contain('Schuldnerberatung');
    }
  });

  it('L7 and L3: the start screen has a main landmark and a level-one heading; the language screen speaks every language', async () => {
    const el = await kiosk();
    const main = $(el, 'main');
    expect(main.querySelector('h1')).to.not.equal(null);
    expect(main.querySelector('.attract')).to.not.equal(null);
    await tap(el, '.attract');
    const text = heading(el)!;
    for (const word of ['Sprache', 'Language', 'Dil', 'اللغة', 'Мова', 'Язык']) expect(text).to.contain(word);
    expect($(el, '[data-screen-heading] [lang="ar"]').getAttribute('dir')).to.equal('rtl');
    // The bar has no German-only language button on the language screen itself.
    expect(el.shadowRoot!.querySelector('header.bar [data-language]')).to.equal(null);
    expect($(el, '.grid[role="group"]').getAttribute('aria-label')).to.equal('Wählen Sie Ihre Sprache');
    await expectAccessible(el);
  });
});
