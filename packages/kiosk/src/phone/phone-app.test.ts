import { expect } from '@open-wc/testing';
import { ApiClient } from '../net/api-client.js';
import { memoryStorage } from '../net/test-helpers.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../test/axe.js';
import { $, click, text, until } from '../shared/test-input.js';
import { startPhone, tokenFromPath } from './phone-app.js';
import { resetStandIn, standData, submitContact } from './test-data.js';

// Runs against the /__test__/ stand-in API of web-test-runner.config.js until the real server lands.
const testApi = new ApiClient({ baseUrl: '/__test__' });

/** The same API, counting the stand fetches of the page. */
class CountingApi extends ApiClient {
  gets = 0;
  override get<T>(path: string, init?: RequestInit): Promise<T> {
    if (path.startsWith('/api/stand/')) this.gets += 1;
    return super.get<T>(path, init);
  }
}

describe('the phone page app (against the /__test__/ stand-in API)', () => {
  beforeEach(() => resetStandIn());

  it('records the visit once, and sends a contact request made while the server was down exactly once', async () => {
    const storage = memoryStorage();
    const session = memoryStorage();
    storage.setItem('markt.locale', 'en');
    await testApi.post('/api/fail-next', { count: 3 }); // the visit and the first tries of the lead fail with 503
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'tok-12345', api: testApi, storage, session, confirmWithinMs: 50 });
    await until(() => Boolean(app.page.data) && text(app.page.shadowRoot!).includes('What we offer'));

    await submitContact(app.page, 'email', 'visitor@example.org');
    await until(() => app.page.contactStatus !== 'none' && app.page.contactStatus !== 'sending');
    expect(app.page.contactStatus).to.equal('queued');
    expect(text($(app.page, '[role="status"]'))).to.contain('will be sent by itself');

    // A reload of the page (new app over the same storage) must not record a second visit.
    app.stop();
    const again = startPhone(root, { token: 'tok-12345', api: testApi, storage, session });
    await until(() => again.leads.pending === 0 && again.visits.pending === 0, 8000);
    const leads = await testApi.get<{ leads: { key: string; deviceId: string; contact: unknown; consent: { locale: string } }[] }>('/api/leads');
    const visits = await testApi.get<{ visits: { deviceId: string; token: string }[] }>('/api/visits');
    expect(leads.leads).to.have.length(1);
    expect(leads.leads[0]?.contact).to.deep.equal({ email: 'visitor@example.org' });
    expect(leads.leads[0]?.consent.locale).to.equal('en');
    expect(visits.visits).to.have.length(1);
    expect(visits.visits[0]?.token).to.equal('tok-12345');
    // Both under the phone's id for this fair (one id per event), not a phone-wide id.
    const perEvent = JSON.parse(storage.getItem('markt.deviceIds') ?? '{}') as Record<string, string>;
    expect(perEvent['pankow-2026']).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(visits.visits[0]?.deviceId).to.equal(perEvent['pankow-2026']);
    expect(leads.leads[0]?.deviceId).to.equal(perEvent['pankow-2026']);
    expect(storage.getItem('markt.deviceId')).to.equal(null);
    again.stop();
    root.remove();
  });

  it('tells the visitor when the server refuses a contact request for good', async () => {
    await testApi.post('/api/fixture', { path: '/stand/gone-12345', body: standData() });
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'de');
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'gone-12345', api: testApi, storage, session: memoryStorage() });
    await until(() => Boolean(app.page.data) && text(app.page.shadowRoot!).includes('Unsere Angebote'));
    await submitContact(app.page, 'phone', '030 1234567');
    await until(() => app.page.contactStatus === 'failed');
    await app.page.updateComplete;
    expect(text($(app.page, '[role="status"]'))).to.equal('Die Anfrage konnte nicht gesendet werden. Bitte fragen Sie direkt am Stand.');
    expect(app.leads.pending).to.equal(0);
    app.stop();
    root.remove();
  });

  it('works when the phone refuses to store anything (private mode): the page shows and the visit is sent', async () => {
    const refusing = () => {
      const storage = memoryStorage();
      storage.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      return storage;
    };
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'tok-12345', api: testApi, storage: refusing(), session: refusing() });
    await until(() => Boolean(app.page.data));
    await click($(app.page, 'ul[part="offers"] li:first-child button[aria-pressed]'));
    await app.page.updateComplete;
    expect(app.page.saved).to.have.length(1);
    await until(() => app.visits.pending === 0);
    const { visits } = await testApi.get<{ visits: { deviceId: string }[] }>('/api/visits');
    expect(visits).to.have.length(1);
    expect(visits[0]?.deviceId).to.match(/^[A-Za-z0-9_-]{22}$/);
    app.stop();
    root.remove();
  });

  it('says so when a stand code is unknown, and reads the token only from a /s/<token> path', async () => {
    const storage = memoryStorage();
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'unknown-token', api: testApi, storage, session: memoryStorage() });
    await until(() => app.page.problem === 'notFound');
    await app.page.updateComplete;
    expect($(app.page, '[role="alert"]').textContent).to.not.equal('');
    app.stop();
    expect(tokenFromPath('/s/abcDEF12_-')).to.equal('abcDEF12_-');
    expect(tokenFromPath('/s/../x')).to.equal(undefined);
    root.remove();
  });

  it('tells a visitor with an old or unknown stand code that the stand is not part of a current fair and whom to ask, with no empty "My list"', async () => {
    for (const [locale, says] of [['tr', 'danışma masasına'], ['de', 'Infostand']] as const) {
      const storage = memoryStorage();
      storage.setItem('markt.locale', locale);
      const root = document.createElement('main');
      document.body.append(root);
      const app = startPhone(root, { token: 'AAAAAAAAAAAAAAAAAAAAAA', api: testApi, storage, session: memoryStorage() });
      await until(() => app.page.problem === 'notFound' && (app.page.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '').includes(says));
      const alert = text($(app.page, '[role="alert"]'));
      expect(alert, locale).not.to.match(/tekrar tarayın|noch einmal/);
      expect(app.page.shadowRoot!.querySelector('section.saved'), locale).to.equal(null);
      if (locale === 'de') {
        expect(alert).to.contain('nicht (mehr) zu einem aktuellen Markt');
        await expectAccessible(app.page);
      }
      app.stop();
      root.remove();
    }
  });

  it('says "Sending …" at once when the contact form is sent, with the focus on the status line, then what happened', async () => {
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'de');
    const root = document.createElement('main');
    document.body.append(root);
    const app = startPhone(root, { token: 'tok-12345', api: testApi, storage, session: memoryStorage(), confirmWithinMs: 1500 });
    await until(() => Boolean(app.page.data) && text(app.page.shadowRoot!).includes('Unsere Angebote'));
    await testApi.post('/api/fail-next', { count: 100 }); // the server is down: the request waits in the outbox
    await submitContact(app.page, 'email', 'visitor@example.org');
    await until(() => app.page.contactStatus === 'sending');
    await app.page.updateComplete;
    const status = $(app.page, 'p.status');
    expect(text(status)).to.contain('Wird gesendet');
    expect(status.getAttribute('tabindex')).to.equal('-1');
    expect(app.page.shadowRoot!.activeElement).to.equal(status);
    await expectAccessible(app.page);
    // No answer within confirmWithinMs: "saved on this phone" replaces "Sending …" in the same (focused) line.
    await until(() => app.page.contactStatus === 'queued', 5000);
    await app.page.updateComplete;
    expect(text(status)).to.contain('wird von selbst gesendet');
    expect(text(status)).not.to.contain('Wird gesendet');
    app.stop();
    root.remove();
  });

  it('offers "Try again" (keyboard reachable, 44 px) after a failed first load, and loads on it and when back online', async () => {
    const down = { path: '/stand/tok-12345', status: 503, body: { error: { code: 'unavailable', message: 'try again' } } };
    await testApi.post('/api/fixture', down);
    const storage = memoryStorage();
    storage.setItem('markt.locale', 'en');
    // A damaged cached copy (cut short) must not leave the page on "Loading…".
    storage.setItem('markt.stand.tok-12345', '{"event":{"id":"pankow-2026"},"stand":{"num');
    const root = document.createElement('main');
    document.body.append(root);
    const api = new CountingApi({ baseUrl: '/__test__' });
    const app = startPhone(root, { token: 'tok-12345', api, storage, session: memoryStorage() });
    await until(() => app.page.problem === 'offline');
    expect(api.gets).to.equal(1);
    await app.page.updateComplete;
    expect(text($(app.page, '[role="alert"]'))).to.equal('No connection. Please try again in a moment.');
    const retry = $(app.page, 'button.retry');
    expect(text(retry)).to.equal('Try again');
    const box = retry.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    await expectAccessible(app.page);

    // Keyboard: Tab from the language menu reaches the button; Enter tries again (still down: the button keeps the focus).
    $($(app.page, 'markt-locale-select'), 'select').focus();
    await sendKeys({ press: 'Tab' });
    expect(app.page.shadowRoot!.activeElement).to.equal(retry);
    await sendKeys({ press: 'Enter' });
    await until(() => api.gets === 2 && app.page.problem === 'offline');
    await app.page.updateComplete;
    expect(app.page.shadowRoot!.activeElement?.classList.contains('retry')).to.equal(true);

    await testApi.post('/api/fixture', { path: '/stand/tok-12345', body: standData() });
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(app.page.data) && text(app.page.shadowRoot!).includes('What we offer'));
    expect(api.gets).to.equal(3);
    expect(app.page.shadowRoot!.querySelector('button.retry')).to.equal(null);
    expect(JSON.parse(storage.getItem('markt.stand.tok-12345')!)).to.have.nested.property('stand.number', '12');
    app.stop();

    // Back online: the browser's `online` event tries again without a press.
    await testApi.post('/api/fixture', down);
    const offline = startPhone(root, { token: 'tok-12345', api: testApi, storage: memoryStorage(), session: memoryStorage() });
    await until(() => offline.page.problem === 'offline');
    await testApi.post('/api/fixture', { path: '/stand/tok-12345', body: standData() });
    window.dispatchEvent(new Event('online'));
    await until(() => Boolean(offline.page.data));
    expect(offline.page.problem).to.equal('');
    offline.stop();
    root.remove();
  });
});
