import { formatReason } from '@markt/sdk/reasons';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LeadInputSchema, check } from '@markt/sdk/schemas';
import { quizItems } from '@markt/sdk/quiz-texts';
import { expectAccessible } from '../../test/axe.js';
import { LANGUAGE_CHOICES, kioskCatalog } from './i18n.js';
import type { MarktKiosk } from './kiosk.component.js';
import { SESSION_KEY } from './kiosk.component.js';
import { emptySession } from './session.js';
import { fixtureData } from './test-fixture.js';
import './kiosk.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function kiosk(attrs: { prompt?: number; reset?: number } = {}): Promise<MarktKiosk> {
  localStorage.removeItem(SESSION_KEY);
  const el = await fixture<MarktKiosk>(
    html`<markt-kiosk .data=${fixtureData()} list-origin="https://markt.example" idle-prompt-seconds=${attrs.prompt ?? 45} idle-reset-seconds=${attrs.reset ?? 60}></markt-kiosk>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MarktKiosk, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} on screen ${el.screen}`);
  return found;
};

/** Clicks and waits for the re-render (and a lazily loaded language). */
async function tap(el: MarktKiosk, selector: string): Promise<void> {
  $(el, selector).click();
  await wait(0);
  await el.updateComplete;
  await wait(0);
  await el.updateComplete;
}

async function toLanguage(el: MarktKiosk, locale: string): Promise<void> {
  await tap(el, '.attract');
  await tap(el, `[data-locale="${locale}"]`);
  // The language's messages load lazily; wait until the app runs in it.
  for (let i = 0; i < 100 && el.locale !== locale; i += 1) await wait(20);
  await el.updateComplete;
}

