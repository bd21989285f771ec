// The embeds on a provider's dark website: every text and focus ring stays readable (WCAG AA), in real Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { expectAccessible } from '../../test/axe.js';
import { $, until } from '../shared/test-input.js';
import { eventData, offers } from './test-data.js';
import './index.js';

/** One offer with all details, contact links among them. */
const detailed = { ...offers[0]!, url: undefined, contact: 'Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example', description: { de: 'Mit Praktikum.' } };

/** Each embed as a provider puts it on a page, in a state that shows text, links and buttons. */
const embeds: [string, () => TemplateResult][] = [
  ['<markt-offer-list>', () => html`<markt-offer-list .data=${eventData}></markt-offer-list>`],
  ['<markt-offer-list> without offers', () => html`<markt-offer-list .data=${eventData} provider-id="nobody"></markt-offer-list>`],
  ['<markt-offer-card>', () => html`<markt-offer-card .data=${{ ...eventData, offers: [detailed] }} offer-id="o-care"></markt-offer-card>`],
  ['<markt-offer-card> that could not load', () => html`<markt-offer-card api-base="/__test__" event-id="no-such-event" offer-id="o-care"></markt-offer-card>`],
  ['<markt-quiz>', () => html`<markt-quiz .data=${eventData}></markt-quiz>`],
  ['<markt-quiz> on its results', () => html`<markt-quiz .data=${eventData} questions="1" data-answer></markt-quiz>`],
  ['<markt-event-map>', () => html`<markt-event-map .data=${eventData} provider-id="p-care"></markt-event-map>`],
  ['<markt-stand-qr>', () => html`<markt-stand-qr url="https://markt.example.org/s/Ab3" number="12"></markt-stand-qr>`],
];

/** Renders an embed and waits until it shows its content (or its error line). */
async function show(template: () => TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(template());
  await until(() => !!el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="status"][role="status"]:not(:empty)'));
  // The quiz answered (one question, "fits me fully") up to its list of results, with their details open.
  if (el.hasAttribute('data-answer')) {
    $(el, '[part~="start"]').click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="answer"]'));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="answer"]')[4]!.click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="result"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="result-link"]')?.click();
  }
  // The card's details (with the contact links) are open, so their contrast is checked too.
  const details = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]');
  if (details) {
    details.click();
    await el.updateComplete;
  }
  await el.updateComplete;
  return el;
}

/** WCAG relative luminance of an `rgb(…)` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const DARK_PAGE = 'rgb(17, 17, 17)';

describe('embeds on a dark host page (body background #111, text #eee)', () => {
  beforeEach(() => {
    document.body.setAttribute('style', 'background:#111;color:#eee');
  });
  afterEach(async () => {
    document.body.removeAttribute('style');
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [name, template] of embeds) {
    it(`${name} passes axe, colour contrast included`, async () => {
      const el = await show(template);
      await expectAccessible(el);
    });

    it(`${name} passes axe on a page that declares color-scheme: dark`, async () => {
      document.documentElement.style.colorScheme = 'dark';
      try {
        const el = await show(template);
        await expectAccessible(el);
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });

    it(`${name} passes axe with prefers-color-scheme: dark`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const el = await show(template);
      await expectAccessible(el);
    });

  }

  for (const name of ['<markt-event-map>', '<markt-stand-qr>']) {
    it(`${name}, whose content has no frame of its own, paints a surface behind it`, async () => {
      const el = await show(embeds.find(([n]) => n === name)![1]);
      const base = getComputedStyle($(el, '[part~="base"]'));
      expect(base.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(base.paddingTop).to.equal('8px');
      expect(contrast(getComputedStyle(el).color, base.backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('a loading, error or "no offers" line gets a surface of its own, an empty live region none', async () => {
    const empty = await show(embeds.find(([n]) => n === '<markt-offer-list> without offers')![1]);
    expect(getComputedStyle($(empty, '[part~="empty"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
    const failed = await show(embeds.find(([n]) => n === '<markt-offer-card> that could not load')![1]);
    expect(getComputedStyle($(failed, '[part~="status"][role="alert"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle($(failed, '[part~="status"][role="status"]')).paddingTop).to.equal('0px');
  });

  it('a focus ring keeps 3:1 where it is drawn over the dark page: a halo of the surface lies around it', async () => {
    const el = await show(() => html`<markt-event-map .data=${eventData}></markt-event-map>`);
    // The first stand button is flush with the component's edge: its ring (2 px away, 3 px wide) lies on the page.
    const button = $(el, '[part~="stand"]');
    button.focus({ focusVisible: true } as FocusOptions);
    await until(() => button.matches(':focus-visible'));
    const style = getComputedStyle(button);
    const halo = /^(rgb\([^)]*\)) 0px 0px 0px (\d+)px$/.exec(style.boxShadow);
    expect(halo, `box-shadow: ${style.boxShadow}`).to.not.equal(null);
    const [, haloColor = '', spread = '0'] = halo!;
    // The halo reaches beyond the ring, so the ring is framed by it on both sides, whatever the page is.
    expect(Number(spread)).to.be.greaterThan(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
    expect(contrast(style.outlineColor, haloColor)).to.be.at.least(3);
    expect(contrast(haloColor, DARK_PAGE)).to.be.at.least(3);
  });

  it('a dark scheme from the documented custom properties passes axe too', async () => {
    document.body.setAttribute(
      'style',
      'background:#111;color:#eee;--markt-surface:#1e1e1e;--markt-text:#eeeeee;--markt-muted:#c8c8c8;--markt-accent:#8cc4ff;--markt-accent-text:#0a0a0a;--markt-border:#6b6b6b',
    );
    for (const [name, template] of embeds) {
      const el = await show(template);
      if (/map|qr/.test(name)) expect(getComputedStyle($(el, '[part~="base"]')).backgroundColor, name).to.equal('rgb(30, 30, 30)');
      await expectAccessible(el).catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
    }
  });

  it('on a light coloured page the page stays between the cards of a list: no panel behind them', async () => {
    document.body.setAttribute('style', 'background:#f6f1e7');
    const el = await show(embeds[0]![1]);
    expect(getComputedStyle($(el, '[part~="base"]')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const card = el.shadowRoot!.querySelector('markt-offer-card')!;
    expect(getComputedStyle($(card, '[part~="base"]')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(card, 'article')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('--markt-background: transparent lets a light page show through, as before', async () => {
    document.body.setAttribute('style', 'background:#fafafa;--markt-background:transparent');
    const el = await show(() => html`<markt-event-map .data=${eventData}></markt-event-map>`);
    expect(getComputedStyle($(el, '[part~="base"]')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await expectAccessible(el);
  });
});
