import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../test/axe.js';
import { ApiClient } from '../net/api-client.js';
import { deviceId, knownDeviceIds } from '../net/device-id.js';
import { memoryStorage } from '../net/test-helpers.js';
import { $, click, text, until } from '../shared/test-input.js';
import { startPhone, type PhoneApp } from './phone-app.js';
import { jsonAnswer, resetStandIn, standInApi, submitContact } from './test-data.js';

// A visitor takes back their consent on the phone: "Meine Angaben löschen" after a contact request was sent.
// The page runs against the /__test__/ stand-in API of web-test-runner.config.js; that has no DELETE /api/visitor,
// so a fetch stand-in answers that one request (the real route erases visits and leads to the byte:
// packages/server/src/routes/booth.test.ts and test/field/erasure.test.ts).

/** The stand-in API, with DELETE /api/visitor/:id answered by `answer` and recorded. */
const api = (answer: () => Promise<Response>) =>
  standInApi((method, url) => (method === 'DELETE' && url.includes('/api/visitor/') ? answer() : undefined));

const erased = () => jsonAnswer(200, { visits: 1, leads: 1 });

async function sendContact(app: PhoneApp): Promise<void> {
  await submitContact(app.page, 'phone', '030 1234567');
  await until(() => app.page.contactStatus === 'sent');
  await app.page.updateComplete;
}

const eraseButton = (app: PhoneApp) => [...app.page.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Meine Angaben löschen');

describe('the phone page: "Meine Angaben löschen" (fetch stand-in for DELETE /api/visitor)', () => {
  beforeEach(() => resetStandIn());

  it('appears once a contact request was sent, sends DELETE /api/visitor/<device id>, forgets the id and says it is done', async () => {
    const { client, seen } = api(erased);
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'de');
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data) && text(app.page.shadowRoot!).includes('Unsere Angebote'));
    expect(eraseButton(app), 'no delete button before a request was sent').to.equal(undefined);

    await sendContact(app);
    // An earlier fair that answered "closed" is noted on the phone: it tells where this visitor asked.
    storage.setItem('markt.closedEvents', JSON.stringify(['pankow-2025']));
    const id = knownDeviceIds(storage)[0];
    expect(knownDeviceIds(storage)).to.deep.equal([id]);
    expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
    const button = eraseButton(app);
    expect(button, 'a "Meine Angaben löschen" button').to.be.instanceOf(HTMLButtonElement);
    await expectAccessible(app.page);

    await click(button!);
    await until(() => text(app.page.shadowRoot!).includes('Erledigt'));
    expect(seen).to.deep.equal([{ method: 'DELETE', url: `/__test__/api/visitor/${id}` }]);
    expect(knownDeviceIds(storage), 'the device id is forgotten').to.deep.equal([]);
    expect(storage.getItem('markt.closedEvents'), 'the closed fairs are forgotten too').to.equal(null);
    expect(text($(app.page, '.erase [role="status"]'))).to.equal('Erledigt: Die Kontaktanfragen und Besuche von diesem Handy sind gelöscht.');
    expect(eraseButton(app), 'nothing left to delete').to.equal(undefined);
    await expectAccessible(app.page);

    // A reload of the page after the erasure: nothing is offered to delete until the next request.
    app.stop();
    const again = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(again.page.data));
    await again.page.updateComplete;
    expect(eraseButton(again)).to.equal(undefined);
    again.stop();
    root.remove();
  });

  it('stays offered after a reload while a sent request is stored, and keeps the id and says so when deleting fails', async () => {
    let answer = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')); // no network
    const { client, seen } = api(() => answer());
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data));
    await sendContact(app);
    app.stop();

    const again = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(again.page.data));
    await again.page.updateComplete;
    const id = knownDeviceIds(storage)[0];
    const button = [...again.page.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete my details');
    expect(button, 'offered again after the reload').to.be.instanceOf(HTMLButtonElement);
    await click(button!);
    await until(() => text(again.page.shadowRoot!).includes('did not work'));
    expect(knownDeviceIds(storage)).to.deep.equal([id]);
    expect(text($(again.page, '.erase [role="status"]'))).to.equal('Deleting did not work. Please try again in a moment, or ask at the stand.');

    answer = erased;
    await click([...again.page.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete my details')!);
    await until(() => knownDeviceIds(storage).length === 0);
    expect(seen.map((s) => s.url)).to.deep.equal([`/__test__/api/visitor/${id}`, `/__test__/api/visitor/${id}`]);
    again.stop();
    root.remove();
  });

  it('erases only once nothing of this phone waits to be sent (else a queued request would arrive after it)', async () => {
    const stand = new ApiClient({ baseUrl: '/__test__' });
    const { client, seen } = api(erased);
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage(), confirmWithinMs: 50 });
    await until(() => Boolean(app.page.data));
    await sendContact(app);
    const id = knownDeviceIds(storage)[0];
    // A second request while the server fails: it waits in the outbox.
    await stand.post('/api/fail-next', { count: 100 });
    await submitContact(app.page, 'email', 'second@example.org');
    await until(() => app.page.contactStatus === 'queued');
    await app.page.updateComplete;

    const erase = () => [...app.page.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete my details')!;
    await click(erase());
    await until(() => app.page.eraseStatus === 'failed');
    expect(seen, 'no erasure while a request waits').to.deep.equal([]);
    expect(knownDeviceIds(storage)).to.deep.equal([id]);

    await stand.post('/api/fail-next', { count: 0 });
    await click(erase());
    await until(() => app.page.eraseStatus === 'done');
    expect(app.leads.pending).to.equal(0);
    const { leads } = await stand.get<{ leads: { contact: unknown }[] }>('/api/leads');
    expect(leads.map((l) => l.contact)).to.deep.equal([{ phone: '030 1234567' }, { email: 'second@example.org' }]);
    expect(seen.map((s) => s.url)).to.deep.equal([`/__test__/api/visitor/${id}`]);
    expect(knownDeviceIds(storage)).to.deep.equal([]);
    app.stop();
    root.remove();
  });

  it('erases under every id the phone used: the id of this fair, of another fair and the one id of an older version', async () => {
    const { client, seen } = api(erased);
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    storage.setItem('markt.deviceId', 'old_0123456789abcdefghij');
    const other = deviceId('spandau-2025', storage);
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data));
    await sendContact(app);
    await until(() => app.visits.pending === 0);
    const { visits } = await new ApiClient({ baseUrl: '/__test__' }).get<{ visits: { deviceId: string }[] }>('/api/visits');
    const here = visits[0]?.deviceId;
    expect(here, 'this fair has its own id').to.match(/^[A-Za-z0-9_-]{22}$/);
    expect([other, 'old_0123456789abcdefghij']).not.to.include(here);
    await click(eraseButton(app) ?? [...app.page.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete my details')!);
    await until(() => app.page.eraseStatus === 'done');
    expect(seen.map((s) => s.url).sort()).to.deep.equal([here, other, 'old_0123456789abcdefghij'].map((id) => `/__test__/api/visitor/${id}`).sort());
    expect(knownDeviceIds(storage)).to.deep.equal([]);
    app.stop();
    root.remove();
  });
});
