import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Event } from '@markt/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { localParts, rotaZone } from '../rota-panel/rota-grid.js';
import { click, typeInto } from '../test-helpers.js';
import type { EventForm } from './event-form.js';
import './event-form.js';

const event: Event = {
  id: 'markt-pankow',
  title: { de: 'Markt der Möglichkeiten Pankow' },
  startsAt: '2026-03-12T09:00:00.000Z',
  endsAt: '2026-03-12T15:00:00.000Z',
  venue: { name: 'Rathaus Pankow' },
  theme: { targetGroups: ['over-45'], offerKinds: [], employerFocus: false },
  languages: ['de', 'en'],
  retentionDays: 30,
  leadTags: ['Rückruf'],
};

describe('markt-event-form', () => {
  it('is accessible, with and without field errors', async () => {
    const el = await fixture<EventForm>(html`<markt-event-form .event=${event}></markt-event-form>`);
    await expectAccessible(el);
    el.serverIssues = [{ path: 'venue.name', message: 'must not be empty' }];
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('shows per-field errors from EventSchema and sends nothing while invalid', async () => {
    const el = await fixture<EventForm>(html`<markt-event-form></markt-event-form>`);
    const root = el.shadowRoot!;
    let sent = 0;
    el.addEventListener('markt-event-save', () => (sent += 1));
    await typeInto(root.querySelector('#id')!, 'bad id!');
    await click(root.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(sent).to.equal(0);
    const errorOf = (field: string) => root.querySelector(`#${field}-error`)?.textContent;
    // The schema's English messages are said in the page's language.
    expect(errorOf('id')).to.equal('Nur Buchstaben ohne Umlaute, Ziffern, „_“ und „-“.');
    expect(errorOf('titleDe')).to.equal('Bitte ausfüllen.');
    expect(errorOf('venueName')).to.equal('Bitte ausfüllen.');
    expect(errorOf('startsAt')).to.equal('Bitte Datum und Uhrzeit eingeben.');
    expect(root.querySelector('#titleDe')?.getAttribute('aria-describedby')).to.equal('titleDe-error');
    expect(root.querySelector('#titleDe')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('markierte');
  });

  it('names endsAt when the event ends before it starts, then saves once corrected', async () => {
    const el = await fixture<EventForm>(html`<markt-event-form .event=${event}></markt-event-form>`);
    const root = el.shadowRoot!;
    const ends = root.querySelector<HTMLInputElement>('#endsAt')!;
    ends.value = '2026-03-11T08:00';
    let sent = 0;
    el.addEventListener('markt-event-save', () => (sent += 1));
    await click(root.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(sent).to.equal(0);
    expect(root.querySelector('#endsAt-error')?.textContent).to.equal('Das Ende darf nicht vor dem Beginn liegen.');

    ends.value = '2026-03-12T18:00';
    const retention = root.querySelector<HTMLInputElement>('#retentionDays')!;
    await click(retention);
    await sendKeys({ press: 'Control+A' });
    await sendKeys({ type: '60' });
    await click([...root.querySelectorAll('label.check')].find((l) => l.textContent?.includes('Alleinerziehende'))!.querySelector('input')!);
    const heard = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    const saved = (await heard).detail;
    expect(saved.isNew).to.equal(false);
    expect(saved.event.id).to.equal('markt-pankow');
    expect(saved.event.retentionDays).to.equal(60);
    expect(saved.event.theme.targetGroups).to.deep.equal(['over-45', 'single-parents']);
    expect(Date.parse(saved.event.endsAt)).to.equal(new Date('2026-03-12T18:00').getTime());
    expect(root.querySelector('#endsAt-error')).to.equal(null);
  });

  it("edits the organizer's tags for contact requests as a comma-separated list", async () => {
    const el = await fixture<EventForm>(html`<markt-event-form .event=${event}></markt-event-form>`);
    const root = el.shadowRoot!;
    const tags = root.querySelector<HTMLInputElement>('#leadTags')!;
    expect(tags.value).to.equal('Rückruf');
    expect(tags.getAttribute('aria-describedby')).to.equal('leadTags-hint');
    await typeInto(tags, ', Bildungsgutschein,, Termin vereinbart , Rückruf');
    const heard = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    expect((await heard).detail.event.leadTags).to.deep.equal(['Rückruf', 'Bildungsgutschein', 'Termin vereinbart']);

    await typeInto(tags, `, ${'x'.repeat(41)}`);
    let sent = 0;
    el.addEventListener('markt-event-save', () => (sent += 1));
    await click(root.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(sent).to.equal(0);
    expect(tags.getAttribute('aria-invalid')).to.equal('true');
    expect(tags.getAttribute('aria-describedby')).to.equal('leadTags-error leadTags-hint');
    expect(root.querySelector('#leadTags-error')?.textContent).to.contain('40');
    await expectAccessible(el);
  });
  it('saving the overview keeps the fair’s own UTC offset (the rota reads its local hours from it)', async () => {
    const berlin: Event = { ...event, startsAt: '2027-04-14T10:00:00+02:00', endsAt: '2027-04-14T16:00:00+02:00' };
    const el = await fixture<EventForm>(html`<markt-event-form .event=${berlin}></markt-event-form>`);
    const root = el.shadowRoot!;
    const heard = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    const saved = (await heard).detail.event;
    expect(saved.startsAt).to.equal('2027-04-14T10:00:00+02:00');
    expect(saved.endsAt).to.equal('2027-04-14T16:00:00+02:00');

    // A changed time is written in the browser's local time with its offset, not as UTC ("…Z").
    root.querySelector<HTMLInputElement>('#endsAt')!.value = '2027-04-14T18:00';
    const again = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    const changed = (await again).detail.event;
    expect(changed.endsAt).to.match(/^2027-04-14T18:00:00[+-]\d\d:\d\d$/);
    expect(Date.parse(changed.endsAt)).to.equal(new Date('2027-04-14T18:00').getTime());
    expect(changed.startsAt).to.equal('2027-04-14T10:00:00+02:00');
  });
  it('sends an unchanged start in UTC ("…Z") back as it was, and the rota still reads it in the hall\'s time', async () => {
    // The test browser runs in Europe/Berlin: 08:00Z is 10:00 in the hall.
    expect(new Date('2027-07-01T12:00:00Z').getTimezoneOffset()).to.equal(-120);
    const utc: Event = { ...event, startsAt: '2027-04-14T08:00:00.000Z', endsAt: '2027-04-14T14:00:00.000Z' };
    const el = await fixture<EventForm>(html`<markt-event-form .event=${utc}></markt-event-form>`);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#startsAt')!.value).to.equal('2027-04-14T10:00');
    const heard = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    const saved = (await heard).detail.event;
    expect(saved.startsAt).to.equal('2027-04-14T08:00:00.000Z');
    expect(saved.endsAt).to.equal('2027-04-14T14:00:00.000Z');
    // The rota: a browser in Berlin is in the fair's zone, and the start reads 10:00.
    const zone = rotaZone(saved.startsAt);
    expect(localParts(saved.startsAt, zone.at)).to.deep.equal({ date: '2027-04-14', time: '10:00' });
    expect(localParts(saved.endsAt, zone.at)).to.deep.equal({ date: '2027-04-14', time: '16:00' });
    expect(zone.of('2027-10-31', '10:00')).to.equal(60);
  });
  it('says the server\'s problems that belong to no field of the form, instead of only counting them', async () => {
    const el = await fixture<EventForm>(html`<markt-event-form .event=${event}></markt-event-form>`);
    el.serverIssues = [
      { path: 'floorPlan.width', message: 'Invalid value: Expected >=1 but received 0' },
      { path: 'venue.name', message: 'must not be empty' },
    ];
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(alert).to.contain('floorPlan.width: Bitte mindestens 1 eingeben.');
    expect(alert).not.to.contain('venue.name');
    expect(el.shadowRoot!.querySelector('#venueName-error')?.textContent).to.equal('Bitte ausfüllen.');
    await expectAccessible(el);
  });
  it('edits who is responsible for the visitors\' data (the privacy notice), with field errors, and leaves it out when empty', async () => {
    const el = await fixture<EventForm>(html`<markt-event-form .event=${event}></markt-event-form>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('fieldset.privacy legend')?.textContent).to.contain('Datenschutz');
    expect(root.querySelector('label[for="privacyController"]')?.textContent).to.equal('Verantwortliche Stelle');
    // Nothing typed: the event goes without a privacy block, as before.
    let heard = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    expect((await heard).detail.event.privacy).to.equal(undefined);

    // A privacy page without the body responsible: both errors at their fields, nothing sent.
    await typeInto(root.querySelector('#privacyUrl')!, 'jobcenter-pankow.example/datenschutz');
    let sent = 0;
    el.addEventListener('markt-event-save', () => (sent += 1));
    await click(root.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(sent).to.equal(0);
    // The reason is said, not only "Bitte ausfüllen." under a hint saying the fields may stay empty.
    const reason = 'Wenn Sie eine Datenschutzseite angeben, nennen Sie bitte auch die verantwortliche Stelle und einen Kontakt.';
    expect(root.querySelector('#privacyController-error')?.textContent).to.equal(reason);
    expect(root.querySelector('#privacyContact-error')?.textContent).to.equal(reason);
    expect(root.querySelector('#privacyUrl')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#privacyUrl-error')?.textContent).to.not.equal('');
    await expectAccessible(el);

    const url = root.querySelector<HTMLInputElement>('#privacyUrl')!;
    url.value = 'https://jobcenter.example/datenschutz';
    await typeInto(root.querySelector('#privacyController')!, 'Jobcenter Berlin Pankow');
    await typeInto(root.querySelector('#privacyContact')!, 'Storkower Straße 133, 10407 Berlin');
    await typeInto(root.querySelector('#privacyDpo')!, 'datenschutz@jobcenter.example');
    heard = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    expect((await heard).detail.event.privacy).to.deep.equal({
      controller: 'Jobcenter Berlin Pankow',
      contact: 'Storkower Straße 133, 10407 Berlin',
      dpo: 'datenschutz@jobcenter.example',
      url: 'https://jobcenter.example/datenschutz',
    });
  });

  it('shows a stored privacy block and keeps it when another field is saved', async () => {
    const privacy = { controller: 'Jobcenter Berlin Pankow', contact: 'a@jobcenter.example' };
    const el = await fixture<EventForm>(html`<markt-event-form .event=${{ ...event, privacy }}></markt-event-form>`);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#privacyController')!.value).to.equal('Jobcenter Berlin Pankow');
    const heard = oneEvent(el, 'markt-event-save');
    await click(root.querySelector('button[type="submit"]')!);
    expect((await heard).detail.event.privacy).to.deep.equal(privacy);
  });

  it('counts in the summary only the fields it marks (one field with two problems is one field)', async () => {
    const el = await fixture<EventForm>(html`<markt-event-form .event=${event}></markt-event-form>`);
    el.serverIssues = [
      { path: 'venue.name', message: 'must not be empty' },
      { path: 'venue.name', message: 'must be at most 200 characters' },
      { path: 'retentionDays', message: 'must be a whole number' },
    ];
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('input[aria-invalid="true"]').length).to.equal(2);
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('die 2 markierten Felder');
  });

  it('suggests the id from the German title until the id is typed in, and shows the id rule from the start', async () => {
    const el = await fixture<EventForm>(html`<markt-event-form></markt-event-form>`);
    const root = el.shadowRoot!;
    const id = root.querySelector<HTMLInputElement>('#id')!;
    expect(root.querySelector('#id-hint')?.textContent).to.contain('„_“');
    expect(id.getAttribute('aria-describedby')).to.equal('id-hint');
    await typeInto(root.querySelector('#titleDe')!, 'Jobmesse Süd Größe 2026');
    expect(id.value).to.equal('jobmesse-sued-groesse-2026');
    // Once the organizer types an id of their own, the title no longer changes it.
    await click(id);
    id.select();
    await sendKeys({ type: 'jm-sued' });
    await typeInto(root.querySelector('#titleDe')!, ' neu');
    expect(id.value).to.equal('jm-sued');
    await expectAccessible(el);
  });
});
