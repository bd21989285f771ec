import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, until } from '../../shared/test-input.js';
import { eventData, nextEvent, offers, providers, realData, realServer, stands } from '../test-data.js';
import type { OfferSelectDetail } from './offer-card.js';
import { EmbedTexts } from '../shared/i18n.js';
import type { EmbedKey } from '../shared/catalog.js';
import { MarktOfferCard } from './offer-card.js';
import './offer-card.js';

const card = async (locale = 'de') =>
  fixture<HTMLElementTagNameMap['markt-offer-card']>(
    html`<markt-offer-card .offer=${offers[0]} .provider=${providers[0]} .stand=${stands[0]} locale=${locale}></markt-offer-card>`,
  );

describe('<markt-offer-card>', () => {
  it('is accessible', async () => {
    const el = await card();
    await expectAccessible(el);
  });

  it('names the card by its title, as a heading of the level asked for', async () => {
    const el = await card();
    const title = $(el, '[part~="title"]');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect($(el, 'article').getAttribute('aria-labelledby')).to.equal(title.id);
    el.headingLevel = 2;
    await el.updateComplete;
    expect(title.getAttribute('aria-level')).to.equal('2');
  });

  it('shows kind, title, summary, provider, stand, part time and funding in German by default', async () => {
    const el = await card();
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const words of ['Pflegehelfer*in', 'Sechs Monate', 'Pflegeschule Nord', 'Stand 12', 'Bildungsgutschein']) expect(text).to.contain(words);
    expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('de');
  });

  it('switches language with the locale attribute, and marks a German fallback with lang="de"', async () => {
    const el = await card('en');
    expect($(el, '[part~="title"]').textContent).to.equal('Care assistant');
    el.offer = offers[1];
    await el.updateComplete;
    const title = $(el, '[part~="title"]');
    expect(title.textContent).to.equal('Erzieher*in in Teilzeit');
    expect(title.getAttribute('lang')).to.equal('de');
    el.setAttribute('locale', 'ar');
    await until(() => $(el, '[part~="base"]').getAttribute('dir') === 'rtl');
    expect($(el, '[part~="button"]').textContent!.trim()).to.equal('التفاصيل');
  });

  it('understands locale values as pages and CMSs write them (en-GB, EN, tr_TR), German for unknown ones', async () => {
    for (const [locale, lang, button] of [
      ['en-GB', 'en', 'Details'],
      ['EN', 'en', 'Details'],
      ['en_US', 'en', 'Details'],
      ['ar-EG', 'ar', 'التفاصيل'],
      ['DE-X-LS', 'de', 'Mehr lesen'],
      // Ukraine's country code, often written for the language.
      ['ua', 'uk', 'Докладніше'],
      ['UA-ua', 'uk', 'Докладніше'],
      ['xx', 'de', 'Details'],
      ['', 'de', 'Details'],
    ] as const) {
      const el = await card(locale);
      expect($(el, '[part~="base"]').getAttribute('lang'), locale).to.equal(lang);
      expect($(el, '[part~="button"]').textContent!.trim(), locale).to.equal(button);
    }
    expect($(await card('en-GB'), '[part~="title"]').textContent).to.equal('Care assistant');
    expect($(await card('tr_TR'), '[part~="kind"]').textContent).to.not.equal($(await card('de'), '[part~="kind"]').textContent);
  });

  it('links to the offer page only when the offer has one', async () => {
    const el = await card();
    expect($(el, 'a[part~="link"]').getAttribute('href')).to.equal('https://pflegeschule.example/helfer');
    el.offer = offers[1];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[part~="link"]')).to.equal(null);
  });

  it('links only to web pages: an offer URL such as javascript: (which the schema accepts) gets no link in the host page', async () => {
    for (const url of ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(html`<markt-offer-card .offer=${{ ...offers[0]!, url }}></markt-offer-card>`);
      expect(el.shadowRoot!.querySelector('a')?.getAttribute('href') ?? 'no link', url).to.equal('no link');
      expect($(el, '[part~="button"]')).to.not.equal(null);
    }
    const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(html`<markt-offer-card .offer=${{ ...offers[0]!, url: 'http://pflegeschule.example/a' }}></markt-offer-card>`);
    expect($(el, 'a[part~="link"]').getAttribute('href')).to.equal('http://pflegeschule.example/a');
  });

  it('"Details" opens the description, place and contact on a page that does not handle markt-offer-select (keyboard, aria-expanded, axe)', async () => {
    const full = {
      ...offers[0]!,
      description: { de: 'Theorie und Praxis in unserer Lehrpflegestation.', en: 'Theory and practice on our training ward.' },
      place: { address: 'Breite Straße 1', district: 'Pankow', remote: false },
      contact: 'Frau Yilmaz, 030 1234567',
    };
    const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(html`<markt-offer-card .offer=${full} locale="en"></markt-offer-card>`);
    const button = $(el, '[part~="button"]');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.equal(null);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, '[part~="details"]');
    expect(details.id).to.equal(button.getAttribute('aria-controls'));
    const shown = details.textContent!.replace(/\s+/g, ' ');
    for (const words of ['Theory and practice on our training ward.', 'Where: Breite Straße 1, Pankow', 'Contact: Frau Yilmaz, 030 1234567']) expect(shown).to.contain(words);
    await expectAccessible(el);
    await click(button);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.equal(null);
    // An offer with nothing more to tell says where to ask.
    el.offer = offers[1];
    await el.updateComplete;
    await click($(el, '[part~="button"]'));
    await el.updateComplete;
    expect($(el, '[part~="details"]').textContent!.trim()).to.equal('Ask about this offer at the stand.');
  });

  it('leaves "Details" to the page when its markt-offer-select listener calls preventDefault()', async () => {
    const el = await card();
    el.parentElement!.addEventListener('markt-offer-select', (e) => e.preventDefault());
    await click($(el, '[part~="button"]'));
    await el.updateComplete;
    expect($(el, '[part~="button"]').getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.equal(null);
  });

  it('fires markt-offer-select from a real click, bubbling and composed', async () => {
    const el = await card();
    const wrapper = el.parentElement!;
    const event = nextEvent<OfferSelectDetail>(wrapper, 'markt-offer-select');
    await click($(el, '[part~="button"]'));
    const e = await event;
    expect(e.detail).to.deep.equal({ offerId: 'o-care', providerId: 'p-care' });
    expect(e.composed).to.equal(true);
  });

  it('fires markt-offer-select from the keyboard (Tab to the button, Enter)', async () => {
    const el = await card();
    const event = nextEvent<OfferSelectDetail>(el, 'markt-offer-select');
    $(el, '[part~="button"]').focus();
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.offerId).to.equal('o-care');
  });

  it('finds its offer, provider and stand by offer-id in given data', async () => {
    const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(html`<markt-offer-card offer-id="o-forklift" .data=${eventData}></markt-offer-card>`);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Staplerschein');
    expect(text).to.contain('Logistik Süd');
    expect(text).to.contain('Stand 3');
  });

  it('tells the page author in the console (once) when offer-id names no offer of the event, and shows visitors nothing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(html`<markt-offer-card offer-id="o-typo" .data=${eventData}></markt-offer-card>`);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
      expect(warnings.filter((w) => w.includes('"o-typo"'))).to.have.length(1);
      expect(warnings[0]).to.contain('o-care');
    } finally {
      console.warn = original;
    }
  });

  it('fetches an offer from the real server by api-base, event-id and offer-id', async () => {
    const { url, eventId } = await realServer();
    const demo = await realData();
    const offer = demo.offers.find((o) => o.providerId === 'pflegeschule-panke')!;
    const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(
      html`<markt-offer-card api-base=${url} event-id=${eventId} offer-id=${offer.id}></markt-offer-card>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="title"]') !== null);
    expect($(el, '[part~="title"]').textContent).to.equal(offer.title.de);
    expect(el.shadowRoot!.textContent).to.contain('Pflegeschule an der Panke');
    await expectAccessible(el);
  });

  it('shows no message keys while its language cannot be loaded, and its texts once back online', async () => {
    let online = false;
    const de = () => (online ? import('../messages/de.js') : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const en = () => import('../messages/en.js');
    class OfflineCard extends MarktOfferCard {
      static override texts = new EmbedTexts<EmbedKey>({ de, en, tr: en, ar: en, uk: en, ru: en, 'de-x-ls': de });
    }
    customElements.define('test-offline-offer-card', OfflineCard);
    const el = document.createElement('test-offline-offer-card') as OfflineCard;
    el.offer = offers[0];
    document.body.append(el);
    try {
      await el.updateComplete;
      const shown = el.shadowRoot!.textContent!;
      for (const key of ['offer.select', 'kind.qualification', 'offer.more']) expect(shown, key).not.to.contain(key);
      online = true;
      window.dispatchEvent(new Event('online'));
      await until(() => el.shadowRoot!.querySelector('[part~="button"]')?.textContent?.trim() === 'Details');
      expect(el.shadowRoot!.textContent).to.contain('Mehr zu diesem Angebot');
    } finally {
      el.remove();
    }
  });

  it('asks to reload the page, in the language shown, when a new language fails again at once (a browser keeping the failed chunk)', async () => {
    let attempts = 0;
    const fail = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    // The first try fails over the network; the browser keeps that failure, so the next ones fail at once.
    const en = () => (++attempts === 1 ? new Promise<never>((_, reject) => setTimeout(() => void fail().catch(reject), 40)) : fail());
    const de = () => import('../messages/de.js');
    class StaleCard extends MarktOfferCard {
      static override texts = new EmbedTexts<EmbedKey>({ de, en, tr: en, ar: en, uk: en, ru: en, 'de-x-ls': de });
    }
    customElements.define('test-stale-offer-card', StaleCard);
    const el = document.createElement('test-stale-offer-card') as StaleCard;
    el.offer = offers[0];
    document.body.append(el);
    try {
      await until(() => el.shadowRoot!.querySelector('[part~="title"]') !== null);
      el.locale = 'en';
      await until(() => attempts === 1);
      await new Promise((r) => setTimeout(r, 80));
      // Offline once: no word yet, German stays.
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      window.dispatchEvent(new Event('online'));
      await until(() => el.shadowRoot!.querySelector('[role="alert"]') !== null);
      expect(attempts).to.equal(2);
      expect($(el, '[role="alert"]').textContent).to.equal('Das konnte nicht geladen werden. Bitte laden Sie die Seite neu.');
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('de');
      await expectAccessible(el);
    } finally {
      el.remove();
    }
  });

  it('shows the language set last, when the locale changes while the previous language is still loading', async () => {
    let release = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const de = () => slow.then(() => import('../messages/de.js'));
    const en = () => import('../messages/en.js');
    class SlowCard extends MarktOfferCard {
      static override texts = new EmbedTexts<EmbedKey>({ de, en, tr: en, ar: en, uk: en, ru: en, 'de-x-ls': de });
    }
    customElements.define('test-slow-offer-card', SlowCard);
    const el = document.createElement('test-slow-offer-card') as SlowCard;
    el.offer = offers[0];
    document.body.append(el);
    try {
      await new Promise((r) => setTimeout(r, 20));
      // The page switches to English while German is still on its way.
      el.locale = 'en';
      release();
      await until(() => el.shadowRoot!.querySelector('[part~="title"]') !== null);
      await el.updateComplete;
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('en');
      expect($(el, '[part~="title"]').textContent).to.equal('Care assistant');
      expect($(el, '[part~="link"]').textContent!.trim()).to.equal('More about this offer');
    } finally {
      el.remove();
    }
  });

  describe('contact links', () => {
    /** A card with `changes` on the first offer, its details opened by a real click. */
    const opened = async (changes: Partial<(typeof offers)[number]>) => {
      const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(html`<markt-offer-card .offer=${{ ...offers[0]!, ...changes }} locale="en"></markt-offer-card>`);
      await click($(el, '[part~="button"]'));
      await el.updateComplete;
      return el;
    };
    const contactLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="details"] a[part~="contact"]')];

    it('links the e-mail address and phone number in the contact, with the right targets, inside the translated line', async () => {
      const el = await opened({ contact: 'Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example' });
      expect(contactLinks(el).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
        ['030 1234-567', 'tel:0301234567'],
        ['yilmaz@pflege.example', 'mailto:yilmaz@pflege.example'],
      ]);
      expect($(el, '[part~="details"]').textContent!.replace(/\s+/g, ' ')).to.contain('Contact: Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example');
      await expectAccessible(el);
    });

    it('leaves malformed addresses, short numbers and plain words as text', async () => {
      const el = await opened({ contact: 'Herr Wendt, Stand B9, wendt@pflege, 1234, a@b@pflege.de, Fax 030 123456' });
      expect(contactLinks(el)).to.deep.equal([]);
      expect($(el, '[part~="details"]').textContent).to.contain('Contact: Herr Wendt, Stand B9, wendt@pflege, 1234, a@b@pflege.de, Fax 030 123456');
    });

    it('shows an offer url that is mailto: or tel: as a contact link in the details (its card links only web pages)', async () => {
      const mail = await opened({ url: 'mailto:info@pflege.example', contact: undefined });
      expect(mail.shadowRoot!.querySelector('a[part~="link"]')).to.equal(null);
      expect(contactLinks(mail).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([['info@pflege.example', 'mailto:info@pflege.example']]);
      const phone = await opened({ url: 'tel:+49 (0)30 1234567', contact: 'Frau Yilmaz' });
      expect(contactLinks(phone).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([['+49 (0)30 1234567', 'tel:+49301234567']]);
      // The same number in the contact text is linked there, not twice.
      const twice = await opened({ url: 'tel:0301234567', contact: 'Tel. 030 1234567' });
      expect(contactLinks(twice)).to.have.length(1);
      const bad = await opened({ url: 'tel:12', contact: undefined });
      expect(contactLinks(bad)).to.deep.equal([]);
      expect($(bad, '[part~="details"]').textContent!.trim()).to.equal('Ask about this offer at the stand.');
    });

    it('gives each contact link a touch target of at least 44 × 44 px and a name from its text', async () => {
      const el = await opened({ contact: 'a@b.de, Tel. 12345' });
      const found = contactLinks(el);
      expect(found).to.have.length(2);
      for (const a of found) {
        const box = a.getBoundingClientRect();
        expect(box.height, a.textContent!).to.be.at.least(44);
        expect(box.width, a.textContent!).to.be.at.least(44);
        expect(a.textContent!.trim()).to.not.equal('');
      }
    });

    it('in Arabic: the contact text keeps its order (isolated), numbers read left to right, two numbers stay in order', async () => {
      const el = await fixture<HTMLElementTagNameMap['markt-offer-card']>(
        html`<markt-offer-card .offer=${{ ...offers[0]!, contact: 'Tel. 030 1234-567 / 0171 7654321.' }} locale="ar" style="width: 360px"></markt-offer-card>`,
      );
      await until(() => $(el, '[part~="base"]').getAttribute('dir') === 'rtl' && $(el, '[part~="button"]').textContent!.trim() === 'التفاصيل');
      await click($(el, '[part~="button"]'));
      await el.updateComplete;
      const line = [...el.shadowRoot!.querySelectorAll('[part~="details"] p')].find((p) => p.textContent!.includes('030'))!;
      expect(line.textContent).to.equal('التواصل: Tel. 030 1234-567 / 0171 7654321.');
      /** The left edge of the last `word` in the text of `root`. */
      const left = (root: Node, word: string): number => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let found: number | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.lastIndexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          found = range.getBoundingClientRect().left;
        }
        if (found === undefined) throw new Error(`no ${word}`);
        return found;
      };
      const [first, second] = contactLinks(el);
      // Digit groups as dialled, inside each link and from one link to the next; "Tel." before them, the full stop after.
      expect(left(first!, '030')).to.be.below(left(first!, '1234-567'));
      expect(left(second!, '0171')).to.be.below(left(second!, '7654321'));
      expect(first!.getBoundingClientRect().right).to.be.at.most(second!.getBoundingClientRect().left);
      expect(left(line, 'Tel.')).to.be.below(first!.getBoundingClientRect().left);
      expect(second!.getBoundingClientRect().right).to.be.at.most(left(line, '.') + 0.5);
      // The Arabic label stays on the right, as the line reads right to left.
      expect(left(line, 'التواصل')).to.be.above(second!.getBoundingClientRect().right);
      await expectAccessible(el);
    });

    it('renders a contact text that looks like markup as text', async () => {
      const el = await opened({ contact: '<img src=x onerror=alert(1)> Tel. 030 1234567' });
      expect(el.shadowRoot!.querySelector('[part~="details"] img')).to.equal(null);
      expect($(el, '[part~="details"]').textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(contactLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:0301234567']);
    });
  });
});
