import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Locale, Offer, Provider } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import type { EventCollection } from '../api/org-api.js';
import { click, typeInto } from '../test-helpers.js';
import type { ProvidersApi, ProvidersPanel } from './providers-panel.js';
import './providers-panel.js';

const nord: Provider = { id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } };
const offer = (id: string, title: Offer['title'], summary: Offer['summary']) =>
  ({ id, providerId: 'p1', kind: 'qualification', title, summary }) as unknown as Offer;

/** An in-memory stand-in for the offers API that keeps what PUT sends (the server's PUT replaces the offer). */
function catalogStandIn() {
  const data = {
    providers: [nord],
    offers: [
      offer('o1', { de: 'Pflegehilfe', en: 'Care assistant', ar: 'مساعد تمريض' }, { de: 'Kurs', en: 'Course', ar: 'دورة' }),
      offer('o2', { de: 'Lager', en: 'Warehouse' }, { de: 'Stelle', en: 'Job' }),
      // A title without its summary does not count as translated.
      offer('o3', { de: 'Kita', ar: 'حضانة' }, { de: 'Ausbildung' }),
    ],
  };
  const bodies: Offer[] = [];
  const api: ProvidersApi = {
    list: async <T,>(_e: string, what: EventCollection) => (what === 'offers' ? structuredClone(data.offers) : what === 'providers' ? [...data.providers] : []) as T[],
    create: async <T,>(_e: string, _what: EventCollection, item: unknown) => item as T,
    put: async <T,>(_e: string, what: EventCollection, id: string, item: unknown) => {
      // What goes over the wire: JSON, so a key set to undefined would vanish here too.
      const body = JSON.parse(JSON.stringify(item)) as Offer;
      if (what === 'offers') {
        bodies.push(body);
        data.offers = data.offers.map((o) => (o.id === id ? body : o));
      }
      return body as T;
    },
    remove: async () => undefined,
    importCsv: async () => ({ imported: 0 }),
  };
  return { api, bodies };
}

const languages: Locale[] = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'de-x-ls'];

