import { expect, fixture, html } from '@open-wc/testing';
import { $, click, until } from '../shared/test-input.js';
import uk from './messages/quiz/uk.js';
import { realServer } from './test-data.js';

// Only /embed.js registers the tags on this page (no import of the source): the test drives the bundle the
// server sends (its production build, or the source bundled by the same script), with its lazily loaded chunks
// fetched across origins from /embed/ next to it.

describe('/embed.js in a page of another origin', () => {
  before(async () => {
    const { url } = await realServer();
    await import(/* @vite-ignore */ `${url}/embed.js`);
  });

  it('registers the five tags from the server bundle alone', () => {
    for (const tag of ['markt-offer-list', 'markt-offer-card', 'markt-quiz', 'markt-event-map', 'markt-stand-qr']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });

  it('runs the quiz in Ukrainian with data from the server: the Ukrainian texts and the ranking load as chunks of /embed.js', async () => {
    const { url, eventId } = await realServer();
    const chunksBefore = performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${url}/embed/`)).length;
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<markt-quiz api-base=${url} event-id=${eventId} locale="uk" questions="2"></markt-quiz>`,
    );
    await el.updateComplete;
    expect($(el, '[part~="start"]').textContent!.trim()).to.equal(uk['quiz.start']);
    expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('uk');
    await click($(el, '[part~="start"]'));
    for (let i = 0; i < 2; i += 1) {
      await until(() => el.shadowRoot!.querySelectorAll('[part~="answer"]').length === 5);
      await click(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="answer"]')[4]!);
    }
    await until(() => el.shadowRoot!.querySelector('[part~="results"]') !== null);
    expect($(el, 'h2').textContent!.trim()).to.equal(uk['quiz.resultsTitle']);
    expect(el.shadowRoot!.querySelectorAll('[part~="result"]').length).to.be.greaterThan(0);
    // The language's texts and the ranking came from /embed/<name>-<hash>.js.
    const chunks = performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${url}/embed/`));
    expect(chunks.length).to.be.greaterThan(chunksBefore + 1);
    expect(chunks.every((e) => /\/embed\/[\w-]+-[A-Z0-9]{8}\.js$/.test(e.name))).to.equal(true);
  });
});
