// What a visitor types on the Arabic and the Russian keyboard finds the offers written in that script: the keys give
// the letters the SDK's search folds (hamza forms, ё, capitals). The two offers are the demo fair's
// (examples/demo-fair/data/offers.json, their description left out), among the kiosk fixture's eight German ones.
import type { OfferInput } from '@markt/sdk';
import { createSearchIndex, search } from '@markt/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { fixtureData } from '../test-fixture.js';
import type { MarktKeyboard } from './keyboard.component.js';
import './keyboard.js';

const demoOffers: OfferInput[] = [
  {
    id: 'suchtberatung-beratung',
    providerId: 'suchtberatung',
    kind: 'counselling',
    title: {
      de: 'Suchtberatung: anonym und ohne Termin',
      en: 'Addiction counselling: anonymous, no appointment',
      tr: 'Bağımlılık danışmanlığı: anonim ve randevusuz',
      ru: 'Консультации при зависимости: анонимно и без записи',
    },
    summary: {
      de: 'Trinke ich zu viel? Komme ich vom Spielen nicht los? Ein erstes Gespräch klärt, welche Hilfe passt – von der ambulanten Beratung bis zur Entwöhnung.',
      ru: 'Я слишком много пью? Не могу бросить азартные игры? Первая беседа поможет понять, какая помощь подходит.' },
    topics: ['addiction', 'health'],
    keywords: ['Alkohol', 'Sucht', 'Drogen', 'Glücksspiel', 'Cannabis'],
  },
  {
    id: 'anerkennung-nordost-anerkennung',
    providerId: 'anerkennung-nordost',
    kind: 'counselling',
    title: {
      de: 'Anerkennung Ihres ausländischen Abschlusses',
      ar: 'الاعتراف بشهادتك الأجنبية',
      uk: 'Визнання вашої іноземної освіти',
      ru: 'Признание вашего иностранного диплома',
    },
    summary: {
      de: 'Pflegefachkraft aus der Ukraine, Ingenieur aus Syrien, Lehrerin aus der Türkei? Wir prüfen, ob und wie Ihr Abschluss anerkannt werden kann, und helfen beim Antrag.',
      ar: 'ممرض من أوكرانيا أو مهندس من سوريا أو معلمة من تركيا؟ نتحقق مما إذا كانت شهادتك قابلة للاعتراف وكيف، ونساعدك في تقديم الطلب.' },
    topics: ['recognition', 'migration'],
    keywords: ['Anerkennung', 'Diplom', 'Zeugnis'],
  },
];

const index = createSearchIndex([...fixtureData().offers, ...demoOffers]);

/** Taps the keys of `text`, shift first for a capital. */
async function typeOn(el: MarktKeyboard, text: string): Promise<string> {
  const key = (name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  for (const char of text) {
    if (!key(char)) {
      key('⇧ Capital letters')!.click();
      await el.updateComplete;
    }
    key(char)!.click();
    await el.updateComplete;
  }
  return el.value;
}

describe('<markt-keyboard> and the search', () => {
  it('Arabic typed on the Arabic keyboard finds the Arabic-titled offer (أ typed with its own key too)', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="ar"></markt-keyboard>`);
    const typed = await typeOn(el, 'الاعتراف');
    expect(search(index, typed).map((h) => h.offer.id)).to.deep.equal(['anerkennung-nordost-anerkennung']);
    el.value = '';
    expect(search(index, await typeOn(el, 'الأجنبية'))[0]?.offer.id).to.equal('anerkennung-nordost-anerkennung');
  });

  it('Russian typed on the Russian keyboard, with a capital and another ending, finds the Russian-titled offer', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="ru"></markt-keyboard>`);
    const typed = await typeOn(el, 'Зависимость');
    expect(typed).to.equal('Зависимость');
    expect(search(index, typed).map((h) => h.offer.id)).to.deep.equal(['suchtberatung-beratung']);
  });

  it('a German word typed on the Latin side of the Arabic keyboard finds the German offers', async () => {
    const el = await fixture<MarktKeyboard>(html`<markt-keyboard locale="ar"></markt-keyboard>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.script')!.click();
    await el.updateComplete;
    const typed = await typeOn(el, 'Anerkennung');
    expect(search(index, typed)[0]?.offer.id).to.equal('anerkennung-nordost-anerkennung');
  });
});
