import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OrgApi } from '../api/org-api.js';
import type { OrgSession } from '../api/types.js';
import { errorText } from '../shared/error-text.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { loginFormStyles } from './login-form.styles.js';

/** Detail of `markt-login`. */
export interface LoginDetail {
  session: OrgSession;
}

/**
 * @summary The organizer's sign-in form: e-mail and password; the server's error is announced.
 * @event markt-login - {LoginDetail} signed in
 * @csspart form - the form
 * @csspart error - the announced error
 * @cssproperty --markt-primary - button colour
 * @cssproperty --markt-error - error colour
 * @cssproperty --markt-focus - focus ring colour
 */
export class LoginForm extends OrganizerElement {
  static override styles = loginFormStyles;

  /** The API to sign in with. */
  @property({ attribute: false }) api: Pick<OrgApi, 'login'> | undefined;

  @state() private error = '';
  @state() private busy = false;

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!email || !password) {
      this.error = this.t('login.missing');
      return;
    }
    if (!this.api) return;
    this.busy = true;
    this.error = '';
    try {
      const session = await this.api.login(email, password);
      this.emit<LoginDetail>('markt-login', { session });
    } catch (error) {
      this.error = errorText(error, (key) => this.t(key));
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form part="form" novalidate @submit=${this.#submit} aria-describedby="login-error">
      <h2>${this.t('login.title')}</h2>
      <label for="email">${this.t('login.email')}</label>
      <input id="email" name="email" type="email" autocomplete="username" required aria-invalid=${this.error ? 'true' : 'false'} />
      <label for="password">${this.t('login.password')}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required aria-invalid=${this.error ? 'true' : 'false'} />
      <p id="login-error" part="error" class="error" role="alert">${this.error}</p>
      <button type="submit" ?disabled=${this.busy}>${this.busy ? this.t('login.busy') : this.t('login.submit')}</button>
    </form>`;
  }
}
