import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import type { MarktKeyboard } from './keyboard.component.js';
import './keyboard.js';

const keys = (el: MarktKeyboard): HTMLButtonElement[] => [...el.shadowRoot!.querySelectorAll('button')];
const nameOf = (b: HTMLButtonElement): string => b.getAttribute('aria-label') ?? b.textContent!.trim();
const names = (el: MarktKeyboard): string[] => keys(el).map(nameOf);

const keyNamed = (el: MarktKeyboard, name: string): HTMLButtonElement => {
  const key = keys(el).find((b) => nameOf(b) === name);
  if (!key) throw new Error(`no key ${name} in ${names(el).join(' ')}`);
  return key;
};

/** Presses the keys of `text` one by one (shift first for a capital), re-rendering in between like a finger would. */
async function typeOn(el: MarktKeyboard, text: string, shiftLabel = 'Capital letters'): Promise<void> {
  for (const char of text) {
    if (char !== ' ' && !keys(el).some((b) => nameOf(b) === char)) {
      keyNamed(el, `⇧ ${shiftLabel}`).click();
      await el.updateComplete;
    }
    keyNamed(el, char === ' ' ? 'Space' : char).click();
    await el.updateComplete;
  }
}

const group = (el: MarktKeyboard): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[role="group"]')!;