async function panel() {
  const { api, bodies } = catalogStandIn();
  const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api} .languages=${languages}></markt-providers-panel>`);
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('tr[data-id="o3"]'), 'offers listed');
  const coverage = () => root.querySelector('markt-translation-coverage')!.shadowRoot!;
  const count = (language: Locale) => coverage().querySelector(`tr[data-language="${language}"] td`)?.textContent?.trim();
  const rows = () => [...root.querySelectorAll('[part="offers"] tbody tr')].map((tr) => tr.getAttribute('data-id'));
  return { el, root, bodies, coverage, count, rows };
}

describe('markt-providers-panel: offers in every visitor language', () => {
  it('edits an offer\'s Arabic title and summary in right-to-left fields under "Weitere Sprachen" and saves title.ar', async () => {
    const { el, root, bodies } = await panel();
    await click(root.querySelector('tr[data-id="o2"] button.edit')!);
    await el.updateComplete;
    const details = root.querySelector<HTMLDetailsElement>('form.edit details')!;
    // Collapsed, and its summary counts the languages with title and summary: English only.
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')?.textContent?.trim()).to.equal('Weitere Sprachen (1 von 6 ausgefüllt)');
    await click(details.querySelector('summary')!);
    await el.updateComplete;
    expect(details.open).to.equal(true);
    await expectAccessible(el);

    const title = root.querySelector<HTMLInputElement>('form.edit #title-ar')!;
    const summary = root.querySelector<HTMLTextAreaElement>('form.edit #summary-ar')!;
    expect([title.lang, title.dir, summary.lang, summary.dir]).to.deep.equal(['ar', 'rtl', 'ar', 'rtl']);
    expect(root.querySelector(`label[for="title-ar"]`)?.textContent).to.equal('Titel (Arabisch)');
    const turkish = root.querySelector<HTMLInputElement>('form.edit #title-tr')!;
    expect([turkish.lang, turkish.dir]).to.deep.equal(['tr', 'ltr']);
    expect(root.querySelector<HTMLInputElement>('form.edit #title-de-x-ls')!.lang).to.equal('de');
    expect(root.querySelector<HTMLInputElement>('form.edit #title-en')!.value).to.equal('Warehouse');
    // German, required, stays above the fold; its fields are marked German too (the page may be in English).
    expect([root.querySelector<HTMLInputElement>('form.edit #titleDe')!.lang, root.querySelector('form.edit #summaryDe')!.localName]).to.deep.equal(['de', 'textarea']);
    expect(root.querySelector('label[for="summaryDe"]')?.textContent).to.equal('Kurzbeschreibung (Deutsch)');

    await typeInto(title, 'مستودع');
    await typeInto(summary, 'وظيفة');
    await el.updateComplete;
    expect(details.querySelector('summary')?.textContent?.trim()).to.equal('Weitere Sprachen (2 von 6 ausgefüllt)');
    await click(root.querySelector('form.edit button[type="submit"]')!);
    await waitUntil(() => bodies.length === 1, 'saved');
    expect(bodies[0]!.title).to.deep.equal({ de: 'Lager', en: 'Warehouse', ar: 'مستودع' });
    expect(bodies[0]!.summary).to.deep.equal({ de: 'Stelle', en: 'Job', ar: 'وظيفة' });
  });

  it('an emptied language field removes that language from the saved offer', async () => {
    const { el, root, bodies } = await panel();
    await click(root.querySelector('tr[data-id="o1"] button.edit')!);
    await el.updateComplete;
    for (const id of ['title-ar', 'summary-ar']) {
      const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`form.edit #${id}`)!;
      field.value = '';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    expect(root.querySelector('form.edit details summary')?.textContent?.trim()).to.equal('Weitere Sprachen (1 von 6 ausgefüllt)');
    await click(root.querySelector('form.edit button[type="submit"]')!);
    await waitUntil(() => bodies.length === 1, 'saved');
    expect(bodies[0]!.title).to.deep.equal({ de: 'Pflegehilfe', en: 'Care assistant' });
    expect(bodies[0]!.summary).to.deep.equal({ de: 'Kurs', en: 'Course' });
  });

  it('a language field at fault opens "Weitere Sprachen" again and gets the focus, and nothing is sent', async () => {
    const { el, root, bodies } = await panel();
    await click(root.querySelector('tr[data-id="o2"] button.edit')!);
    await el.updateComplete;
    await click(root.querySelector('form.edit details summary')!);
    const title = root.querySelector<HTMLInputElement>('form.edit #title-uk')!;
    title.value = 'ї'.repeat(161);
    await click(root.querySelector('form.edit details summary')!);
    await el.updateComplete;
    expect(root.querySelector<HTMLDetailsElement>('form.edit details')!.open).to.equal(false);
    await click(root.querySelector('form.edit button[type="submit"]')!);
    await waitUntil(() => root.activeElement?.id === 'title-uk', 'focus on the Ukrainian title');
    expect(root.querySelector<HTMLDetailsElement>('form.edit details')!.open).to.equal(true);
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#title-uk-error')?.textContent).to.not.equal('');
    expect(bodies).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('counts per language the offers with title and summary, lists those "ohne Arabisch", and the counts follow an edit', async () => {
    const { el, root, bodies, coverage, count, rows } = await panel();
    expect(coverage().querySelector('caption')?.textContent).to.contain('Übersetzungen');
    expect(count('ar')).to.equal('1 von 3');
    expect(count('en')).to.equal('2 von 3');
    expect(count('tr')).to.equal('0 von 3');
    expect(coverage().querySelector('tr[data-language="de"]')).to.equal(null);
    await expectAccessible(el);

    const withoutArabic = coverage().querySelector<HTMLButtonElement>('tr[data-language="ar"] button')!;
    expect(withoutArabic.textContent?.trim()).to.equal('ohne Arabisch');
    expect(withoutArabic.getAttribute('aria-pressed')).to.equal('false');
    await click(withoutArabic);
    await el.updateComplete;
    expect(rows()).to.deep.equal(['o2', 'o3']);
    expect(withoutArabic.getAttribute('aria-pressed')).to.equal('true');
    expect(root.querySelector('[role="status"].filtered')?.textContent).to.contain('2 Angebote ohne Arabisch');
    await expectAccessible(el);

    // Edited from the filtered list: the missing language is open and has the focus.
    await click(root.querySelector('tr[data-id="o3"] button.edit')!);
    await el.updateComplete;
    await waitUntil(() => root.activeElement?.id === 'title-ar', 'focus on the Arabic title');
    expect(root.querySelector<HTMLDetailsElement>('form.edit details')!.open).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('#title-ar')!.value).to.equal('حضانة');
    await typeInto(root.querySelector('#summary-ar')!, 'تدريب');
    await click(root.querySelector('form.edit button[type="submit"]')!);
    await waitUntil(() => bodies.length === 1, 'saved');
    await waitUntil(() => count('ar') === '2 von 3', 'the Arabic count follows');
    // o3 has Arabic now: it leaves the filtered list, and the focus goes to the next offer still missing it.
    expect(rows()).to.deep.equal(['o2']);
    await waitUntil(() => root.activeElement?.getAttribute('aria-label') === 'Lager bearbeiten', 'focus on the next offer to fill in');

    // "Alle Angebote zeigen" ends the filter.
    await click(root.querySelector('button.show-all')!);
    await el.updateComplete;
    expect(rows()).to.deep.equal(['o1', 'o2', 'o3']);
    expect(withoutArabic.getAttribute('aria-pressed')).to.equal('false');
  });
});
