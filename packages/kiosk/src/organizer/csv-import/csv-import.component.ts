import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, type OrgApi } from '../api/org-api.js';
import type { OrganizerKey } from '../messages/index.js';
import { errorText } from '../shared/error-text.js';
import { OrganizerElement } from '../shared/organizer-element.js';
import { csvImportStyles } from './csv-import.styles.js';
import { decodeCsv } from './decode.js';
import { rowErrorField, rowErrorText, rowErrors, type RowError } from './row-errors.js';

/** The part of the API the import uses (injectable for tests). */
export type ImportApi = Pick<OrgApi, 'importCsv'>;

/** What a CSV file holds. */
export type ImportKind = 'providers' | 'offers' | 'radar' | 'stands';

/** Detail of `markt-import-done`. */
export interface ImportDoneDetail {
  kind: ImportKind;
  imported: number;
}

const KINDS: readonly ImportKind[] = ['providers', 'offers', 'stands', 'radar'];

/** The code columns of a kind, each with its codes and the prefix of their labels (the server accepts codes and labels). */
const CODE_COLUMNS: Readonly<Partial<Record<ImportKind, readonly [string, 'pk' | 'ok' | 'tg', readonly string[]][]>>> = {
  providers: [['kind', 'pk', ['training', 'integration', 'counselling', 'employer', 'jobcenter', 'network']]],
  offers: [
    ['kind', 'ok', ['qualification', 'integration', 'job', 'apprenticeship', 'counselling', 'self-employment', 'health', 'language']],
    ['targetGroups', 'tg', ['under-25', 'over-45', 'over-50', 'single-parents', 'migrants', 'disability', 'returners', 'long-term-unemployed']],
  ],
};

/**
 * @summary CSV import of providers, offers, stands or radar rows. The columns the chosen kind needs are
 * named under the file field. The server imports all rows or none; when rows are bad, every one is listed
 * with its line and field, and "import only the valid rows" is offered as an explicit second step. A progress
 * bar shows reading and sending. Listeners of `markt-import-done` reload what they show of that kind.
 * @event markt-import-done - {ImportDoneDetail} rows were imported
 * @csspart progress - the progress bar
 * @csspart errors - the list of bad rows
 * @cssproperty --markt-error - colour of the error list's edge
 */
export class CsvImport extends OrganizerElement {
  static override styles = csvImportStyles;

  /** The API (an {@link OrgApi} or a stand-in). */
  @property({ attribute: false }) api: ImportApi | undefined;
  /** The event to import into. */
  @property({ attribute: 'event-id' }) eventId = '';

  @state() private progress: number | undefined;
  @state() private busy = false;
  @state() private errors: RowError[] = [];
  /** The kind of the file the errors are about (the allowed values are named by the labels of that kind). */
  @state() private errorsKind: ImportKind = 'providers';
  @state() private message = '';
  /** The kind chosen in the form (its columns are named under the file field). */
  @state() private kind: ImportKind = 'providers';
  #pending: { kind: ImportKind; text: string } | undefined;