describe('<markt-kiosk>', () => {
  afterEach(() => localStorage.removeItem(SESSION_KEY));

  it('is accessible on the attract screen, invites in every language and opens the language choice on a touch, focusing its heading', async () => {
    const el = await kiosk();
    await expectAccessible(el);
    for (let i = 0; i < 100 && !LANGUAGE_CHOICES.every(({ locale }) => kioskCatalog.has(locale)); i += 1) await wait(20);
    await wait(0);
    await el.updateComplete;
    const invitation = $(el, '.others [lang="ar"]');
    expect(invitation.textContent).to.equal(kioskCatalog.t('ar', 'attract.touch'));
    expect(invitation.getAttribute('dir')).to.equal('rtl');
    await tap(el, '.attract');
    expect(el.screen).to.equal('language');
    await expectAccessible(el);
    const heading = $(el, 'h1');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    const labels = [...el.shadowRoot!.querySelectorAll('[data-locale]')].map((b) => b.textContent?.trim());
    expect(labels).to.deep.equal(['Deutsch', 'English', 'Türkçe', 'العربية', 'Українська', 'Русский', 'Leichte Sprache']);
  });

  it('gives every button on every visitor screen a touch target of at least 44 × 44 px', async () => {
    const el = await kiosk();
    const small: string[] = [];
    const measure = () => {
      // Buttons of the kiosk and of the components it renders (keyboard, map), through their shadow roots.
      const roots: ShadowRoot[] = [el.shadowRoot!];
      for (let i = 0; i < roots.length; i += 1) {
        for (const host of roots[i]!.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
      }
      for (const root of roots) {
        for (const button of root.querySelectorAll<HTMLElement>('button, a[href], [role="button"], input, select, textarea')) {
          const box = button.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue; // not displayed on this screen
          const isCheckbox = button instanceof HTMLInputElement && button.type === 'checkbox';
          // A checkbox counts by its label, which is the touch target.
          const target = isCheckbox ? (button.closest('label') ?? button).getBoundingClientRect() : box;
          if (target.width < 44 || target.height < 44) {
            small.push(`${el.screen}: ${button.tagName.toLowerCase()} "${button.textContent?.trim().slice(0, 30)}" ${Math.round(target.width)}×${Math.round(target.height)}`);
          }
        }
      }
    };
    measure();
    await toLanguage(el, 'de');
    measure();
    const show = async (screen: Parameters<MarktKiosk['go']>[0]) => {
      el.go(screen);
      await el.updateComplete;
      await wait(50);
      await el.updateComplete;
      measure();
    };
    await show('language');
    await show('extras');
    await show('results');
    await tap(el, '[data-details]'); // the detail of the first offer, then its contact form
    measure();
    await show('contact');
    for (const screen of ['map', 'list', 'feedback'] as const) await show(screen);
    expect(small).to.deep.equal([]);
  });

  it('lays Arabic out right to left with lang="ar" on the app root', async () => {
    const el = await kiosk();
    await toLanguage(el, 'ar');
    const app = $(el, '.app');
    expect(app.getAttribute('dir')).to.equal('rtl');
    expect(app.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle($(el, 'main')).direction).to.equal('rtl');
    expect($(el, '#item-text').textContent).to.equal(kioskCatalog.t('ar', `quiz.${quizItems[0]!.id}` as never));
    await expectAccessible(el);
  });

  it('shows one quiz item per screen with progress in an aria-live region, and moves on when skipped', async () => {
    const el = await kiosk();
    await toLanguage(el, 'de');
    expect(el.screen).to.equal('quiz');
    await expectAccessible(el);
    const progress = $(el, '[data-progress]');
    expect(progress.getAttribute('aria-live')).to.equal('polite');
    expect(progress.textContent).to.contain(`1 von ${quizItems.length}`);
    expect($(el, '#item-text').textContent).to.equal(quizItems[0]!.text.de);
    expect(el.shadowRoot!.querySelectorAll('.item svg[aria-hidden="true"]').length).to.equal(1);
    await tap(el, '[data-skip]');
    expect($(el, '[data-progress]').textContent).to.contain(`2 von ${quizItems.length}`);
    expect(el.session.answers[quizItems[0]!.id]).to.equal(null);
    await tap(el, '[data-answer="4"]');
    expect(el.session.answers[quizItems[1]!.id]).to.equal(4);
    // A new statement on the same screen: focus goes to it, so a screen reader reads it.
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#item-text'));
  });

  it('goes attract → Turkish → quiz with skips → results with Turkish reasons → map with route → take-home QR', async () => {
    const el = await kiosk();
    await toLanguage(el, 'tr');
    expect($(el, '.app').getAttribute('lang')).to.equal('tr');
    expect($(el, 'h1').textContent).to.equal(kioskCatalog.t('tr', 'quiz.title'));
    // Social and caring answers high, practical low, some skipped.
    for (const item of quizItems) {
      const value = item.dimension === 'S' ? 4 : item.dimension === 'R' ? 0 : null;
      await tap(el, value === null ? '[data-skip]' : `[data-answer="${value}"]`);
    }
    expect(el.screen).to.equal('extras');
    await expectAccessible(el);
    await tap(el, '[data-to-results]');
    expect(el.screen).to.equal('results');
    await expectAccessible(el);
    const first = $(el, '.offer');
    const top3 = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.offer')].slice(0, 3).map((o) => o.dataset.offer);
    expect(top3.some((id) => id === 'altenpflege-helfer' || id === 'erzieher-quereinstieg'), top3.join()).to.equal(true);
    const reasons = [...el.shadowRoot!.querySelectorAll('[data-reason]')].map((r) => r.textContent?.trim());
    expect(reasons).to.include(kioskCatalog.t('tr', 'reason.fit.interest.S'));
    expect(reasons.join(' ')).not.to.contain('Fits your');

    await tap(el, '.offer [data-add]');
    expect(el.session.list).to.deep.equal([first.dataset.offer]);
    await tap(el, 'nav.bottom button:nth-child(2)');
    expect(el.screen).to.equal('map');
    await expectAccessible(el);
    const map = $(el, 'markt-floor-map');
    await (map as unknown as MarktKiosk).updateComplete;
    expect(map.shadowRoot!.querySelectorAll('.stand.highlighted').length).to.equal(1);
    expect(map.shadowRoot!.querySelector('polyline.route')).not.to.equal(null);
    const data = fixtureData();
    const providerId = data.offers.find((o) => o.id === first.dataset.offer)!.providerId;
    const stand = data.stands.find((s) => s.providerId === providerId)!;
    const steps = [...el.shadowRoot!.querySelectorAll('ol[data-route] li')].map((li) => li.textContent!.trim());
    expect(steps).to.deep.equal([`${kioskCatalog.t('tr', 'offer.stand', { number: stand.number })} · ${data.providers.find((p) => p.id === providerId)!.name}`]);

    await tap(el, 'nav.bottom button:nth-child(3)');
    expect(el.screen).to.equal('list');
    await expectAccessible(el);
    const qr = $(el, '.qr');
    for (let i = 0; i < 100 && !qr.querySelector('svg'); i += 1) await wait(20); // the QR encoder loads on first use
    expect(qr.querySelector('svg')).not.to.equal(null);
    expect(qr.dataset.link).to.equal(`https://markt.example/list#v=1&e=pankow-2026&l=tr&o=${first.dataset.offer}`);
  });

  it('takes the top results home as suggestions (r=), not as the visitor\'s list, when nothing was saved', async () => {
    const el = await kiosk();
    await toLanguage(el, 'en');
    await tap(el, '[data-skip]');
    el.go('results');
    await el.updateComplete;
    const top = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.offer[data-offer]')].slice(0, 3).map((o) => o.dataset.offer!);
    expect(top.length).to.equal(3);
    el.go('list');
    await el.updateComplete;
    const link = $(el, '.qr').dataset.link!;
    expect(link.startsWith('https://markt.example/list#v=1&e=pankow-2026&l=en&o=&r=')).to.equal(true);
    expect(link.slice(link.indexOf('&r=') + 3).split(',').slice(0, 3)).to.deep.equal(top);
  });

  it('searches through the on-screen keyboard with German letters, and filters by chips', async () => {
    const el = await kiosk();
    await toLanguage(el, 'de');
    await tap(el, '[data-skip]');
    el.go('results');
    await el.updateComplete;
    const all = el.shadowRoot!.querySelectorAll('.offer').length;
    expect(all).to.equal(8);
    $(el, '#search').focus();
    await el.updateComplete;
    const keyboard = $(el, 'markt-keyboard');
    await expectAccessible(el);
    const key = (label: string) => [...keyboard.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label)!;
    for (const ch of ['k', 'ü', 'c', 'h', 'e']) {
      key(ch).click();
      await el.updateComplete;
    }
    expect(el.session.query).to.equal('küche');
    const titles = [...el.shadowRoot!.querySelectorAll('.offer')].map((o) => (o as HTMLElement).dataset.offer);
    expect(titles[0]).to.equal('kita-helfer');
    expect(titles.length).to.be.lessThan(all);

    el.session = { ...el.session, query: '' };
    await el.updateComplete;
    await tap(el, '[data-kind="counselling"]');
    const left = [...el.shadowRoot!.querySelectorAll('.offer')].map((o) => (o as HTMLElement).dataset.offer);
    expect(left).to.deep.equal(['schulden-beratung']);
    await tap(el, '[data-kind="counselling"]');
    await tap(el, '[data-part-time]');
    expect(el.shadowRoot!.querySelectorAll('.offer').length).to.equal(6);
  });

  it('shows the stand number and place in the detail and sends a contact request with consent', async () => {
    const el = await kiosk();
    await toLanguage(el, 'en');
    el.go('results');
    await el.updateComplete;
    $(el, '[data-offer="schulden-beratung"] [data-details]').click();
    await el.updateComplete;
    expect(el.screen).to.equal('detail');
    expect($(el, '[data-where]').textContent).to.equal('Stand 4, at the back of the hall');
    await tap(el, '[data-contact]');
    await expectAccessible(el);
    // Neither phone nor e-mail: an error, nothing sent.
    let sent = 0;
    el.addEventListener('markt-contact-request', () => (sent += 1));
    await tap(el, 'button[type="submit"]');
    expect($(el, '.error').textContent).to.equal(kioskCatalog.t('en', 'contact.needOne'));
    $(el, '#contact-phone').focus();
    await sendKeys({ type: '030 1234567' });
    await tap(el, 'button[type="submit"]');
    expect($(el, '.error').textContent).to.equal(kioskCatalog.t('en', 'contact.needConsent'));
    expect(sent).to.equal(0);
    $(el, '.check input').click();
    const request = oneEvent(el, 'markt-contact-request');
    await tap(el, 'button[type="submit"]');
    const { detail } = await request;
    expect(check(LeadInputSchema, detail).ok).to.equal(true);
    expect(detail.contact).to.deep.equal({ phone: '030 1234567' });
    expect(detail.providerId).to.equal('schuldnerberatung');
    expect(detail.standId).to.equal('s4');
    expect(detail.consent.text).to.contain('Schuldnerberatung Pankow');
    expect(detail.consent.text).to.contain('30 days');
    expect(el.contact).to.deep.equal({ name: '', phone: '', email: '' });
    // Another offer gets a fresh form, not the "sent" message.
    el.go('results');
    await el.updateComplete;
    $(el, '[data-offer="kita-helfer"] [data-details]').click();
    await el.updateComplete;
    await tap(el, '[data-contact]');
    expect(el.shadowRoot!.querySelector('#contact-phone')).not.to.equal(null);
  });

  it('asks at the end for a smiley rating and what was missing', async () => {
    const el = await kiosk();
    await toLanguage(el, 'de');
    el.go('feedback');
    await el.updateComplete;
    await expectAccessible(el);
    await tap(el, '[data-rating="4"]');
    $(el, '#missing').focus();
    await sendKeys({ type: 'Mehr Jobs am Abend' });
    const feedback = oneEvent(el, 'markt-feedback');
    await tap(el, '[data-send-feedback]');
    const { detail } = await feedback;
    expect(detail.rating).to.equal(4);
    expect(detail.missing).to.equal('Mehr Jobs am Abend');
    expect(el.screen).to.equal('thanks');
  });

  it('prompts after the idle time and then wipes every answer from memory and storage', async () => {
    const el = await kiosk({ prompt: 0.3, reset: 0.7 });
    // A contact request still waiting for the server must survive the wipe, and so must the device's own keys.
    localStorage.setItem('markt.outbox.kiosk-leads', '[{"key":"k","item":{},"attempts":1,"queuedAt":"2026-03-12T10:00:00Z"}]');
    await toLanguage(el, 'uk');
    await tap(el, '[data-answer="3"]');
    await tap(el, '[data-answer="1"]');
    expect(Object.keys(el.session.answers)).to.have.length(2);
    expect(localStorage.getItem(SESSION_KEY)).to.contain(quizItems[0]!.id);
    await wait(400);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alertdialog"]')).not.to.equal(null);
    expect($(el, '.screen').inert).to.equal(true);
    expect($(el, '.dialog .countdown').textContent).to.equal(kioskCatalog.t('uk', 'idle.seconds', { s: 1 }));
    await expectAccessible(el);
    const ended = oneEvent(el, 'markt-session-end');
    await wait(400);
    expect((await ended).detail.reason).to.equal('idle');
    await el.updateComplete;
    expect(el.screen).to.equal('attract');
    expect(el.session.answers).to.deep.equal({});
    expect(el.session.list).to.deep.equal([]);
    expect(el.quizIndex).to.equal(0);
    expect(el.locale).to.equal('de');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('markt.kiosk.'))).to.deep.equal([]);
    expect(localStorage.getItem('markt.outbox.kiosk-leads')).to.contain('"key":"k"');
    localStorage.removeItem('markt.outbox.kiosk-leads');
    expect(el.shadowRoot!.querySelector('[role="alertdialog"]')).to.equal(null);
  });

  it('goes back to the question after a language change in the middle of the quiz', async () => {
    const el = await kiosk();
    await toLanguage(el, 'de');
    await tap(el, '[data-answer="3"]');
    expect(el.quizIndex).to.equal(1);
    el.go('language');
    await el.updateComplete;
    await el.chooseLanguage('en');
    await el.updateComplete;
    expect(el.screen).to.equal('quiz');
    expect(el.quizIndex).to.equal(1);
    expect(el.locale).to.equal('en');
  });

  it('does not come back in a language whose loading a wipe overtook', async () => {
    const el = await kiosk();
    await tap(el, '.attract');
    // Ukrainian may still be loading (a slow network) when the visitor presses "start over".
    const choice = el.chooseLanguage('uk');
    el.wipe('finished');
    await choice;
    await wait(50);
    await el.updateComplete;
    expect(el.screen).to.equal('attract');
    expect(el.locale).to.equal('de');
  });

  it('keeps one countdown when a touch restarts the idle timers while the prompt shows', async () => {
    const el = await kiosk({ prompt: 0.2, reset: 0.5 });
    await toLanguage(el, 'de');
    const started: number[] = [];
    const realSetInterval = window.setInterval;
    const realClearInterval = window.clearInterval;
    const live = new Set<number>();
    window.setInterval = ((handler: TimerHandler, ms?: number) => {
      const id = realSetInterval(handler, ms);
      started.push(id);
      live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) live.delete(id);
      realClearInterval(id);
    }) as typeof window.clearInterval;
    try {
      await wait(300); // the prompt shows
      expect(el.idlePrompt).to.equal(true);
      el.shadowRoot!.querySelector('.dialog')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await wait(300); // it prompts again
      el.wipe('finished');
      await el.updateComplete;
      expect(started.length, 'countdowns started').to.be.greaterThan(0);
      expect([...live].filter((id) => started.includes(id)), 'countdowns left running after the wipe').to.deep.equal([]);
    } finally {
      window.setInterval = realSetInterval;
      window.clearInterval = realClearInterval;
    }
  });

  it('goes on with a session after a reload, but not with one older than the idle reset', async () => {
    const answers = { [quizItems[0]!.id]: 4 };
    const saved = (savedAt: number) => JSON.stringify({ session: { ...emptySession('de'), answers }, quizIndex: 1, screen: 'quiz', savedAt });
    localStorage.setItem(SESSION_KEY, saved(Date.now() - 5_000));
    const recent = await fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()}></markt-kiosk>`);
    await wait(50);
    await recent.updateComplete;
    expect(recent.session.answers).to.deep.equal(answers);
    expect(recent.screen).to.equal('quiz');
    recent.remove();
    localStorage.setItem(SESSION_KEY, saved(Date.now() - 61_000));
    const old = await fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()}></markt-kiosk>`);
    await wait(50);
    await old.updateComplete;
    expect(old.session.answers).to.deep.equal({});
    expect(old.screen).to.equal('attract');
    expect(localStorage.getItem(SESSION_KEY)).to.equal(null);
  });

  it('keeps the visitor when "continue" is pressed on the idle prompt', async () => {
    const el = await kiosk({ prompt: 0.2, reset: 0.6 });
    await toLanguage(el, 'de');
    await tap(el, '[data-answer="2"]');
    await wait(300);
    await el.updateComplete;
    await tap(el, '[data-idle-continue]');
    await wait(400);
    expect(el.screen).to.equal('quiz');
    expect(Object.keys(el.session.answers)).to.have.length(1);
  });

  it('shows "read aloud" only when the browser has a voice for the language', async () => {
    const el = await kiosk();
    await toLanguage(el, 'tr');
    const hasTurkish = speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('tr'));
    expect(el.shadowRoot!.querySelectorAll('.speak').length > 0).to.equal(hasTurkish);
  });

  it('reads the quiz item aloud in the language\'s voice (stand-in voice list: this Chromium has no speech voices)', async () => {
    const voice = { lang: 'tr-TR', name: 'Test Türkçe', default: false, localService: true, voiceURI: 'test-tr' } as SpeechSynthesisVoice;
    const spoken: SpeechSynthesisUtterance[] = [];
    const synth = speechSynthesis as SpeechSynthesis & Record<string, unknown>;
    synth.getVoices = () => [voice];
    synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u);
    try {
      const el = await kiosk();
      await toLanguage(el, 'tr');
      await expectAccessible(el);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.item .speak')!;
      expect(button.getAttribute('aria-label')).to.contain(kioskCatalog.t('tr', 'speak.label'));
      button.click();
      expect(spoken).to.have.length(1);
      expect(spoken[0]!.text).to.equal(kioskCatalog.t('tr', `quiz.${quizItems[0]!.id}` as never));
      expect(spoken[0]!.lang).to.equal('tr-TR');
    } finally {
      Reflect.deleteProperty(synth, 'getVoices');
      Reflect.deleteProperty(synth, 'speak');
    }
  });

  it('says so when the data cannot be loaded from the API', async () => {
    const el = await fixture<MarktKiosk>(html`<markt-kiosk api-base="/__test__/api" event-id="no-such-event"></markt-kiosk>`);
    await tap(el, '.attract');
    await tap(el, '[data-locale="en"]');
    await wait(200);
    await el.updateComplete;
    expect(el.loadError).to.equal(true);
    expect($(el, 'h1').textContent).to.equal(kioskCatalog.t('en', 'error.load'));
  });

  it('moves focus to "continue" when the idle prompt appears', async () => {
    const el = await kiosk({ prompt: 0.2, reset: 5 });
    await toLanguage(el, 'de');
    await wait(300);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-idle-continue]'));
  });

  it('says something on every card: an offer whose only reason is a note shows that note', async () => {
    const el = await kiosk();
    await toLanguage(el, 'en');
    // No answers and no German level given: the B1 course (needs A2) has no fit reason, only the note that it
    // asks for German at A2 — the SDK gives no "open to everyone" next to a note.
    el.go('results');
    await el.updateComplete;
    const texts = [...$(el, '[data-offer="deutsch-b1-beruf"]').querySelectorAll('[data-reason]')].map((r) => r.textContent?.trim());
    expect(texts).to.deep.equal([formatReason({ key: 'note.germanLevel', params: { required: 'A2' } }, 'en')]);
  });

  it('lists offers a hard rule removed, folded away, with the reason in the visitor\'s language', async () => {
    const el = await kiosk();
    await toLanguage(el, 'ru');
    el.session = { ...el.session, germanLevel: 'A1', hours: 'morning' };
    el.go('results');
    await el.updateComplete;
    await expectAccessible(el);
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-offer]')].map((o) => o.dataset.offer);
    const removed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-excluded]')].map((o) => o.dataset.excluded);
    expect(removed).to.include('erzieher-quereinstieg');
    expect(shown).not.to.include('erzieher-quereinstieg');
    expect($(el, 'details.excluded summary').textContent).to.equal(kioskCatalog.t('ru', 'results.excluded', { n: removed.length }));
    const why = $(el, '[data-excluded="erzieher-quereinstieg"] [data-reason]').textContent!;
    expect(why).to.equal(kioskCatalog.t('ru', 'reason.excluded.germanLevel', { required: 'B2', yours: 'A1' }));
  });

  it('can be used by keyboard alone: Tab and Enter from the attract screen through the first answers', async () => {
    const el = await kiosk();
    $(el, '.attract').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.screen).to.equal('language');
    await sendKeys({ press: 'Tab' }); // from the focused heading to the first language
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Deutsch');
    await sendKeys({ press: 'Enter' });
    await wait(20);
    await el.updateComplete;
    expect(el.screen).to.equal('quiz');
    await sendKeys({ press: 'Tab' }); // heading → first answer ("Gar nicht")
    await sendKeys({ press: 'Tab' }); // → "Eher nicht"
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.session.answers[quizItems[0]!.id]).to.equal(1);
    await sendKeys({ press: 'Tab' }); // statement → first answer
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.session.answers[quizItems[1]!.id]).to.equal(0);
  });

  it('does not report the quiz of a session again after a reload', async () => {
    const quizzes: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/api/kiosk/quizzes')) quizzes.push(String(init?.body));
      // Accepted, so nothing stays queued for a retry.
      if (url.includes('/api/kiosk/')) return Promise.resolve(new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } }));
      return realFetch(input, init);
    };
    try {
      localStorage.removeItem(SESSION_KEY);
      const paired = () => fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()} .deviceToken=${'kiosk-token-1'} api-base="/__test__/api"></markt-kiosk>`);
      const first = await paired();
      await toLanguage(first, 'de');
      await tap(first, '[data-answer="4"]');
      first.go('results');
      await first.updateComplete;
      for (let i = 0; i < 50 && quizzes.length < 1; i += 1) await wait(20);
      expect(quizzes).to.have.length(1);
      first.remove(); // the page reloads within the idle time
      const again = await paired();
      await wait(50);
      await again.updateComplete;
      expect(again.screen).to.equal('results');
      again.go('map');
      again.go('results');
      await wait(200);
      expect(quizzes).to.have.length(1);
    } finally {
      window.fetch = realFetch;
      for (const key of Object.keys(localStorage)) if (key.startsWith('markt.outbox.kiosk-')) localStorage.removeItem(key);
    }
  });

  it('reports only when paired: the quiz result (code and interests, nothing else) and a search that found nothing', async () => {
    // Records what goes over the network, then lets it through to the test server (which answers 404 here).
    const sent: { url: string; auth: string | null; body: Record<string, unknown> }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      // Session reports ("kiosk in use", nothing else) are tested in presence.test.ts.
      if (url.includes('/api/kiosk/') && !url.endsWith('/api/kiosk/sessions')) {
        sent.push({ url, auth: new Headers(init?.headers).get('authorization'), body: JSON.parse(String(init?.body)) as Record<string, unknown> });
      }
      return realFetch(input, init);
    };
    try {
      const demo = await kiosk();
      await toLanguage(demo, 'de');
      await tap(demo, '[data-answer="4"]');
      demo.go('results');
      await demo.updateComplete;
      await wait(50);
      expect(sent).to.deep.equal([]);

      localStorage.removeItem(SESSION_KEY);
      const paired = await fixture<MarktKiosk>(html`<markt-kiosk .data=${fixtureData()} .deviceToken=${'kiosk-token-1'} api-base="/__test__/api"></markt-kiosk>`);
      await toLanguage(paired, 'de');
      await tap(paired, '[data-answer="4"]');
      paired.go('results');
      await paired.updateComplete;
      paired.session = { ...paired.session, query: 'Tiefseetaucher' };
      await paired.updateComplete;
      paired.go('map');
      await paired.updateComplete;
      for (let i = 0; i < 50 && sent.length < 2; i += 1) await wait(20);
      const quiz = sent.find((s) => s.url.endsWith('/api/kiosk/quizzes'))!;
      expect(quiz.auth).to.equal('Bearer kiosk-token-1');
      expect(Object.keys(quiz.body).sort()).to.deep.equal(['code', 'idempotencyKey', 'interests']);
      expect(quiz.body.code).to.equal('R');
      const searched = sent.find((s) => s.url.endsWith('/api/kiosk/searches'))!;
      const { idempotencyKey, session, ...search } = searched.body as { idempotencyKey: string; session: string };
      expect(search).to.deep.equal({ query: 'Tiefseetaucher', resultCount: 0, locale: 'de' });
      expect(idempotencyKey).to.match(/^[A-Za-z0-9_-]{16,}$/);
      // The visitor session's random id (kiosk-search-session.test.ts), not the key.
      expect(session).to.match(/^[A-Za-z0-9_-]{16,64}$/).and.not.equal(idempotencyKey);
    } finally {
      window.fetch = realFetch;
      for (const key of Object.keys(localStorage)) if (key.startsWith('markt.outbox.kiosk-')) localStorage.removeItem(key);
    }
  });
});
