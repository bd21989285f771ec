import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import { OrgApi } from '../api/org-api.js';
import { fromLocalInput } from '../shared/local-time.js';
import { click } from '../test-helpers.js';
import { templateUrl, type TemplateImport } from './template-import.js';
import './template-import.js';

const TEMPLATE = { format: 'markt-template', version: 1, event: { title: { de: 'Minipreneure' }, venue: { name: 'Rathaus' } }, radar: [] };

/** A fetch stand-in that answers like the server's import route and records what it was sent. */
function importServer(status = 201, body: unknown = { id: 'ev-new' }) {
  const calls: { url: string; method: string | undefined; body: string; csrf: string | null }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), method: init?.method, body: String(init?.body), csrf: new Headers(init?.headers).get('x-csrf-token') });
    return Response.json(body, { status });
  };
  const api = new OrgApi({ fetch: fetchImpl });
  api.csrfToken = 'csrf-1';
  return { api, calls };
}

function fill(el: TemplateImport, content: string): void {
  const root = el.shadowRoot!;
  const files = new DataTransfer();
  files.items.add(new File([content], 'markt-template-fair.json', { type: 'application/json' }));
  root.querySelector<HTMLInputElement>('#templateFile')!.files = files.files;
  root.querySelector<HTMLInputElement>('#templateStartsAt')!.value = '2027-09-01T09:00';
  root.querySelector<HTMLInputElement>('#templateEndsAt')!.value = '2027-09-01T15:00';
}

describe('markt-template-import', () => {
  it('is accessible in German and English', async () => {
    for (const locale of ['de', 'en']) {
      const el = await fixture<TemplateImport>(html`<markt-template-import locale=${locale}></markt-template-import>`);
      await expectAccessible(el);
    }
  });

  it('sends the parsed template and the dates with the CSRF header, then reports the new id', async () => {
    const { api, calls } = importServer();
    const el = await fixture<TemplateImport>(html`<markt-template-import .api=${api}></markt-template-import>`);
    fill(el, JSON.stringify(TEMPLATE));
    const imported = oneEvent(el, 'markt-template-imported');
    await click(el.shadowRoot!.querySelector('button[type=submit]')!);
    expect((await imported).detail).to.deep.equal({ id: 'ev-new' });
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.match(/\/api\/org\/events\/import-template$/);
    expect(calls[0]!.method).to.equal('POST');
    expect(calls[0]!.csrf).to.equal('csrf-1');
    const sent = JSON.parse(calls[0]!.body) as { template: unknown; startsAt: string; endsAt: string };
    expect(sent.template).to.deep.equal(TEMPLATE);
    // The fair's own local time with its UTC offset (never UTC): the rota reads the local hours from it.
    expect(sent.startsAt).to.equal(fromLocalInput('2027-09-01T09:00')).and.match(/^2027-09-01T09:00:00[+-]\d\d:\d\d$/);
    expect(sent.endsAt).to.equal(fromLocalInput('2027-09-01T15:00')).and.match(/^2027-09-01T15:00:00[+-]\d\d:\d\d$/);
    expect(Date.parse(sent.startsAt)).to.equal(new Date('2027-09-01T09:00').getTime());
  });

  it('refuses a file that is not JSON without calling the server, and shows the server’s field errors', async () => {
    const { api, calls } = importServer(400, { error: { code: 'INVALID_INPUT', message: 'Invalid.', details: [{ path: 'template.format', message: 'must be "markt-template"' }] } });
    const el = await fixture<TemplateImport>(html`<markt-template-import .api=${api} locale="en"></markt-template-import>`);
    fill(el, 'not json');
    await click(el.shadowRoot!.querySelector('button[type=submit]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]')!.textContent!.includes('not JSON'));
    expect(calls).to.have.length(0);
    // Other JSON (here a report) is no template: said at once, nothing sent.
    fill(el, JSON.stringify({ eventId: 'x', totals: { visits: 3 } }));
    await click(el.shadowRoot!.querySelector('button[type=submit]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]')!.textContent!.includes('not a markt template'));
    expect(calls).to.have.length(0);
    // A template the server refuses: its field errors are shown.
    fill(el, JSON.stringify(TEMPLATE));
    await click(el.shadowRoot!.querySelector('button[type=submit]')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]')!.textContent!.includes('template.format'));
    expect(calls).to.have.length(1);
    await expectAccessible(el);
  });

  it('builds the export URL with the options', () => {
    expect(templateUrl('fair 1', { providers: true, offers: true })).to.equal('/api/org/events/fair%201/template?providers=1&offers=1');
    expect(templateUrl('f', { providers: false, offers: true })).to.equal('/api/org/events/f/template?providers=0&offers=0');
  });
});
