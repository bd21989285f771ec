import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Offer, Provider } from '@markt/sdk';
import { expectAccessible } from '../../../test/axe.js';
import { ApiError, type EventCollection } from '../api/org-api.js';
import { click, typeInto } from '../test-helpers.js';
import type { ProvidersApi, ProvidersPanel } from './providers-panel.js';
import './providers-panel.js';

const hostile: Provider = { id: 'p2', name: '<script>window.__pwned=1</script>', kind: 'employer', certifications: [], place: { remote: false } };
const evilImg: Provider = { id: 'p3', name: '<img src=x onerror="window.__pwned=2">', kind: 'counselling', certifications: [], place: { remote: false } };
const nord: Provider = { id: 'p1', name: 'Bildungswerk Nord', kind: 'training', certifications: [], place: { remote: false } };

/** An in-memory stand-in for the providers/offers API (the panel's fetcher is injectable). */
function catalogStandIn() {
  const data: { providers: Provider[]; offers: Offer[] } = { providers: [nord, hostile, evilImg], offers: [] };
  const calls: string[] = [];
  const api: ProvidersApi = {
    list: async <T,>(_e: string, what: EventCollection) => (what === 'stands' ? [] : [...data[what]]) as T[],
    create: async <T,>(_e: string, what: EventCollection, item: unknown) => {
      calls.push(`create ${what} ${JSON.stringify(item)}`);
      if (what === 'providers') data.providers.push(item as Provider);
      if (what === 'offers') data.offers.push(item as Offer);
      return item as T;
    },
    put: async <T,>(_e: string, what: EventCollection, id: string, item: unknown) => {
      calls.push(`put ${what} ${id}`);
      return item as T;
    },
    remove: async (_e, what, id) => {
      calls.push(`delete ${what} ${id}`);
      if (what === 'providers') data.providers = data.providers.filter((p) => p.id !== id);
      return undefined;
    },
    importCsv: async () => ({ imported: 0 }),
  };
  return { api, calls };
}

