import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, text, type, until } from '../../shared/test-input.js';
import { lead } from '../test-data.js';
import { liveTablet, testApi } from './test-live-tablet.js';

// Runs against the /__test__/ stand-ins of web-test-runner.config.js (HTTP API and socket.io): the other tablet
// of the stand is played by the control socket, which pushes the lead with its note as the server does.

describe('markt-booth-app: a note typed while the other tablet saves one (review 2, H1)', () => {
  it('keeps the typed text through a pushed note, and "Meine Notiz behalten" PATCHes the typed text', async () => {
    const { el, dashboard, control } = await liveTablet();
    control.emit('test:push', [{ seq: 1, kind: 'lead', item: lead('l1', { contact: { name: 'Ayşe' }, notes: 'Erstgespräch' }) }]);
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 1);
    const card = $(dashboard, 'markt-lead-card');
    await new Promise((resolve) => setTimeout(resolve, 100)); // the page stands still
    const area = $<HTMLTextAreaElement>(card, 'textarea');
    await until(() => area.value === 'Erstgespräch');

    await type(area, ', ruft nach 16 Uhr zurück, spricht Polnisch');
    control.emit('test:push', [{ seq: 2, kind: 'lead', item: lead('l1', { contact: { name: 'Ayşe' }, notes: 'Note from tablet B' }) }]);
    await until(() => text(card.shadowRoot!).includes('Auf dem anderen Tablet geändert'));
    expect(area.value).to.equal('Erstgespräch, ruft nach 16 Uhr zurück, spricht Polnisch');
    expect(text($(card, '.notes-conflict'))).to.contain('Note from tablet B');
    await expectAccessible(el);

    await click([...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Meine Notiz behalten')!);
    await until(() => card.shadowRoot!.querySelector('.notes-conflict') === null);
    const sent = async () => (await testApi.get<{ patches: { id: string; patch: { notes?: string } }[] }>('/api/patches')).patches;
    let patches: Awaited<ReturnType<typeof sent>> = [];
    for (let i = 0; i < 100 && patches.length === 0; i += 1) {
      patches = await sent();
      if (patches.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(patches.map((p) => ({ id: p.id, notes: p.patch.notes }))).to.deep.equal([{ id: 'l1', notes: 'Erstgespräch, ruft nach 16 Uhr zurück, spricht Polnisch' }]);
    expect(area.value).to.equal('Erstgespräch, ruft nach 16 Uhr zurück, spricht Polnisch');
    control.disconnect();
    el.remove();
  });
});
