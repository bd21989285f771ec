import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, text } from '../../shared/test-input.js';
import { lead, me } from '../test-data.js';
import type { LeadCard } from '../lead-card/lead-card.component.js';
import type { BoothDashboard } from './dashboard.component.js';
import './dashboard.js';

const visits = [
  { seq: 1, at: '2026-03-12T10:01:00Z' },
  { seq: 2, at: '2026-03-12T10:02:00Z' },
  { seq: 4, at: '2026-03-12T10:40:00Z' },
];

describe('markt-booth-dashboard', () => {
  it('is accessible with leads and visits, and shows the connection state in a live region', async () => {
    const el = await fixture<BoothDashboard>(
      html`<markt-booth-dashboard locale="en" connection="offline" .me=${me()} .leads=${[lead('l1'), lead('l2', { contact: { email: 'x@example.org' } })]} .visits=${visits} .newLeadIds=${new Set(['l2'])}></markt-booth-dashboard>`,
    );
    await expectAccessible(el);
    expect($(el, '[role="status"]').textContent).to.contain('Offline');
    expect($(el, 'h1').textContent).to.contain('Bildungswerk Nord');
    expect(text($(el, '[part="visits"]'))).to.contain('2').and.contain('1');
    expect(el.shadowRoot!.querySelectorAll('[part="visits"] tbody tr').length).to.equal(3);
    const cards = el.shadowRoot!.querySelectorAll('markt-lead-card');
    expect([...cards].map((c) => c.hasAttribute('new'))).to.deep.equal([false, true]);
    expect(el.shadowRoot!.querySelector('[aria-live="assertive"]')).not.to.equal(null);
  });

  it('gives every control a touch target of at least 44 px', async () => {
    const el = await fixture<BoothDashboard>(html`<markt-booth-dashboard locale="de" .me=${me()} .leads=${[lead('l1')]}></markt-booth-dashboard>`);
    const card = $(el, 'markt-lead-card');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const targets = [
      ...el.shadowRoot!.querySelectorAll('button, .tools label'),
      ...card.shadowRoot!.querySelectorAll('button, select, textarea, .choices label, a'),
    ];
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, `${target.localName} ${target.textContent?.trim()}`).to.be.at.least(44);
      expect(box.width, `${target.localName} ${target.textContent?.trim()}`).to.be.at.least(44);
    }
  });

  it('asks for export and logout with real clicks, and switches the sound on', async () => {
    const el = await fixture<BoothDashboard>(html`<markt-booth-dashboard locale="de" .me=${me()}></markt-booth-dashboard>`);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    let heard = oneEvent(el, 'markt-export');
    await click(buttons.find((b) => b.textContent?.includes('CSV'))!);
    await heard;
    heard = oneEvent(el, 'markt-logout');
    await click(buttons.find((b) => b.textContent?.includes('Abmelden'))!);
    await heard;
    const sound = oneEvent(el, 'markt-sound-change');
    await click($(el, '.tools label'));
    expect((await sound).detail).to.deep.equal({ on: true });
  });

  it("names every stand of the provider in the header, the stand each request came through, and offers the organizer's tags", async () => {
    const leads = [lead('l1', { standId: 's40' }), lead('l2', { standId: 's12' }), lead('l3', { standId: null })];
    const el = await fixture<BoothDashboard>(html`<markt-booth-dashboard locale="en" .me=${me()} .leads=${leads}></markt-booth-dashboard>`);
    expect($(el, 'h1').textContent).to.equal('Bildungswerk Nord · 12, F1');
    const cards = [...el.shadowRoot!.querySelectorAll('markt-lead-card')];
    await Promise.all(cards.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(cards.map((c) => c.shadowRoot!.querySelector('.meta .stand')?.textContent ?? null)).to.deep.equal(['Stand F1', 'Stand 12', null]);
    const tags = [...cards[0]!.shadowRoot!.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Tags')!;
    expect([...tags.querySelectorAll('label')].map((l) => l.textContent?.trim())).to.deep.equal(['Pflege', 'Teilzeit', 'Rückruf']);
    await expectAccessible(el);

    // An older server answers only `stand`: the header still names it.
    const { stands: _stands, ...older } = me();
    const old = await fixture<BoothDashboard>(html`<markt-booth-dashboard locale="en" .me=${older} .leads=${[]}></markt-booth-dashboard>`);
    expect($(old, 'h1').textContent).to.equal('Bildungswerk Nord · 12');
  });

  it('keeps typed notes with their lead when a new lead arrives on top (cards keyed by lead id)', async () => {
    const el = await fixture<BoothDashboard>(html`<markt-booth-dashboard locale="en" .me=${me()} .leads=${[lead('A', { contact: { name: 'Alice' } })]}></markt-booth-dashboard>`);
    const cardA = $<LeadCard>(el, 'markt-lead-card');
    await cardA.updateComplete;
    const areaA = $<HTMLTextAreaElement>(cardA, 'textarea');
    areaA.value = 'Alice: wants evening course';
    areaA.dispatchEvent(new Event('input')); // as typing does
    el.leads = [lead('B', { contact: { name: 'Bob' } }), lead('A', { contact: { name: 'Alice' } })];
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll('markt-lead-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.map((c) => c.shadowRoot!.querySelector('h3')!.textContent!.trim())).to.deep.equal(['Bob', 'Alice']);
    expect(cards[0]!.shadowRoot!.querySelector('textarea')!.value).to.equal('');
    expect(cards[1]!.shadowRoot!.querySelector('textarea')!.value).to.equal('Alice: wants evening course');
    const events: unknown[] = [];
    el.addEventListener('markt-lead-change', (e) => events.push((e as CustomEvent).detail));
    const saveButton = (card: Element) => [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Save'))!;
    saveButton(cards[1]!).click();
    saveButton(cards[0]!).click();
    expect(events).to.deep.equal([
      { id: 'A', patch: { notes: 'Alice: wants evening course' } },
      { id: 'B', patch: { notes: null } },
    ]);
  });
});