describe('<markt-keyboard>', () => {
  it('is accessible and names its group and its keys', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard label="Bildschirmtastatur"></markt-keyboard>`);
    await expectAccessible(el);
    expect(group(el).getAttribute('aria-label')).to.equal('Bildschirmtastatur');
    for (const letter of ['ä', 'ö', 'ü', 'ß', 'z', 'y']) expect(keyNamed(el, letter)).to.be.instanceOf(HTMLButtonElement);
    expect(names(el).indexOf('z')).to.be.lessThan(names(el).indexOf('a')); // QWERTZ: z on the top row
  });

  it('types German letters, capitals after shift (ß stays), deletes, and reports each change', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard value="Stra"></markt-keyboard>`);
    const values: string[] = [];
    el.addEventListener('markt-keyboard-input', (e) => values.push(e.detail.value));
    keyNamed(el, 'ß').click();
    keyNamed(el, 'e').click();
    await el.updateComplete;
    keyNamed(el, '⇧ Capital letters').click();
    await el.updateComplete;
    expect(keyNamed(el, 'Ü').getAttribute('aria-label')).to.equal('Ü');
    expect(keyNamed(el, 'ß').textContent!.trim()).to.equal('ß');
    keyNamed(el, 'Ü').click();
    await el.updateComplete;
    keyNamed(el, 'ü').click();
    keyNamed(el, '⌫ Delete').click();
    expect(values).to.deep.equal(['Straß', 'Straße', 'StraßeÜ', 'StraßeÜü', 'StraßeÜ']);
  });

  it('works from the keyboard too: Tab to a key and press Enter', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard></markt-keyboard>`);
    keyNamed(el, '1').focus();
    const typed = oneEvent(el, 'markt-keyboard-input');
    await sendKeys({ press: 'Enter' });
    expect((await typed).detail.value).to.equal('1');
    const done = oneEvent(el, 'markt-keyboard-done');
    keyNamed(el, 'Done').click();
    const event = await done;
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows digits and + only for phone numbers, @ for e-mail', async () => {
    const tel = await fixture<MarktKeyboard>(html`<markt-keyboard layout="tel"></markt-keyboard>`);
    expect(names(tel)).to.include('+');
    expect(names(tel)).not.to.include('a');
    expect(names(tel)).not.to.include('⇧ Capital letters');
    const email = await fixture<MarktKeyboard>(html`<markt-keyboard layout="email"></markt-keyboard>`);
    expect(keyNamed(email, '@')).to.be.instanceOf(HTMLButtonElement);
  });

  it('English is QWERTY (with ä ö ü ß for German words)', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="en"></markt-keyboard>`);
    const row = [...el.shadowRoot!.querySelectorAll('.keys')][1]!;
    expect(row.textContent!.replace(/\s/g, '')).to.equal('qwertyuiopü');
    await typeOn(el, 'Küche');
    expect(el.value).to.equal('Küche');
  });

  it('Turkish Q: types ğ ü ş ı ö ç, shift gives İ for i and I for ı, accessible', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="tr" label="Ekran klavyesi" shift-label="Büyük harf"></markt-keyboard>`);
    await expectAccessible(el);
    const row = [...el.shadowRoot!.querySelectorAll('.keys')][1]!;
    expect(row.textContent!.replace(/\s/g, '')).to.equal('qwertyuıopğü');
    await typeOn(el, 'İŞ ğüşıöç', 'Büyük harf');
    keyNamed(el, '⇧ Büyük harf').click();
    await el.updateComplete;
    expect(keyNamed(el, 'I').textContent!.trim()).to.equal('I'); // the key of ı
    keyNamed(el, 'I').click();
    await el.updateComplete;
    expect(el.value).to.equal('İŞ ğüşıöçI');
    expect(group(el).getAttribute('dir')).to.equal('ltr');
  });

  it('Arabic: the standard layout, right to left, no shift, ﻻ types لا, accessible', async () => {
    const el = await fixture<MarktKeyboard>(
      html`<markt-keyboard locale="ar" label="لوحة المفاتيح على الشاشة" space-label="مسافة" backspace-label="حذف" done-label="تم"></markt-keyboard>`,
    );
    await expectAccessible(el);
    expect(group(el).getAttribute('dir')).to.equal('rtl');
    expect(group(el).getAttribute('lang')).to.equal('ar');
    const rows = [...el.shadowRoot!.querySelectorAll('.keys')].map((r) => r.textContent!.replace(/\s/g, ''));
    expect(rows.slice(1)).to.deep.equal(['ذضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرﻻىةوزظأإآ']);
    // ض is the top-left letter key as on an Arabic keyboard, even though the keyboard reads right to left.
    const left = (name: string) => keyNamed(el, name).getBoundingClientRect().left;
    expect(left('ض')).to.be.lessThan(left('د'));
    // The special keys follow the language: "تم" (done) is on the left.
    expect(left('تم')).to.be.lessThan(left('⌫ حذف'));
    expect(names(el).some((n) => n.startsWith('⇧'))).to.equal(false);
    for (const char of ['ا', 'ل', 'ع', 'م', 'ل']) keyNamed(el, char).click();
    keyNamed(el, 'ﻻ').click();
    expect(el.value).to.equal('العمللا');
  });

  it('Arabic: "ABC" switches to Latin letters for a German word and "عربي" back', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="ar"></markt-keyboard>`);
    expect(names(el)).not.to.include('a');
    keyNamed(el, 'ABC: أحرف لاتينية').click();
    await el.updateComplete;
    expect(names(el)).not.to.include('ض');
    await expectAccessible(el);
    await typeOn(el, 'Pflege');
    expect(el.value).to.equal('Pflege');
    keyNamed(el, 'عربي: أحرف عربية').click();
    await el.updateComplete;
    keyNamed(el, 'ض').click();
    expect(el.value).to.equal('Pflegeض');
  });

  it('an e-mail address gets Latin letters with @ in Arabic, Russian and Ukrainian, and no script key', async () => {
    for (const locale of ['ar', 'ru', 'uk']) {
      const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale=${locale} layout="email"></markt-keyboard>`);
      expect(names(el)).to.include.members(['a', 'z', '@', '.']);
      expect(names(el).some((n) => n.includes('ABC') || n.includes('АБВ') || n.includes('عربي'))).to.equal(false);
    }
  });

  it('Russian ЙЦУКЕН: types Cyrillic with capitals, and "ABC" / "АБВ" switches script', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="ru"></markt-keyboard>`);
    await expectAccessible(el);
    const row = [...el.shadowRoot!.querySelectorAll('.keys')][1]!;
    expect(row.textContent!.replace(/\s/g, '')).to.equal('йцукенгшщзхъ');
    await typeOn(el, 'Зависимость ёж');
    expect(el.value).to.equal('Зависимость ёж');
    keyNamed(el, 'ABC: Латинские буквы').click();
    await el.updateComplete;
    expect(keyNamed(el, 'АБВ: Русские буквы')).to.be.instanceOf(HTMLButtonElement);
    expect(names(el)).to.include('q');
  });

  it('Ukrainian ЙЦУКЕН has і ї є ґ and the apostrophe', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="uk"></markt-keyboard>`);
    await typeOn(el, "Ґанок їжа є п'ять Іван");
    expect(el.value).to.equal("Ґанок їжа є п'ять Іван");
    expect(keyNamed(el, 'ABC: Латинські літери')).to.be.instanceOf(HTMLButtonElement);
  });

  it('Leichte Sprache gets the German keyboard', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="de-x-ls"></markt-keyboard>`);
    expect(names(el)).to.include.members(['ä', 'ö', 'ü', 'ß', 'z']);
  });

  it('scrolls itself into view when it opens and when its rows change (phone → e-mail)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const page = await fixture<HTMLDivElement>(html`<div><div style="height: 700px"></div><markt-keyboard layout="tel"></markt-keyboard><div style="height: 900px"></div></div>`);
    const el = page.querySelector('markt-keyboard')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    expect(scrollY).to.be.greaterThan(0);
    el.layout = 'email';
    await el.updateComplete;
    expect(el.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    expect(el.getBoundingClientRect().top).to.be.at.least(0);
    await setViewport({ width: 800, height: 600 });
  });

  it('without a locale takes the language of the page around it, also through a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ar"><div></div></div>`);
    const shadow = host.firstElementChild!.attachShadow({ mode: 'open' });
    const el = document.createElement('markt-keyboard');
    shadow.append(el);
    await el.updateComplete;
    expect(group(el).getAttribute('dir')).to.equal('rtl');
    expect(names(el)).to.include('ض');
    // The kiosk switches to Russian: its app element's lang changes and it re-renders the keyboard's labels.
    host.lang = 'ru';
    el.label = 'Экранная клавиатура';
    await el.updateComplete;
    expect(names(el)).to.include('й');
    expect(group(el).getAttribute('dir')).to.equal('ltr');
    // Moved into a Turkish part of the page, it reads the language again.
    const turkish = await fixture<HTMLDivElement>(html`<div lang="tr"></div>`);
    turkish.append(el);
    await el.updateComplete;
    expect(names(el)).to.include('ş');
  });
});