  #read(file: File): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onprogress = (e) => {
        if (e.lengthComputable) this.progress = Math.round((e.loaded / e.total) * 50);
      };
      reader.onload = () => resolve(decodeCsv(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
      // Bytes, not readAsText: a file from German Excel is Windows-1252, not UTF-8 (decodeCsv tells them apart).
      reader.readAsArrayBuffer(file);
    });
  }

  async #start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const file = data.get('file');
    const kind = String(data.get('kind')) as ImportKind;
    if (!(file instanceof File) || file.size === 0 || !KINDS.includes(kind)) return;
    this.busy = true;
    this.progress = 0;
    this.errors = [];
    this.message = '';
    try {
      let text: string;
      try {
        text = await this.#read(file);
      } catch {
        // Locked by another program, or changed on disk since it was chosen: say so, do not hang.
        this.progress = undefined;
        this.message = this.t('import.unreadable');
        return;
      }
      this.#pending = { kind, text };
      await this.#send(false);
    } finally {
      this.busy = false;
    }
  }

  async #send(validOnly: boolean): Promise<void> {
    const pending = this.#pending;
    if (!pending || !this.api) return;
    this.busy = true;
    this.progress = 50;
    try {
      this.errorsKind = pending.kind;
      const result = await this.api.importCsv(this.eventId, pending.kind, pending.text, validOnly);
      this.progress = 100;
      this.errors = validOnly ? rowErrors(result.errors ?? []) : [];
      this.message =
        result.updated === undefined
          ? this.t('import.done', { count: result.imported })
          : this.t('import.doneUpdated', { count: result.imported, updated: result.updated });
      this.#pending = validOnly ? undefined : this.#pending;
      this.emit<ImportDoneDetail>('markt-import-done', { kind: pending.kind, imported: result.imported });
    } catch (error) {
      this.progress = undefined;
      if (error instanceof ApiError && error.details.length > 0) {
        this.errors = rowErrors(error.details as { path: string; message: string; line?: unknown; code?: unknown; params?: unknown }[]);
        const lines = new Set(this.errors.map((e) => e.line ?? e.field));
        this.message = this.t('import.errors', { count: lines.size });
      } else {
        this.message = this.t('app.error', { message: errorText(error, (key) => this.t(key)) });
      }
    } finally {
      this.busy = false;
    }
  }

  /** One error's line in the list, in the page's language. */
  #errorText(e: RowError): string {
    const t = (key: OrganizerKey, params?: Readonly<Record<string, string | number>>) => this.t(key, params);
    const message = rowErrorText(e, this.errorsKind, t);
    if (e.line === undefined) return `${e.field}: ${message}`;
    const field = rowErrorField(e.field, t);
    return field ? this.t('import.row', { line: e.line, field, message }) : this.t('import.rowOnly', { line: e.line, message });
  }

  /** The values the chosen kind's code columns take, by the labels the pages show ('' for a kind without). */
  #valuesHint(): string {
    const columns = CODE_COLUMNS[this.kind];
    if (!columns) return '';
    const list = columns.map(([field, prefix, codes]) => `${field}: ${codes.map((code) => this.t(`${prefix}.${code}` as OrganizerKey)).join(', ')}`);
    return this.t('import.values', { values: list.join('; ') });
  }

  override render() {
    const valuesHint = this.#valuesHint();
    // Only rows can be skipped: an error in the header row (1) or in the file as a whole blocks every row.
    const canChooseValidOnly =
      this.errors.length > 0 && this.errors.every((e) => e.line !== undefined && e.line > 1) && this.#pending !== undefined && !this.busy;
    return html`<h3>${this.t('import.title')}</h3>
      <form @submit=${this.#start}>
        <label for="kind">${this.t('import.kind')}</label>
        <select id="kind" name="kind" aria-describedby="replace-hint" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as ImportKind)}>
          ${KINDS.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${this.t(`import.kind.${k}`)}</option>`)}
        </select>
        <p id="replace-hint" class="hint">${this.t('import.replaceHint')}</p>
        <label for="file">${this.t('import.file')}</label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" required aria-describedby=${valuesHint ? 'columns-hint values-hint' : 'columns-hint'} />
        <p id="columns-hint" class="hint">${this.t(`import.columns.${this.kind}`)}</p>
        ${valuesHint ? html`<p id="values-hint" class="hint">${valuesHint}</p>` : nothing}
        <button type="submit" ?disabled=${this.busy}>${this.t('import.start')}</button>
      </form>
      ${this.progress !== undefined
        ? html`<progress part="progress" aria-label=${this.t('import.progress')} max="100" value=${this.busy && this.progress >= 50 ? nothing : this.progress}></progress>`
        : nothing}
      <p class="status" role="status">${this.message}</p>
      ${this.errors.length > 0
        ? html`<p id="lines-hint" class="hint">${this.t('import.linesHint')}</p>
            <ul class="row-errors" part="errors" aria-describedby="lines-hint">
              ${this.errors.map((e) => html`<li data-line=${e.line ?? ''}>${this.#errorText(e)}</li>`)}
            </ul>`
        : nothing}
      ${canChooseValidOnly
        ? html`<p id="valid-only-hint">${this.t('import.validOnlyHint')}</p>
            <button type="button" class="secondary valid-only" aria-describedby="valid-only-hint" @click=${() => this.#send(true)}>${this.t('import.validOnly')}</button>`
        : nothing}`;
  }
}
