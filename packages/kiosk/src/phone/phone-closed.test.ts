import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../test/axe.js';
import { memoryStorage } from '../net/test-helpers.js';
import { $, text, until } from '../shared/test-input.js';
import { startPhone, type PhoneApp } from './phone-app.js';
import { jsonAnswer, reachData, resetStandIn, standData, standInApi, submitContact, type SeenRequest } from './test-data.js';

// A fair past its retention period: the server refuses every new visit and lead with 410 and
// `{ error: { code: 'EVENT_CLOSED' } }` (packages/server/src/store/retention.ts). The /__test__/ stand-in API of
// web-test-runner.config.js cannot answer so; a fetch stand-in gives the server's answer for the POSTs we choose.

const CLOSED_DE = 'Dieser Markt ist vorbei. Anfragen werden nicht mehr angenommen. Bitte wenden Sie sich direkt an den Anbieter.';
const CLOSED_EN = 'This fair is over. Requests are no longer accepted. Please contact the provider directly.';

/** The server's answer to a write for a closed event, as `eventClosed()` words it. */
const closed = () =>
  jsonAnswer(410, { error: { code: 'EVENT_CLOSED', message: 'Event "pankow-2026" has ended and its retention period is over: it takes no more visits or contact requests; drop this item.' } });

type Answer = 'closed' | 'offline' | 'pass';

/** The stand-in API where POSTs of visits and leads get the answer the test sets (`closed`, no network, or the stand-in's own). */
function closingApi(): { client: ReturnType<typeof standInApi>['client']; seen: SeenRequest[]; set: (what: { visits?: Answer; leads?: Answer }) => void } {
  const now: Record<'visits' | 'leads', Answer> = { visits: 'pass', leads: 'pass' };
  const { client, seen } = standInApi((method, url) => {
    const kind = /\/(visits|leads)$/.exec(url)?.[1] as 'visits' | 'leads' | undefined;
    if (method !== 'POST' || !kind || now[kind] === 'pass') return undefined;
    return now[kind] === 'closed' ? closed() : Promise.reject(new TypeError('Failed to fetch'));
  });
  return { client, seen, set: (what) => Object.assign(now, what) };
}

const leadPosts = (seen: SeenRequest[]) => seen.filter((s) => s.url.endsWith('/leads')).length;
const contactButtons = (app: PhoneApp) =>
  [...app.page.shadowRoot!.querySelectorAll('button')].filter((b) => ['Bitte kontaktieren Sie mich', 'Contact me', 'Dazu Kontakt aufnehmen', 'Contact me about this'].includes(b.textContent?.trim() ?? ''));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the phone page when the fair is over (410 EVENT_CLOSED from a fetch stand-in)', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    await resetStandIn(reachData());
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('drops a contact request answered 410 EVENT_CLOSED, never sends it again, and says the fair is over with the way to the provider', async () => {
    const { client, seen, set } = closingApi();
    set({ leads: 'closed' });
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'de');
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data) && text(app.page.shadowRoot!).includes('Unsere Angebote'));
    await submitContact(app.page, 'phone', '030 1234567');
    await until(() => app.page.contactStatus !== 'none' && app.page.contactStatus !== 'sending');
    await app.page.updateComplete;
    expect(app.page.contactStatus).to.equal('closed');
    const status = $(app.page, '.status[role="status"]');
    expect(text(status)).to.equal(CLOSED_DE);
    // The page shows the provider's own ways (its website and the offers' contacts): the message points at them.
    const reach = $(app.page, '.closed');
    expect(text(reach)).to.contain('Wie Sie Bildung <script>window.__pwned = 1</script> & Co erreichen, steht auf dieser Seite.');
    expect($<HTMLAnchorElement>(reach, 'a.website').href).to.equal('https://bildung.example/pankow');
    expect(contactButtons(app), 'no form that cannot be sent any more').to.deep.equal([]);
    expect(app.leads.pending).to.equal(0);
    expect(storage.getItem('markt.outbox.leads')).to.equal('[]');
    expect(storage.getItem('markt.contactSent'), 'nothing to delete: no request was taken').to.equal(null);
    window.dispatchEvent(new Event('online'));
    await wait(100);
    expect(leadPosts(seen), 'sent once, never again').to.equal(1);
    await expectAccessible(app.page);
    app.stop();
  });

  it('says it in Arabic, right to left, on a page marked lang="ar" dir="rtl"', async () => {
    const { client, set } = closingApi();
    set({ leads: 'closed' });
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'ar');
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data) && app.page.getAttribute('lang') === 'ar');
    await submitContact(app.page, 'email', 'visitor@example.org');
    await until(() => app.page.contactStatus === 'closed');
    await app.page.updateComplete;
    expect(text($(app.page, '.status[role="status"]'))).to.equal('انتهى هذا المعرض. لم تعد الطلبات مقبولة. يُرجى التواصل مع مقدّم الخدمة مباشرةً.');
    expect([app.page.getAttribute('lang'), app.page.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect([document.documentElement.lang, document.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
    await expectAccessible(app.page);
    app.stop();
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  });

  it('a request queued offline that meets 410 later: never told "sent", dropped, and said when the page is open again', async () => {
    const { client, seen, set } = closingApi();
    set({ leads: 'offline' });
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    const first = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage(), confirmWithinMs: 50 });
    await until(() => Boolean(first.page.data));
    await submitContact(first.page, 'email', 'visitor@example.org');
    await until(() => first.page.contactStatus === 'queued');
    expect(first.leads.pending).to.equal(1);
    first.stop(); // the visitor closes the page

    set({ leads: 'closed' }); // weeks later, the fair's data is deleted
    const again = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => again.leads.pending === 0 && Boolean(again.page.data));
    await until(() => again.page.contactStatus !== 'none');
    await again.page.updateComplete;
    expect(again.page.contactStatus).to.equal('unsent');
    const provider = reachData().provider.name;
    expect(text($(again.page, '.status[role="status"]'))).to.equal(`Your saved request to ${provider} was not sent. ${CLOSED_EN}`);
    expect(storage.getItem('markt.contactSent')).to.equal(null);
    expect(storage.getItem('markt.outbox.leads')).to.equal('[]');
    expect(contactButtons(again)).to.deep.equal([]);
    await expectAccessible(again.page);
    again.stop();

    // Opened once more: the fair stays over on this phone (no form that cannot be sent), nothing is sent.
    const posts = leadPosts(seen);
    const third = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(third.page.data));
    await third.page.updateComplete;
    expect(text($(third.page, '.status[role="status"]'))).to.equal(CLOSED_EN);
    expect(contactButtons(third)).to.deep.equal([]);
    expect(leadPosts(seen)).to.equal(posts);
    third.stop();
  });

  it('drops a queued visit that meets 410 silently: nothing for the visitor to do', async () => {
    await resetStandIn(standData());
    const { client, seen, set } = closingApi();
    set({ visits: 'closed' });
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    const app = startPhone(root, { token: 'tok-12345', api: client, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data) && app.visits.pending === 0);
    await app.page.updateComplete;
    expect(seen.filter((s) => s.url.endsWith('/visits'))).to.have.length(1);
    expect(storage.getItem('markt.outbox.visits')).to.equal('[]');
    expect(app.page.contactStatus).to.equal('none');
    expect(text($(app.page, '.status[role="status"]'))).to.equal('');
    expect(contactButtons(app).length, 'the contact buttons stay: only a refused request says the fair is over').to.be.greaterThan(0);
    app.stop();
  });
});
