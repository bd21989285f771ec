import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../shared/test-input.js';
import { MarktEventMap, MarktOfferCard, MarktOfferList, MarktQuiz, MarktStandQr } from './index.js';
import { realServer } from './test-data.js';

const TAGS = {
  'markt-offer-list': MarktOfferList,
  'markt-offer-card': MarktOfferCard,
  'markt-quiz': MarktQuiz,
  'markt-event-map': MarktEventMap,
  'markt-stand-qr': MarktStandQr,
} as const;

/** Collects console.warn calls while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('the embed entry (@markt/kiosk/embed, /embed.js)', () => {
  it('registers all five tags with their classes', () => {
    for (const [tag, ctor] of Object.entries(TAGS)) expect(customElements.get(tag) === ctor, tag).to.equal(true);
  });

  it("loads /embed.js from the real server across origins (this page's origin is listed) and, registering the tags a second time, warns instead of throwing", async () => {
    const { url } = await realServer();
    const warnings = await warningsDuring(() => import(/* @vite-ignore */ `${url}/embed.js`));
    for (const tag of Object.keys(TAGS)) {
      expect(warnings.some((w) => w.includes(`<${tag}> is already defined by another class`)), tag).to.equal(true);
      // The first registration stays.
      expect(customElements.get(tag) === TAGS[tag as keyof typeof TAGS], tag).to.equal(true);
    }
  });

  it('the components still work after the second registration', async () => {
    const { url, eventId } = await realServer();
    const el = await fixture<MarktOfferList>(html`<markt-offer-list api-base=${url} event-id=${eventId} provider-id="pflegeschule-panke" limit="2"></markt-offer-list>`);
    await until(() => el.shadowRoot!.querySelectorAll('markt-offer-card').length === 2);
  });
});
