import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../test/axe.js';
import { OrgApi } from '../api/org-api.js';
import { answering, click, typeInto } from '../test-helpers.js';
import type { LoginForm } from './login-form.js';
import './login-form.js';

describe('markt-login-form', () => {
  it('is accessible: every field has a label, the error region is an alert', async () => {
    const el = await fixture<LoginForm>(html`<markt-login-form></markt-login-form>`);
    await expectAccessible(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('label[for="email"]')?.textContent).to.equal('E-Mail-Adresse');
    expect(root.querySelector('[part="error"]')?.getAttribute('role')).to.equal('alert');
  });

  it("shows the server's error after a failed sign-in (server answer from an injected fetch)", async () => {
    const server = answering(401, { error: { code: 'invalid_credentials', message: 'E-Mail oder Passwort stimmen nicht.' } });
    const api = new OrgApi({ fetch: server.fetch });
    const el = await fixture<LoginForm>(html`<markt-login-form .api=${api}></markt-login-form>`);
    const root = el.shadowRoot!;
    await typeInto(root.querySelector('#email')!, 'amt@jobcenter.example');
    await typeInto(root.querySelector('#password')!, 'falsch');
    await click(root.querySelector('button[type="submit"]')!);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(root.querySelector('[part="error"]')?.textContent).to.equal('E-Mail oder Passwort stimmen nicht.');
    expect(root.querySelector('#email')?.getAttribute('aria-invalid')).to.equal('true');
    expect(server.calls).to.have.length(1);
    expect(server.calls[0]!.url).to.equal('/api/auth/login');
    expect(JSON.parse(String(server.calls[0]!.init?.body))).to.deep.equal({ email: 'amt@jobcenter.example', password: 'falsch' });
  });

  it('signs in with Enter, keeps the CSRF token and reports the session', async () => {
    const session = { user: { id: 'u1', email: 'amt@jobcenter.example' }, tenant: { id: 't1', name: 'Jobcenter Pankow' }, csrfToken: 'csrf-1' };
    const server = answering(200, session);
    const api = new OrgApi({ fetch: server.fetch });
    const el = await fixture<LoginForm>(html`<markt-login-form .api=${api}></markt-login-form>`);
    const root = el.shadowRoot!;
    await typeInto(root.querySelector('#email')!, 'amt@jobcenter.example');
    await typeInto(root.querySelector('#password')!, 'geheim');
    const heard = oneEvent(el, 'markt-login');
    await sendKeys({ press: 'Enter' });
    const event = await heard;
    expect(event.detail.session.tenant.name).to.equal('Jobcenter Pankow');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(api.csrfToken).to.equal('csrf-1');
  });

  it('sends nothing and says what is missing when a field is empty', async () => {
    const server = answering(200, {});
    const el = await fixture<LoginForm>(html`<markt-login-form .api=${new OrgApi({ fetch: server.fetch })} locale="en"></markt-login-form>`);
    await click(el.shadowRoot!.querySelector('button[type="submit"]')!);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.equal('Please enter your e-mail address and password.');
    expect(server.calls).to.have.length(0);
  });
  it("says the real server's refusals in the page's language, not in the server's English", async () => {
    // As packages/server/src/routes/auth.ts answers a wrong password.
    const server = answering(401, { error: { code: 'BAD_LOGIN', message: 'The e-mail address or the password is wrong.' } });
    const el = await fixture<LoginForm>(html`<markt-login-form .api=${new OrgApi({ fetch: server.fetch })}></markt-login-form>`);
    const root = el.shadowRoot!;
    await typeInto(root.querySelector('#email')!, 'amt@jobcenter.example');
    await typeInto(root.querySelector('#password')!, 'falsch');
    await click(root.querySelector('button[type="submit"]')!);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(root.querySelector('[part="error"]')?.textContent).to.equal('E-Mail-Adresse oder Passwort ist falsch.');

    // No connection at all: the API client's own (English) text is translated too.
    const offline = new OrgApi({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const el2 = await fixture<LoginForm>(html`<markt-login-form .api=${offline}></markt-login-form>`);
    const root2 = el2.shadowRoot!;
    await typeInto(root2.querySelector('#email')!, 'amt@jobcenter.example');
    await typeInto(root2.querySelector('#password')!, 'geheim');
    await click(root2.querySelector('button[type="submit"]')!);
    await new Promise((r) => setTimeout(r, 50));
    await el2.updateComplete;
    expect(root2.querySelector('[part="error"]')?.textContent).to.equal(
      'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es noch einmal.',
    );
    el2.locale = 'en';
    await click(root2.querySelector('button[type="submit"]')!);
    await new Promise((r) => setTimeout(r, 50));
    await el2.updateComplete;
    expect(root2.querySelector('[part="error"]')?.textContent).to.equal('The server cannot be reached. Check the connection and try again.');
  });
});
