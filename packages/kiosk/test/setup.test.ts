import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './axe.js';

describe('the browser test set-up', () => {
  it('renders into real Chromium and axe reports a missing label', async () => {
    const ok = await fixture(html`<main><h1>markt</h1><button>Start</button></main>`);
    await expectAccessible(ok);
    const bad = await fixture(html`<main><button></button></main>`);
    let failed = false;
    await expectAccessible(bad).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});
