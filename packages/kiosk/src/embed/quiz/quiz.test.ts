import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { quizItems } from '@markt/sdk/quiz-texts';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, until } from '../../shared/test-input.js';
import { eventData, nextEvent, realServer } from '../test-data.js';
import type { QuizAnswerDetail, QuizCompleteDetail } from './quiz.js';
import { embedTexts } from '../shared/catalog.js';
import { StaleImportError, importAgain } from '../shared/import-again.js';
import { quizTexts } from './quiz-catalog.js';
import { QUIZ_ITEM_IDS, loadRanking } from './quiz-items.js';
import { MarktQuiz } from './quiz.js';
import './quiz.js';

type Quiz = HTMLElementTagNameMap['markt-quiz'];
const answers = (el: Quiz) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="answer"]')];
const question = (el: Quiz) => $(el, '[part~="question"]').textContent!.trim();
const start = async (el: Quiz) => {
  await click($(el, '[part~="start"]'));
  await until(() => el.shadowRoot!.querySelector('[part~="question"]') !== null);
};

describe('<markt-quiz>', () => {
  it('is accessible at the start, on a question and on the results', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="2"></markt-quiz>`);
    await expectAccessible(el);
    await start(el);
    await expectAccessible(el);
    await click(answers(el)[4]!);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('[part~="results"]') !== null);
    await expectAccessible(el);
  });

  it('groups the five answers, named and described by the statement, with aria-pressed on the chosen one', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData}></markt-quiz>`);
    await start(el);
    const group = $(el, '[part~="answers"]');
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-describedby')).to.equal('question');
    expect(answers(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false', 'false']);
    await click(answers(el)[3]!);
    await click($(el, '[part~="nav"] button'));
    expect(answers(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'true', 'false']);
  });

  it('puts its heading at the heading-level the page asks for (under the page\'s own <h2>), at the start and on the results', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="1" heading-level="3"></markt-quiz>`);
    expect($(el, '#heading').getAttribute('aria-level')).to.equal('3');
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('[part~="results"]') !== null);
    expect($(el, '#heading').getAttribute('aria-level')).to.equal('3');
    await expectAccessible(el);
    const plain = await fixture<Quiz>(html`<markt-quiz .data=${eventData} heading-level="zwei"></markt-quiz>`);
    expect($(plain, '#heading').getAttribute('aria-level')).to.equal('2');
  });

  it('asks as many statements as the questions attribute says, in the SDK item order', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="3" locale="en"></markt-quiz>`);
    await start(el);
    expect($(el, '[part~="progress"]').textContent).to.equal('Question 1 of 3');
    expect(question(el)).to.equal(quizItems[0]!.text.en);
  });

  it('answers from real clicks, emitting markt-quiz-answer for each (and null for skip)', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="3"></markt-quiz>`);
    const seen: QuizAnswerDetail[] = [];
    el.addEventListener('markt-quiz-answer', (e) => seen.push(e.detail));
    await start(el);
    expect(question(el)).to.equal(quizItems[0]!.text.de);
    await click(answers(el)[4]!);
    await until(() => question(el) === quizItems[1]!.text.de);
    await click(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="nav"] button')[1]!);
    expect(seen).to.deep.equal([
      { itemId: quizItems[0]!.id, value: 4 },
      { itemId: quizItems[1]!.id, value: null },
    ]);
  });

  it('answers from the keyboard: digits 1–5, and Enter on a focused answer', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="3"></markt-quiz>`);
    const seen: QuizAnswerDetail[] = [];
    el.addEventListener('markt-quiz-answer', (e) => seen.push(e.detail));
    await start(el);
    answers(el)[0]!.focus();
    await sendKeys({ press: '5' });
    await until(() => seen.length === 1);
    answers(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => seen.length === 2);
    expect(seen.map((s) => s.value)).to.deep.equal([4, 1]);
  });

  it('answers with the digit keys of an Arabic keyboard (٣) and of AZERTY (the "&" key is Digit1) too', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="3" locale="ar"></markt-quiz>`);
    const seen: QuizAnswerDetail[] = [];
    el.addEventListener('markt-quiz-answer', (e) => seen.push(e.detail));
    await start(el);
    const press = (key: string, code: string) =>
      answers(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, composed: true, cancelable: true }));
    press('٣', 'Digit3');
    await until(() => seen.length === 1);
    press('&', 'Digit1');
    await until(() => seen.length === 2);
    press('a', 'KeyQ');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.map((s) => s.value)).to.deep.equal([2, 0]);
  });

  it('ignores keypad keys that do not type a figure (Num Lock off) and Shift with a digit key', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="3"></markt-quiz>`);
    const seen: QuizAnswerDetail[] = [];
    el.addEventListener('markt-quiz-answer', (e) => seen.push(e.detail));
    await start(el);
    const press = (init: KeyboardEventInit) =>
      answers(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true }));
    // Num Lock off: the keypad's 1 is End, its 2 is the down arrow (moving in the page, not answering).
    expect(press({ key: 'End', code: 'Numpad1' }), 'End not taken').to.equal(true);
    press({ key: 'ArrowDown', code: 'Numpad2' });
    // Shift with the digit row on QWERTY types "!" and "@".
    answers(el)[0]!.focus();
    await sendKeys({ press: 'Shift+Digit1' });
    press({ key: '@', code: 'Digit2', shiftKey: true });
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).to.deep.equal([]);
    // The keypad with Num Lock on, and Shift on AZERTY (which types the figure), still answer.
    press({ key: '3', code: 'Numpad3' });
    await until(() => seen.length === 1);
    press({ key: '2', code: 'Digit2', shiftKey: true });
    await until(() => seen.length === 2);
    expect(seen.map((s) => s.value)).to.deep.equal([2, 1]);
  });

  it('ranks the offers with the SDK after the last answer: a carer gets the care offers, with links', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} results="2"></markt-quiz>`);
    const done = nextEvent<QuizCompleteDetail>(el, 'markt-quiz-complete');
    await start(el);
    for (const item of quizItems) {
      await until(() => question(el) !== '');
      const value = item.dimension === 'S' ? 4 : 0;
      await click(answers(el)[value]!);
    }
    const { detail } = await done;
    expect(detail.code[0]).to.equal('S');
    expect(detail.answered).to.equal(quizItems.length);
    expect(detail.offerIds).to.have.length(2);
    expect(detail.offerIds).to.include('o-care');
    expect(detail.offerIds).not.to.include('o-forklift');
    const link = $(el, 'a[part~="result-link"]');
    expect(link.getAttribute('href')).to.equal('https://pflegeschule.example/helfer');
    expect(el.shadowRoot!.activeElement === $(el, 'h2'), 'focus on the results heading').to.equal(true);
  });

  it('never links a result to a javascript: URL: such a result is a button that emits markt-offer-select', async () => {
    const evil = { ...eventData.offers[0]!, url: 'javascript:alert(document.domain)' };
    const el = await fixture<Quiz>(html`<markt-quiz .offers=${[evil]} questions="1"></markt-quiz>`);
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('[part~="result-link"]') !== null);
    expect(el.shadowRoot!.querySelector('a')?.getAttribute('href') ?? 'no link').to.equal('no link');
    const select = nextEvent<{ offerId: string }>(el, 'markt-offer-select');
    await click($(el, 'button[part~="result-link"]'));
    expect((await select).detail.offerId).to.equal('o-care');
  });

  it('links the e-mail address and phone number in a result\'s details (mailto:, tel:)', async () => {
    const plain = { ...eventData.offers[0]!, url: undefined, contact: 'Frau Yilmaz: 030 1234-567 | yilmaz@pflege.example' };
    const el = await fixture<Quiz>(html`<markt-quiz .offers=${[plain]} questions="1" locale="en"></markt-quiz>`);
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('button[part~="result-link"]') !== null);
    await click($(el, 'button[part~="result-link"]'));
    await el.updateComplete;
    const found = [...el.shadowRoot!.querySelectorAll('[part~="details"] a[part~="contact"]')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(found).to.deep.equal([
      ['030 1234-567', 'tel:0301234567'],
      ['yilmaz@pflege.example', 'mailto:yilmaz@pflege.example'],
    ]);
    await expectAccessible(el);
  });

  it('opens the details of a result without a web page on a page that does not handle markt-offer-select; preventDefault() leaves it to the page', async () => {
    const plain = { ...eventData.offers[0]!, url: undefined, contact: 'Frau Yilmaz, 030 1234567' };
    const el = await fixture<Quiz>(html`<markt-quiz .offers=${[plain]} questions="1" locale="en"></markt-quiz>`);
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('button[part~="result-link"]') !== null);
    const button = $(el, 'button[part~="result-link"]');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, '[part~="details"]');
    expect(details.id).to.equal(button.getAttribute('aria-controls'));
    expect(details.textContent).to.contain('Contact: Frau Yilmaz, 030 1234567');
    await expectAccessible(el);
    await click(button);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.equal(null);
    el.addEventListener('markt-offer-select', (e) => e.preventDefault());
    await click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('ranks when the offers arrive after the last answer (slow network), instead of showing "no offer fits"', async () => {
    const id = `slow-${Date.now()}`;
    await fetch('/__test__/api/fixture', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: `/events/${id}/public`, status: 200, body: eventData }),
    });
    // The network is slow: the event's data arrives only after the visitor's last answer.
    const realFetch = window.fetch;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      await gate;
      return realFetch(...args);
    };
    try {
      const el = await fixture<Quiz>(html`<markt-quiz api-base="/__test__" event-id=${id} questions="1"></markt-quiz>`);
      const completed: QuizCompleteDetail[] = [];
      el.addEventListener('markt-quiz-complete', (e) => completed.push(e.detail));
      await start(el);
      await click(answers(el)[4]!);
      await until(() => $(el, 'h2').textContent!.trim() === 'Diese Angebote könnten zu Ihnen passen');
      expect($(el, '[role="status"]').textContent).to.equal('Wird geladen …');
      release();
      await until(() => el.shadowRoot!.querySelectorAll('[part~="result"]').length > 0);
      expect(el.shadowRoot!.textContent).not.to.contain('Noch passt kein Angebot');
      expect(completed).to.have.length(1);
      expect(completed[0]!.offerIds.length).to.be.greaterThan(0);
    } finally {
      window.fetch = realFetch;
      release();
    }
  });

  it('offline when the visitor finishes: says so with "try again" instead of staying on the last question, and then ranks', async () => {
    let online = false;
    class OfflineQuiz extends MarktQuiz {
      static override loadRanking = () => (online ? loadRanking() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    }
    customElements.define('test-offline-quiz', OfflineQuiz);
    const el = await fixture<Quiz>(html`<test-offline-quiz .data=${eventData} questions="1" locale="en"></test-offline-quiz>`);
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
    expect($(el, 'h2').textContent!.trim()).to.equal('These offers could fit you');
    await expectAccessible(el);
    // Still offline: trying again from the keyboard fails again, and the focus stays on "try again".
    const retry = $(el, 'button[part~="retry"]');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === retry, 'focus stays on try again').to.equal(true);
    expect($(el, '[role="alert"]').textContent!.trim()).to.equal('This could not be loaded. Please try again later.');
    online = true;
    const done = nextEvent<QuizCompleteDetail>(el, 'markt-quiz-complete');
    await click($(el, 'button[part~="retry"]'));
    expect((await done).detail.offerIds.length).to.be.greaterThan(0);
    await until(() => el.shadowRoot!.querySelectorAll('[part~="result"]').length > 0);
    expect(el.shadowRoot!.querySelector('[role="alert"]') === null).to.equal(true);
  });

  it('after "try again" from the keyboard succeeds, the focus goes to the results heading, not to the top of the page', async () => {
    let online = false;
    class FlakyQuiz extends MarktQuiz {
      static override loadRanking = () => (online ? loadRanking() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    }
    customElements.define('test-flaky-quiz', FlakyQuiz);
    const el = await fixture<Quiz>(html`<test-flaky-quiz .data=${eventData} questions="1" locale="en"></test-flaky-quiz>`);
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
    online = true;
    $(el, 'button[part~="retry"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelectorAll('[part~="result"]').length > 0);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === $(el, 'h2'), 'focus on the results heading').to.equal(true);
  });

  it('imports a chunk again over the real network after the test server answered 503 once, and then only once', async () => {
    // No .js in the path: the test server would keep its first (503) answer for a .js file.
    const path = `/chunk-${Date.now()}`;
    const put = (body: unknown) => fetch('/__test__/api/fixture', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await put({ path, status: 503, body: { error: { code: 'unavailable' } } });
    const url = new URL(`/__test__/api${path}`, location.href).href;
    const load = importAgain(() => import(/* @vite-ignore */ url) as Promise<{ answer: number }>);
    const first = await load().then(() => undefined, (e: unknown) => e);
    expect(first).to.be.instanceOf(TypeError);
    await put({ path, type: 'text/javascript', text: 'export const answer = 42;' });
    // This Chromium fetches a failed module again (performance entries: one per request), so the retry works.
    expect((await load()).answer).to.equal(42);
    expect(load()).to.equal(load());
    expect(performance.getEntriesByName(url)).to.have.length(2);
  });

  it('says to reload the page when trying again fails at once (a browser that keeps the failed chunk), and still lets the visitor try', async () => {
    // Firefox and Safari keep a failed module fetch: the retry's import() rejects without any request. This Chromium
    // fetches again (test above), so that browser is played here: a failure over the network, then failures at once.
    let attempts = 0;
    const failing = () => {
      attempts += 1;
      if (attempts === 1) return new Promise<never>((_, reject) => setTimeout(() => reject(new TypeError('Failed to fetch dynamically imported module')), 40));
      if (attempts <= 3) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      return loadRanking();
    };
    const load = importAgain(failing);
    class StaleQuiz extends MarktQuiz {
      static override loadRanking = () => load();
    }
    customElements.define('test-stale-quiz', StaleQuiz);
    const el = await fixture<Quiz>(html`<test-stale-quiz .data=${eventData} questions="1" locale="en"></test-stale-quiz>`);
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent!.trim() === 'This could not be loaded. Please try again later.');
    const retry = $(el, 'button[part~="retry"]');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[role="alert"]').textContent!.trim() === 'This could not be loaded. Please reload the page.');
    expect(await load().catch((e: unknown) => e)).to.be.instanceOf(StaleImportError);
    expect(el.shadowRoot!.activeElement === retry, 'focus stays on try again').to.equal(true);
    await expectAccessible(el);
    // The guess may be wrong (a very fast network): "try again" stays and works.
    const done = nextEvent<QuizCompleteDetail>(el, 'markt-quiz-complete');
    await click(retry);
    expect((await done).detail.offerIds.length).to.be.greaterThan(0);
    for (const locale of ['de', 'de-x-ls', 'tr', 'ar', 'uk', 'ru'] as const) {
      expect((await embedTexts.load(locale))['status.reload'], locale).to.match(/\S/);
      expect((await embedTexts.load(locale))['status.reload'], locale).to.not.equal((await embedTexts.load(locale))['status.error']);
    }
  });

  it('limits the results to the provider-id', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} provider-id="p-drive" questions="1"></markt-quiz>`);
    const done = nextEvent<QuizCompleteDetail>(el, 'markt-quiz-complete');
    await start(el);
    await click(answers(el)[4]!);
    expect((await done).detail.offerIds).to.deep.equal(['o-forklift']);
  });

  it('shows the default three results when the page gives results="" that is not a count', async () => {
    for (const results of ['-1', 'viele']) {
      const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="1" results=${results}></markt-quiz>`);
      const done = nextEvent<QuizCompleteDetail>(el, 'markt-quiz-complete');
      await start(el);
      await click(answers(el)[4]!);
      expect((await done).detail.offerIds, results).to.have.length(3);
    }
  });

  it('starts again with restart, forgetting the answers', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="1"></markt-quiz>`);
    await start(el);
    await click(answers(el)[2]!);
    await click($(el, '[part~="restart"]'));
    await start(el);
    expect(answers(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
  });

  it('keeps the keyboard in the quiz on "start again": focus goes to the start button, not to the page', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="1"></markt-quiz>`);
    await start(el);
    await click(answers(el)[4]!);
    await until(() => el.shadowRoot!.querySelector('[part~="restart"]') !== null);
    $(el, '[part~="restart"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('[part~="start"]') !== null);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('start');
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('[part~="question"]') !== null);
  });

  it('shows the chosen answer in high contrast mode (forced colours), where the accent background is gone', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="3"></markt-quiz>`);
    await start(el);
    await click(answers(el)[3]!);
    await click($(el, '[part~="nav"] button'));
    await until(() => answers(el)[3]!.getAttribute('aria-pressed') === 'true');
    await emulateMedia({ forcedColors: 'active' });
    try {
      const look = (b: HTMLElement) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).color}`;
      const [chosen, other] = [look(answers(el)[3]!), look(answers(el)[2]!)];
      expect(chosen, 'the chosen answer looks different').not.to.equal(other);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('speaks every visitor language on the quiz path, Arabic right to left', async () => {
    const el = await fixture<Quiz>(html`<markt-quiz .data=${eventData} questions="1"></markt-quiz>`);
    const seen = new Map<string, string>();
    for (const locale of ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls']) {
      el.locale = locale as Quiz['locale'];
      await until(() => $(el, '[part~="base"]').getAttribute('lang') === (locale === 'de-x-ls' ? 'de' : locale));
      await new Promise((r) => setTimeout(r, 20));
      seen.set(locale, $(el, '[part~="start"]').textContent!.trim());
    }
    expect(new Set(seen.values()).size).to.equal(7);
    el.locale = 'ar';
    await until(() => $(el, '[part~="base"]').getAttribute('dir') === 'rtl');
  });

  it('ranks the offers fetched from the real server', async () => {
    const { url, eventId } = await realServer();
    const el = await fixture<Quiz>(html`<markt-quiz api-base=${url} event-id=${eventId} provider-id="pflegeschule-panke" questions="4"></markt-quiz>`);
    const done = nextEvent<QuizCompleteDetail>(el, 'markt-quiz-complete');
    await start(el);
    for (let i = 0; i < 4; i += 1) {
      await click(answers(el)[i === 3 ? 4 : 1]!);
    }
    const { detail } = await done;
    expect(detail.offerIds.length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="result"]')).to.have.length(detail.offerIds.length);
  });
});

describe('<markt-quiz> items and messages', () => {
  it("lists the SDK's quiz items, in the bank's order", () => {
    expect([...QUIZ_ITEM_IDS]).to.deep.equal(quizItems.map((i) => i.id));
  });

  it('has every quiz text in all seven visitor languages, and every shared text too (nothing falls back)', async () => {
    const quizKeys = Object.keys(await quizTexts.load('en')).sort();
    const sharedKeys = Object.keys(await embedTexts.load('en')).sort();
    for (const locale of ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'] as const) {
      const quiz = await quizTexts.load(locale);
      const shared = await embedTexts.load(locale);
      expect(Object.keys(quiz).sort(), `quiz ${locale}`).to.deep.equal(quizKeys);
      expect(Object.keys(shared).sort(), `shared ${locale}`).to.deep.equal(sharedKeys);
      expect(Object.values({ ...quiz, ...shared }).every((text) => text.trim().length > 0), `empty text in ${locale}`).to.equal(true);
    }
    const de = await quizTexts.load('de');
    const ls = await quizTexts.load('de-x-ls');
    for (const item of quizItems) {
      expect(de[`quiz.${item.id}` as keyof typeof de]).to.equal(item.text.de);
      expect(ls[`quiz.${item.id}` as keyof typeof ls]).to.equal(item.text['de-x-ls']);
    }
  });
});