describe('markt-providers-panel', () => {
  it('is accessible', async () => {
    const { api } = catalogStandIn();
    const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api}></markt-providers-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="providers"]'));
    await expectAccessible(el);
  });

  it('renders provider names with <script> and <img onerror> as text', async () => {
    const { api } = catalogStandIn();
    const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api}></markt-providers-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="providers"]'));
    const names = [...el.shadowRoot!.querySelectorAll('[part="providers"] tbody th')].map((th) => th.textContent);
    expect(names).to.deep.equal(['Bildungswerk Nord', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">']);
    expect(el.shadowRoot!.querySelector('tbody script, tbody img')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('validates a new provider with ProviderSchema, shows the field error, then stores it', async () => {
    const { api, calls } = catalogStandIn();
    const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api}></markt-providers-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="providers"]'));
    await click(el.shadowRoot!.querySelector('button.add-provider')!);
    await el.updateComplete;
    await typeInto(el.shadowRoot!.querySelector('form.edit #website')!, 'kein-link');
    await click(el.shadowRoot!.querySelector('form.edit button[type="submit"]')!);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('#name-error')?.textContent).to.equal('Bitte ausfüllen.');
    expect(el.shadowRoot!.querySelector('#website-error')?.textContent).to.equal('Bitte eine vollständige Internetadresse eingeben, z. B. https://www.beispiel.de');
    // The keyboard lands on the first field at fault.
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await expectAccessible(el);

    await typeInto(el.shadowRoot!.querySelector('form.edit #name')!, 'Caritas Pankow');
    const website = el.shadowRoot!.querySelector<HTMLInputElement>('form.edit #website')!;
    website.value = 'https://caritas.example';
    await click(el.shadowRoot!.querySelector('form.edit button[type="submit"]')!);
    await waitUntil(() => calls.length === 1);
    const sent = JSON.parse(calls[0]!.slice('create providers '.length)) as Provider;
    expect(sent.name).to.equal('Caritas Pankow');
    expect(sent.website).to.equal('https://caritas.example');
    expect(sent.id).to.match(/^caritas-pankow-[0-9a-f]{4}$/);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="providers"] tbody tr').length === 4);
    // Saved: the focus goes back to the button that opened the form, not to the page.
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('add-provider'), 'focus on "add provider"');

    // Cancel an edit: the focus returns to that row's edit button.
    await click(el.shadowRoot!.querySelector('tr[data-id="p1"] button.edit')!);
    await el.updateComplete;
    await click(el.shadowRoot!.querySelector('form.edit button.secondary')!);
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('aria-label') === 'Bildungswerk Nord bearbeiten', 'focus on the row');
  });

  it('deletes a provider from its row only after "really delete?", which names what goes with it', async () => {
    const { api, calls } = catalogStandIn();
    const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api}></markt-providers-panel>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="providers"]'));
    await click(root.querySelector('tr[data-id="p1"] button.delete')!);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(root.querySelector('tr[data-id="p1"] .confirm')?.textContent).to.contain(
      'Bildungswerk Nord wirklich löschen? Seine Stand-Tablets verlieren sofort den Zugang.',
    );
    expect(root.activeElement?.textContent?.trim()).to.equal('Ja, löschen');
    await expectAccessible(el);
    // "Cancel" sends nothing and gives the focus back to the row's delete button.
    await click(root.querySelector('tr[data-id="p1"] .confirm button.secondary')!);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Bildungswerk Nord löschen');

    await click(root.querySelector('tr[data-id="p1"] button.delete')!);
    await el.updateComplete;
    await click(root.querySelector('tr[data-id="p1"] .confirm button.danger')!);
    await waitUntil(() => !root.querySelector('tr[data-id="p1"]'));
    expect(calls).to.deep.equal(['delete providers p1']);
  });

  it('asks before deleting an offer, and says in German why a provider in use cannot be deleted', async () => {
    const { api, calls } = catalogStandIn();
    const offer = { id: 'o1', providerId: 'p1', kind: 'qualification', title: { de: 'Pflegehilfe' }, summary: { de: 'Kurs' } } as unknown as Offer;
    api.list = async <T,>(_e: string, what: EventCollection) => (what === 'offers' ? [offer] : what === 'providers' ? [nord] : []) as T[];
    api.remove = async (_e, what, id) => {
      calls.push(`delete ${what} ${id}`);
      if (what === 'providers') {
        throw new ApiError(409, 'IN_USE', `Provider "${id}" still has offers, stands or contact requests: delete or move them first (contact requests go with the retention purge).`);
      }
      return undefined;
    };
    const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api}></markt-providers-panel>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('tr[data-id="o1"] button.delete'));
    await click(root.querySelector('tr[data-id="o1"] button.delete')!);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(root.querySelector('tr[data-id="o1"] .confirm')?.textContent).to.contain('Angebot „Pflegehilfe“ wirklich löschen?');
    await click(root.querySelector('tr[data-id="o1"] .confirm button.danger')!);
    await waitUntil(() => calls.length === 1);
    expect(calls).to.deep.equal(['delete offers o1']);

    await click(root.querySelector('tr[data-id="p1"] button.delete')!);
    await el.updateComplete;
    await click(root.querySelector('tr[data-id="p1"] .confirm button.danger')!);
    await waitUntil(() => root.querySelector('[role="alert"]')?.textContent);
    expect(root.querySelector('[role="alert"]')?.textContent).to.equal(
      'Das hat nicht geklappt: Dieser Träger hat noch Angebote, Stände oder Kontaktwünsche. Bitte löschen oder verschieben Sie diese zuerst.',
    );
    // The next action that works takes the old error away.
    await click(root.querySelector('tr[data-id="p1"] button.edit')!);
    await el.updateComplete;
    await click(root.querySelector('form.edit button[type="submit"]')!);
    await waitUntil(() => calls.some((c) => c.startsWith('put providers p1')));
    await waitUntil(() => root.querySelector('[role="alert"]')?.textContent === '', 'the old error is gone');
  });

  it('announces the delete question with the focused answer, and after a delete moves the focus on, never to the page', async () => {
    const { api } = catalogStandIn();
    const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api}></markt-providers-panel>`);
    const root = el.shadowRoot!;
    const focusedLabel = () => root.activeElement?.getAttribute('aria-label') ?? root.activeElement?.className;
    const confirmDelete = async (id: string) => {
      await click(root.querySelector(`tr[data-id="${id}"] button.delete`)!);
      await el.updateComplete;
      const yes = root.activeElement as HTMLElement;
      expect(yes.textContent?.trim()).to.equal('Ja, löschen');
      // The question is the focused button's description (and the group's), so a screen reader reads it.
      const question = root.getElementById(yes.getAttribute('aria-describedby') ?? '');
      expect(question?.textContent).to.contain('wirklich löschen?');
      expect(root.querySelector(`tr[data-id="${id}"] .confirm`)?.getAttribute('aria-describedby')).to.equal(question?.id);
      await click(yes);
      await waitUntil(() => !root.querySelector(`tr[data-id="${id}"]`));
      await waitUntil(() => root.activeElement !== null, 'the focus stays in the panel');
    };
    await waitUntil(() => root.querySelector('[part="providers"]'));
    await confirmDelete('p1');
    expect(focusedLabel()).to.equal('<script>window.__pwned=1</script> löschen'); // the next row
    await confirmDelete('p3');
    expect(focusedLabel()).to.equal('<script>window.__pwned=1</script> löschen'); // the last row went: the one before
    await confirmDelete('p2');
    expect(focusedLabel()).to.equal('add-provider'); // none left: "add a provider"
  });

  it('after a delete the server refused, puts the focus back on the row\'s delete button', async () => {
    const { api } = catalogStandIn();
    api.remove = async () => {
      throw new ApiError(409, 'IN_USE', 'Provider "p1" still has offers, stands or contact requests: delete or move them first.');
    };
    const el = await fixture<ProvidersPanel>(html`<markt-providers-panel event-id="e1" .api=${api}></markt-providers-panel>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('tr[data-id="p1"] button.delete'));
    await click(root.querySelector('tr[data-id="p1"] button.delete')!);
    await el.updateComplete;
    await click(root.querySelector('tr[data-id="p1"] .confirm button.danger')!);
    await waitUntil(() => root.querySelector('[role="alert"]')?.textContent);
    await waitUntil(() => root.activeElement?.getAttribute('aria-label') === 'Bildungswerk Nord löschen', 'focus on the row\'s delete button');
  });
});
