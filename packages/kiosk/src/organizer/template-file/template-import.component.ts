import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, OrgApi } from '../api/org-api.js';
import { errorText } from '../shared/error-text.js';
import { fieldMessage } from '../shared/field-message.js';
import { fromLocalInput } from '../shared/local-time.js';
import { OrganizerElement } from '../shared/organizer-element.js';

/** Detail of `markt-template-imported`: the id of the new event. */
export interface TemplateImportedDetail {
  id: string;
}

/**
 * The export link of an event's template file (`GET /api/org/events/:id/template`).
 * @param eventId the event
 * @param options whether the file takes the providers (with stands) and their offers
 * @returns the URL, relative to the organizer page's origin
 * @example html`<a href=${templateUrl('fair-1', { providers: true, offers: true })} download>…</a>`
 */
export function templateUrl(eventId: string, options: { providers: boolean; offers: boolean }): string {
  return `/api/org/events/${encodeURIComponent(eventId)}/template?providers=${options.providers ? 1 : 0}&offers=${options.providers && options.offers ? 1 : 0}`;
}

/**
 * @summary "Import template": a template file exported by any organizer (of any tenant) becomes a new event
 * of the own tenant, at the given start and end (`POST /api/org/events/import-template`).
 * @event markt-template-imported - {TemplateImportedDetail} the new event was created
 * @csspart form - the form
 */
export class TemplateImport extends OrganizerElement {
  static override styles = css`
    :host { display: block; }
    form { display: grid; gap: 0.5rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0.75rem; }
    label { display: block; font-weight: 600; }
    input, button { min-height: 44px; font: inherit; }
    .error { color: #a4000f; }
  `;

  /** The organizer API (session and CSRF token). */
  @property({ attribute: false }) api: OrgApi = new OrgApi();

  @state() private error = '';
  @state() private busy = false;

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const file = data.get('templateFile');
    const startsAt = fromLocalInput(String(data.get('templateStartsAt') ?? ''));
    const endsAt = fromLocalInput(String(data.get('templateEndsAt') ?? ''));
    if (!(file instanceof File) || file.size === 0 || !startsAt || !endsAt) {
      this.error = this.t('templateFile.required');
      return;
    }
    let template: unknown;
    try {
      template = JSON.parse(await file.text());
    } catch {
      this.error = this.t('templateFile.notJson');
      return;
    }
    // Any other JSON (a report, another program's export) would only meet the server's English field errors.
    if (typeof template !== 'object' || template === null || (template as { format?: unknown }).format !== 'markt-template') {
      this.error = this.t('templateFile.notTemplate');
      return;
    }
    if (Date.parse(endsAt) < Date.parse(startsAt)) {
      this.error = this.t('clone.endBeforeStart');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const { id } = await this.api.request<TemplateImportedDetail>('POST', '/api/org/events/import-template', { template, startsAt, endsAt });
      form.reset();
      this.emit<TemplateImportedDetail>('markt-template-imported', { id });
    } catch (error) {
      this.error =
        error instanceof ApiError
          ? [errorText(error, (key) => this.t(key)), ...error.details.map((d) => `${d.path}: ${fieldMessage(d.message, (key, params) => this.t(key, params))}`)].join(' ')
          : errorText(error, (key) => this.t(key));
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <p>${this.t('templateFile.intro')}</p>
      <div>
        <label for="templateFile">${this.t('templateFile.file')}</label>
        <input id="templateFile" name="templateFile" type="file" accept="application/json,.json" required />
      </div>
      <div class="row">
        <div>
          <label for="templateStartsAt">${this.t('form.startsAt')}</label>
          <input id="templateStartsAt" name="templateStartsAt" type="datetime-local" required />
        </div>
        <div>
          <label for="templateEndsAt">${this.t('form.endsAt')}</label>
          <input id="templateEndsAt" name="templateEndsAt" type="datetime-local" required />
        </div>
      </div>
      <p class="error" role="alert">${this.error || nothing}</p>
      <div><button type="submit" ?disabled=${this.busy}>${this.t('templateFile.import')}</button></div>
    </form>`;
  }
}
