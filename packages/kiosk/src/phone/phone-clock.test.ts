import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../test/axe.js';
import { ApiClient } from '../net/api-client.js';
import { serverClock } from '../net/server-clock.js';
import { memoryStorage } from '../net/test-helpers.js';
import { $, text, until } from '../shared/test-input.js';
import { startPhone } from './phone-app.js';
import { jsonAnswer, reachData, resetStandIn, submitContact } from './test-data.js';

// A phone whose clock runs 10 minutes ahead of the server's, and contact requests the server refuses later.
// The /__test__/ stand-in API of web-test-runner.config.js answers (it stores visits and leads); a fetch stand-in
// in front of it plays the server's clock (every answer's `Date` header is 10 minutes behind the page's clock)
// and its check of `consent.at` (packages/server/src/store/leads.ts: 400 when more than 5 minutes after the
// server's time or more than 7 days before it), and can refuse leads (400) or drop them (no network).

const MINUTE = 60_000;
const SERVER_BEHIND = 10 * MINUTE;
const serverNow = () => Date.now() - SERVER_BEHIND;

type LeadAnswer = 'rule' | 'offline' | 'invalid';

/** An ApiClient for the stand-in whose answers carry the server's Date, and whose lead POSTs get `leads()`'s answer. */
function skewedApi(leads: () => LeadAnswer): { client: ApiClient; refused: string[] } {
  const refused: string[] = [];
  const refuse = (path: string, message: string) => {
    refused.push(path);
    return jsonAnswer(400, { error: { code: 'INVALID_INPUT', message: 'Some fields are missing or invalid: see details.', details: [{ path, message }] } });
  };
  const client = new ApiClient({
    baseUrl: '/__test__',
    fetch: async (input, init) => {
      let response: Response;
      if (init?.method === 'POST' && String(input).endsWith('/leads')) {
        const mode = leads();
        if (mode === 'offline') throw new TypeError('Failed to fetch');
        const at = Date.parse((JSON.parse(String(init.body)) as { consent: { at: string } }).consent.at);
        if (mode === 'invalid') response = await refuse('offerId', "is not one of this provider's offers");
        else if (!(at <= serverNow() + 5 * MINUTE)) response = await refuse('consent.at', "must not be later than the server's time (plus 5 minutes)");
        else if (!(at >= serverNow() - 7 * 24 * 60 * MINUTE)) response = await refuse('consent.at', "must not be more than 7 days before the server's time");
        else response = await fetch(input, init);
      } else {
        response = await fetch(input, init);
      }
      const headers = new Headers(response.headers);
      headers.set('date', new Date(serverNow()).toUTCString());
      return new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers });
    },
  });
  return { client, refused };
}

/** The leads the stand-in took, with their consent time. */
async function takenLeads(): Promise<{ consent: { at: string } }[]> {
  return (await new ApiClient({ baseUrl: '/__test__' }).get<{ leads: { consent: { at: string } }[] }>('/api/leads')).leads;
}

describe('the phone page with a clock 10 minutes ahead of the server, and refused contact requests', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    serverClock.forget();
    await resetStandIn(reachData());
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => {
    root.remove();
    serverClock.forget();
  });

  it("gets the contact request through: consent.at is in the server's time, learned from the stand's answer", async () => {
    const { client, refused } = skewedApi(() => 'rule');
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data));
    const before = serverNow();
    await submitContact(app.page, 'phone', '030 1234567');
    await until(() => app.page.contactStatus !== 'none' && app.page.contactStatus !== 'sending');
    expect(refused).to.deep.equal([]);
    expect(app.page.contactStatus).to.equal('sent');
    const [lead] = await takenLeads();
    expect(Date.parse(lead!.consent.at)).to.be.within(before - 1000, serverNow() + 1000);
    app.stop();
  });

  it('a request saved to be sent later and refused (400) then: the open page says it was not sent, and whom to ask', async () => {
    let mode: LeadAnswer = 'offline';
    const { client, refused } = skewedApi(() => mode);
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage(), confirmWithinMs: 50 });
    await until(() => Boolean(app.page.data));
    await submitContact(app.page, 'email', 'visitor@example.org');
    await until(() => app.page.contactStatus === 'queued');
    mode = 'invalid';
    window.dispatchEvent(new Event('online'));
    await until(() => refused.length === 1 && app.leads.pending === 0);
    await until(() => app.page.contactStatus !== 'queued');
    await app.page.updateComplete;
    expect(app.page.contactStatus).to.equal('refused');
    expect(text($(app.page, '.status[role="status"]'))).to.equal(`Your saved request to ${reachData().provider.name} was not sent. Please ask at the stand.`);
    expect(storage.getItem('markt.contactSent'), 'nothing to delete: no request was taken').to.equal(null);
    await expectAccessible(app.page);
    app.stop();
  });

  it('says it on the next opening of the page when the refusal comes then, in German', async () => {
    let mode: LeadAnswer = 'offline';
    const { client, refused } = skewedApi(() => mode);
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'de');
    const first = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage(), confirmWithinMs: 50 });
    await until(() => Boolean(first.page.data));
    await submitContact(first.page, 'phone', '030 1234567');
    await until(() => first.page.contactStatus === 'queued');
    first.stop();

    mode = 'invalid';
    const again = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => refused.length === 1 && again.page.contactStatus !== 'none');
    await again.page.updateComplete;
    expect(text($(again.page, '.status[role="status"]'))).to.equal(
      `Ihre gespeicherte Anfrage an ${reachData().provider.name} wurde nicht gesendet. Bitte fragen Sie direkt am Stand.`,
    );
    expect(again.page.closedEvents, 'a 400 is not "the fair is over"').to.deep.equal([]);
    again.stop();
  });
});
