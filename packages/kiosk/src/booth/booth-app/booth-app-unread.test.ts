import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../../test/axe.js';
import { $, click, until } from '../../shared/test-input.js';
import { lead } from '../test-data.js';
import { liveTablet } from './test-live-tablet.js';

// Runs against the /__test__/ stand-ins of web-test-runner.config.js (HTTP API and socket.io).

describe('markt-booth-app: the "unread" mark of a new contact request (review M9)', () => {
  it('marks a request that arrives live until staff touch its card or change it, and never beside another status than "Neu"', async () => {
    const { el, dashboard, control } = await liveTablet();
    const cardOf = (id: string) =>
      [...dashboard.shadowRoot!.querySelectorAll('markt-lead-card')].find((c) => (c as HTMLElement & { lead?: { id: string } }).lead?.id === id) as HTMLElement;
    const badge = (id: string) => cardOf(id)?.shadowRoot?.querySelector('.badge')?.textContent ?? null;

    control.emit('test:push', [
      { seq: 1, kind: 'lead', item: lead('l1', { contact: { name: 'Ayşe' } }) },
      { seq: 2, kind: 'lead', item: lead('l2', { contact: { name: 'Bora' } }) },
      { seq: 3, kind: 'lead', item: lead('l3', { contact: { name: 'Cem' } }) },
    ]);
    await until(() => dashboard.shadowRoot!.querySelectorAll('markt-lead-card').length === 3);
    await until(() => badge('l1') !== null && badge('l2') !== null && badge('l3') !== null);
    expect(badge('l1')).to.equal('Ungelesen');
    expect(cardOf('l1').hasAttribute('new')).to.equal(true);
    await expectAccessible(el);

    // Staff set a status: the mark goes at once (the select and the mark never disagree).
    const select = $<HTMLSelectElement>(cardOf('l1'), 'select');
    select.value = 'contacted';
    select.dispatchEvent(new Event('change'));
    await until(() => badge('l1') === null);
    expect(cardOf('l1').hasAttribute('new')).to.equal(false);
    expect(select.value).to.equal('contacted');

    // Staff tap into the card (here: the notes field): it has been seen.
    await click($(cardOf('l2'), 'textarea'));
    await until(() => badge('l2') === null);

    // Another tablet of the stand contacted the person: the status arrives, and the mark goes with it.
    expect(badge('l3')).to.equal('Ungelesen');
    control.emit('test:push', [{ seq: 4, kind: 'lead', item: lead('l3', { contact: { name: 'Cem' }, status: 'contacted' }) }]);
    await until(() => $<HTMLSelectElement>(cardOf('l3'), 'select').value === 'contacted');
    await until(() => badge('l3') === null);
    control.disconnect();
    el.remove();
  });
});
