import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, text, type, until } from '../../shared/test-input.js';
import { HOSTILE_LEAD_NAME, HOSTILE_NOTE, lead } from '../test-data.js';
import type { LeadCard, LeadChangeDetail } from './lead-card.component.js';
import './lead-card.js';

async function card(overrides = {}) {
  return fixture<LeadCard>(
    html`<markt-lead-card locale="en" .lead=${lead('l1', overrides)} .tags=${['Pflege', 'Teilzeit']} .offerTitle=${'Pflege Basiskurs'}></markt-lead-card>`,
  );
}

describe('markt-lead-card', () => {
  it('marks an unread request "Unread" only while its status is "new", and says it was seen when focused from the keyboard', async () => {
    const el = await fixture<LeadCard>(html`<markt-lead-card locale="en" .lead=${lead('l1')} .isNew=${true}></markt-lead-card>`);
    expect($(el, '.badge').textContent).to.equal('Unread');
    await expectAccessible(el);
    const seen = oneEvent(el, 'markt-lead-seen');
    await sendKeys({ press: 'Tab' });
    expect((await seen).detail).to.deep.equal({ id: 'l1' });
    el.lead = lead('l1', { status: 'contacted' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.badge')).to.equal(null);
    expect($<HTMLSelectElement>(el, 'select').value).to.equal('contacted');
  });

  it('is accessible and shows the shared fields, the offer and the time', async () => {
    const el = await card({ contact: { name: 'Ayşe', email: 'a@example.org' } });
    await expectAccessible(el);
    const shown = text(el.shadowRoot!);
    expect(shown).to.contain('Ayşe').and.contain('a@example.org').and.contain('About: Pflege Basiskurs').and.contain('Türkçe');
    expect(shown).not.to.contain('Phone');
    expect($(el, 'time').getAttribute('datetime')).to.equal('2026-03-12T10:07:00Z');
  });

  it('shows a lead name and note holding <script> and <img onerror> as plain text', async () => {
    const el = await card({ contact: { name: HOSTILE_LEAD_NAME, phone: '+49 30 1' }, notes: HOSTILE_NOTE, message: HOSTILE_NOTE });
    expect(el.shadowRoot!.querySelectorAll('script, img').length).to.equal(0);
    expect($(el, 'h3').textContent).to.contain(HOSTILE_LEAD_NAME);
    expect($(el, 'h3').getBoundingClientRect().height).to.be.greaterThan(0);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(HOSTILE_NOTE);
    expect(text(el.shadowRoot!)).to.contain(HOSTILE_NOTE.replace(/\s+/g, ' '));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reports rating, status, tags and notes changed with real clicks and keys', async () => {
    const el = await card();
    let heard = oneEvent(el, 'markt-lead-change');
    await click($(el, 'input[value="4"]'));
    expect((await heard).detail).to.deep.equal({ id: 'l1', patch: { rating: 4 } });

    heard = oneEvent(el, 'markt-lead-change');
    await click([...el.shadowRoot!.querySelectorAll('.choices label')].find((l) => l.textContent?.includes('Teilzeit'))!);
    expect((await heard).detail.patch).to.deep.equal({ tags: ['Teilzeit'] });

    heard = oneEvent(el, 'markt-lead-change');
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'contacted';
    select.dispatchEvent(new Event('change'));
    expect((await heard).detail.patch).to.deep.equal({ status: 'contacted' });

    heard = oneEvent(el, 'markt-lead-change');
    await type($(el, 'textarea'), 'Wants part time <b>only</b>');
    await click([...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Save notes'))!);
    expect((await heard).detail.patch).to.deep.equal({ notes: 'Wants part time <b>only</b>' });
  });

  it("shows the lead's rating, status and tags again when given them after staff picked others (a refused change)", async () => {
    const el = await card();
    await click($(el, 'input[value="4"]'));
    await click([...el.shadowRoot!.querySelectorAll('.choices label')].find((l) => l.textContent?.includes('Pflege'))!);
    const select = $<HTMLSelectElement>(el, 'select');
    select.focus();
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    // The tablet gives the card the server's lead again: the same values as before, in a new object.
    el.lead = lead('l1');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.checked)).to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((c) => c.checked)).to.deep.equal([]);
    expect(select.value).to.equal('new');
    el.lead = lead('l1', { rating: 2, status: 'contacted', tags: ['Teilzeit'] });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[value="2"]').checked).to.equal(true);
    expect(select.value).to.equal('contacted');
  });
});

describe('markt-lead-card: deleting a contact request (the visitor withdrew consent)', () => {
  it('asks first in an accessible modal dialog; "Keep it" and Escape delete nothing and give the focus back', async () => {
    const el = await card({ contact: { name: 'Ayşe', phone: '+49 30 1' } });
    let deletes = 0;
    el.addEventListener('markt-lead-delete', () => (deletes += 1));
    const open = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete contact request')!;
    expect(open, 'a "Delete contact request" button').to.be.instanceOf(HTMLButtonElement);
    expect(el.shadowRoot!.querySelector('dialog'), 'no dialog before it is asked for').to.equal(null);
    await click(open);
    await el.updateComplete;
    let dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.contain('Delete the contact request of Ayşe?');
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.contain('takes back their consent');
    await expectAccessible(el);
    // The safe choice has the focus: a stray Enter keeps the request.
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Keep it');
    await sendKeys({ press: 'Enter' });
    await until(() => !dialog.open);
    expect(deletes).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(open);

    await click(open);
    await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
    dialog = $<HTMLDialogElement>(el, 'dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open);
    expect(deletes).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(open);
  });

  it('fires markt-lead-delete with the id after "Delete for good", with the keyboard only, and shows a failure in words', async () => {
    const el = await card();
    const open = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete contact request')!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    const heard = oneEvent(el, 'markt-lead-delete');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Delete for good');
    await sendKeys({ press: 'Enter' });
    expect((await heard).detail).to.deep.equal({ id: 'l1' });
    await until(() => !dialog.open);

    el.deleteError = 'The server cannot be reached.';
    await el.updateComplete;
    expect(text($(el, '.error[role="alert"]'))).to.contain('Not deleted: The server cannot be reached.');
    await expectAccessible(el);
  });
});

describe('markt-lead-card: notes changed on the other tablet while staff type (review 2, H1)', () => {
  const button = (el: LeadCard, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

  it('keeps the typed note when another tablet saves one, says so, and "Keep my note" saves the typed text', async () => {
    const el = await card({ notes: 'Erstgespräch' });
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    await type(area, ', ruft nach 16 Uhr zurück');
    // The other tablet of the stand saves its note: the server pushes the lead again.
    el.lead = lead('l1', { notes: 'Note from tablet B' });
    await el.updateComplete;
    expect(area.value).to.equal('Erstgespräch, ruft nach 16 Uhr zurück');
    expect(el.shadowRoot!.activeElement).to.equal(area);
    const notice = $(el, '.notes-conflict');
    expect(text(notice)).to.contain('Changed on the other tablet').and.contain('Note from tablet B');
    await expectAccessible(el);
    // Typing goes on undisturbed, and a second push while typing keeps it too.
    await sendKeys({ type: '.' });
    el.lead = lead('l1', { notes: 'Note from tablet B, again' });
    await el.updateComplete;
    expect(area.value).to.equal('Erstgespräch, ruft nach 16 Uhr zurück.');
    expect(text($(el, '.notes-conflict'))).to.contain('Note from tablet B, again');

    const heard = oneEvent(el, 'markt-lead-change');
    await click(button(el, 'Keep my note'));
    expect((await heard).detail).to.deep.equal({ id: 'l1', patch: { notes: 'Erstgespräch, ruft nach 16 Uhr zurück.' } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notes-conflict')).to.equal(null);
    expect(area.value).to.equal('Erstgespräch, ruft nach 16 Uhr zurück.');
    // The server's answer (our note) changes nothing on screen.
    el.lead = lead('l1', { notes: 'Erstgespräch, ruft nach 16 Uhr zurück.' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notes-conflict')).to.equal(null);
  });

  it('"Use theirs" puts the other tablet\'s note into the field; an untouched field simply follows the other tablet', async () => {
    const el = await card({ notes: 'Erstgespräch' });
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    await type(area, ' (mein Text)');
    el.lead = lead('l1', { notes: 'Note from tablet B' });
    await el.updateComplete;
    let changes = 0;
    el.addEventListener('markt-lead-change', () => (changes += 1));
    await click(button(el, 'Use theirs'));
    await el.updateComplete;
    expect(area.value).to.equal('Note from tablet B');
    expect(el.shadowRoot!.querySelector('.notes-conflict')).to.equal(null);
    expect(changes).to.equal(0);
    // Nobody is typing now: a note from the other tablet replaces the field at once, with no question.
    area.blur();
    el.lead = lead('l1', { notes: 'Third note' });
    await el.updateComplete;
    expect(area.value).to.equal('Third note');
    expect(el.shadowRoot!.querySelector('.notes-conflict')).to.equal(null);
  });

  it('in German: "Auf dem anderen Tablet geändert" with [Übernehmen] [Meine Notiz behalten]', async () => {
    const el = await fixture<LeadCard>(html`<markt-lead-card locale="de" .lead=${lead('l1')}></markt-lead-card>`);
    await type($(el, 'textarea'), 'Polnisch');
    el.lead = lead('l1', { notes: 'Andere Notiz' });
    await el.updateComplete;
    await until(() => text(el.shadowRoot!).includes('Auf dem anderen Tablet geändert'));
    expect(button(el, 'Übernehmen')).to.be.instanceOf(HTMLButtonElement);
    expect(button(el, 'Meine Notiz behalten')).to.be.instanceOf(HTMLButtonElement);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Polnisch');
  });

  it('saves typed notes when staff leave the field (no button needed), once, and not while the other tablet\'s note waits for a choice', async () => {
    const el = await card({ notes: 'Erstgespräch' });
    const seen: unknown[] = [];
    el.addEventListener('markt-lead-change', (e) => seen.push((e as CustomEvent<LeadChangeDetail>).detail.patch));
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    await type(area, ' – Rückruf morgen');
    await sendKeys({ press: 'Tab' });
    await until(() => seen.length === 1);
    expect(seen).to.deep.equal([{ notes: 'Erstgespräch – Rückruf morgen' }]);
    // "Save notes" right after (leaving the field to press it already saved): not sent twice.
    await click(button(el, 'Save notes'));
    expect(seen).to.have.length(1);
    // The tablet shows the saved note (the server's answer); leaving the untouched field again sends nothing.
    el.lead = lead('l1', { notes: 'Erstgespräch – Rückruf morgen' });
    await el.updateComplete;
    area.focus();
    await sendKeys({ press: 'Tab' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).to.have.length(1);

    // While the other tablet's note waits for "Use theirs" / "Keep my note", leaving the field (to press one) saves nothing.
    await type(area, '!');
    el.lead = lead('l1', { notes: 'Note from tablet B' });
    await el.updateComplete;
    await click(button(el, 'Use theirs'));
    await el.updateComplete;
    expect(area.value).to.equal('Note from tablet B');
    expect(seen).to.have.length(1);
  });
});