describe('<markt-keyboard> on a kiosk screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  // The field sits where the contact form's phone field is at 1280 × 800 (y ≈ 410–470); a consent box and the send
  // button follow. Every key must be on the screen, and the field above the keyboard too.
  const form = (locale: string, layout: string) => html`<div>
    <div style="height: 410px">heading and text</div>
    <input aria-label="field" style="height: 56px; display: block" />
    <markt-keyboard locale=${locale} layout=${layout}></markt-keyboard>
    <div style="height: 500px">consent and send</div>
  </div>`;

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`fits every key into the viewport at ${width} × ${height} (de, Arabic e-mail and text, ru, tr, phone), keys ≥ 44 px`, async () => {
      await setViewport({ width, height });
      for (const [locale, layout] of [
        ['de', 'text'],
        ['ar', 'email'],
        ['ar', 'text'],
        ['ru', 'text'],
        ['tr', 'email'],
        ['de', 'tel'],
      ] as const) {
        fixtureCleanup();
        window.scrollTo(0, 0);
        const page = await fixture<HTMLDivElement>(form(locale, layout));
        const el = page.querySelector('markt-keyboard')!;
        await el.updateComplete;
        const outside = keys(el)
          .map((b) => ({ name: nameOf(b), box: b.getBoundingClientRect() }))
          .filter(({ box }) => box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth)
          .map(({ name, box }) => `${name} ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
        expect(outside, `${locale} ${layout}`).to.deep.equal([]);
        const small = keys(el).filter((b) => b.getBoundingClientRect().width < 44 || b.getBoundingClientRect().height < 44);
        expect(small.map(nameOf), `${locale} ${layout}`).to.deep.equal([]);
        expect(page.querySelector('input')!.getBoundingClientRect().top).to.be.at.least(0);
      }
    });
  }
});
