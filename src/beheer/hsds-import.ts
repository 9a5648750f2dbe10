/**
 * "Sociale kaart importeren" (`#sociale-kaart/importeren`, coordinators only; beheer.ts
 * shows others a notice): choose an HSDS 3.0 file, see what would change (the server's dry
 * run: new, updated, unchanged, and the problems per service in plain Dutch), then
 * "Importeren". The file is read in the browser and sent as it is; the server checks it all
 * and stores all of it or nothing (docs/decisions/0014-hsds-import.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../api/errors.ts';
import { formatDateTime } from '../core/dates.ts';
import { importHsdsFile, type HsdsImportResult } from './api.ts';
import type { BeheerHost } from './host.ts';
import { hsdsImportMessages } from './hsds-import-messages.ts';
import { routeHref } from './route.ts';

/** The contract's x-body-limit of the import. */
const MAX_BYTES = 4 * 1024 * 1024;

type Problem = HsdsImportResult['problems'][number];
type Skipped = HsdsImportResult['skipped'][number];

/** Services, organisations and places the file would change but we changed later (left as they are). */
const skippedCount = (r: HsdsImportResult) => (r.services.skipped ?? 0) + (r.organizations.skipped ?? 0) + (r.locations.skipped ?? 0);

export class HsdsImportView {
  private file?: File;
  private document?: unknown;
  private fileError?: string;
  private busy: 'checking' | 'importing' | undefined;
  private preview?: HsdsImportResult;
  /** After "Importeren": what was stored, or why nothing was. */
  private outcome?: { text: string; failed: boolean; problems?: string[] };

  constructor(private readonly host: BeheerHost) {}

  private get m() {
    return hsdsImportMessages(this.host.language);
  }

  show(): void {
    this.file = undefined;
    this.document = undefined;
    this.fileError = undefined;
    this.preview = undefined;
    this.outcome = undefined;
    this.busy = undefined;
  }

  render(): TemplateResult {
    const m = this.m;
    const describedBy = ['hsds-file-hint', this.fileError ? 'hsds-file-error' : ''].filter(Boolean).join(' ');
    return html`<h2 class="view-title">${m.title}</h2>
      <div class="content" aria-busy=${this.busy ? 'true' : 'false'}>
      <p class="meta"><a href=${routeHref({ view: 'services' })}>${m.back}</a></p>
      <p class="intro">${m.intro}</p>
      <form class="hsds-import" novalidate @submit=${(e: Event) => this.check(e)}>
        <div class="field ${this.fileError ? 'has-error' : ''}">
          <label for="hsds-file">${m.file}</label>
          <span class="hint" id="hsds-file-hint">${m.fileHint}</span>
          ${this.fileError ? html`<span class="error" id="hsds-file-error">${this.fileError}</span>` : nothing}
          <input
            id="hsds-file"
            type="file"
            accept=".json,application/json"
            aria-describedby=${describedBy}
            aria-invalid=${this.fileError ? 'true' : 'false'}
            @change=${(e: Event) => this.choose((e.target as HTMLInputElement).files?.[0])}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="primary check" ?disabled=${this.busy !== undefined}>${this.busy === 'checking' ? m.checking : m.check}</button>
        </div>
      </form>
      ${this.preview ? this.renderPreview(this.preview) : nothing}
      ${this.outcome ? this.renderOutcome(this.outcome) : nothing}
      </div>`;
  }

  private problemText(p: Problem): string {
    return `${p.service || this.m.fileAsWhole}: ${p.detail}`;
  }

  private renderList(items: Problem[], className: string): TemplateResult {
    return html`<ul class=${className}>
      ${items.map((p) => html`<li>${this.problemText(p)} <span class="field-name">(${this.m.field} <code>${p.field}</code>)</span></li>`)}
    </ul>`;
  }

  private renderPreview(r: HsdsImportResult): TemplateResult {
    const m = this.m;
    const s = r.services;
    const changes = s.added + s.updated + r.organizations.added + r.organizations.updated + r.categoriesAdded;
    const line = `${m.counts(s.added, s.updated, s.unchanged, s.skipped)}${r.problems.length ? `; ${m.problems(r.problems.length)}` : ''}.`;
    const skipped = skippedCount(r);
    const canImport = !r.problems.length && changes > 0 && !this.outcome?.failed && !(this.outcome && !this.outcome.failed);
    return html`<section class="group import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" tabindex="-1">${m.summaryTitle}</h3>
      <p class="summary-line">${line}</p>
      ${r.organizations.added || r.organizations.updated || r.categoriesAdded
        ? html`<p class="meta">${m.organizations(r.organizations.added, r.organizations.updated)}${r.categoriesAdded ? ` ${m.categories(r.categoriesAdded)}` : ''}</p>`
        : nothing}
      ${r.problems.length
        ? html`<div class="notice problems">
            <p class="ask-text">${m.problems(r.problems.length)}</p>
            ${this.renderList(r.problems, 'problem-list')}
            <p>${m.problemsIntro}</p>
          </div>`
        : nothing}
      ${r.warnings.length
        ? html`<details class="warnings">
            <summary>${m.warnings(r.warnings.length)}</summary>
            <p>${m.warningsIntro}</p>
            ${this.renderList(r.warnings, 'warning-list')}
          </details>`
        : nothing}
      ${skipped ? this.renderSkipped(r.skipped, skipped) : nothing}
      ${!r.problems.length && !changes ? html`<p class="outcome nothing-to-do">${skipped ? m.onlySkipped : m.nothingToDo}</p>` : nothing}
      ${canImport
        ? html`<div class="actions">
            <button type="button" class="primary import" ?disabled=${this.busy !== undefined} @click=${() => this.run()}>
              ${this.busy === 'importing' ? m.importing : m.import}
            </button>
          </div>`
        : nothing}
    </section>`;
  }

  /** What the file would change but we changed later: named, with both times, so the coordinator can ask for a newer file. */
  private renderSkipped(items: Skipped[], count: number): TemplateResult {
    const m = this.m;
    const when = (at: string) => formatDateTime(at, this.host.language);
    return html`<div class="notice skipped">
      <p class="ask-text">${m.skippedTitle(count)}</p>
      <p>${m.skippedIntro}</p>
      <ul class="skipped-list">
        ${items.map(
          (x) => html`<li>${m.skippedRecord[x.record]} "${x.name}": ${m.skippedWhen(when(x.fileModified), when(x.ourModified))}
            <span class="field-name">(${m.field} <code>${x.field}</code>)</span></li>`,
        )}
      </ul>
    </div>`;
  }

  private renderOutcome(o: { text: string; failed: boolean; problems?: string[] }): TemplateResult {
    return html`<div class="outcome import-outcome ${o.failed ? 'failed' : ''}" tabindex="-1">
      <p>${o.text}</p>
      ${o.problems?.length ? html`<ul>${o.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private choose(file: File | undefined): void {
    this.file = file;
    this.document = undefined;
    this.fileError = undefined;
    this.preview = undefined;
    this.outcome = undefined;
    this.host.requestUpdate();
  }

  private refuse(text: string): void {
    this.fileError = text;
    this.host.announce(text);
    this.host.focuser.after('#hsds-file');
    this.host.requestUpdate();
  }

  /** Reads the chosen file and asks the server what importing it would do. */
  private async check(e: Event): Promise<void> {
    e.preventDefault();
    const m = this.m;
    this.preview = undefined;
    this.outcome = undefined;
    if (!this.file) return this.refuse(m.fileMissing);
    if (this.file.size > MAX_BYTES) return this.refuse(m.tooLarge);
    let document: unknown;
    try {
      document = JSON.parse(await this.file.text());
    } catch {
      return this.refuse(m.notJson);
    }
    if (!document || typeof document !== 'object' || !Array.isArray((document as { contents?: unknown }).contents)) return this.refuse(m.notHsds);
    this.fileError = undefined;
    this.document = document;
    this.busy = 'checking';
    this.host.requestUpdate();
    try {
      this.preview = await importHsdsFile(this.host.base, await this.host.csrfToken(), document, true);
      const r = this.preview;
      this.host.announce(`${m.counts(r.services.added, r.services.updated, r.services.unchanged, r.services.skipped)}${r.problems.length ? `; ${m.problems(r.problems.length)}` : ''}.`);
      this.host.focuser.after('#import-preview-title');
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  /** "Importeren": the same file again, now stored (all of it, or nothing). */
  private async run(): Promise<void> {
    const m = this.m;
    if (!this.document) return;
    this.busy = 'importing';
    this.host.requestUpdate();
    try {
      const r = await importHsdsFile(this.host.base, await this.host.csrfToken(), this.document, false);
      this.outcome = { text: m.imported(r.services.added, r.services.updated, r.services.unchanged, r.services.skipped), failed: false };
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = undefined;
    }
    this.host.announce(this.outcome!.text);
    this.host.focuser.after('.import-outcome');
    this.host.requestUpdate();
  }

  private fail(e: unknown): void {
    const m = this.m;
    const error = e instanceof ApiError ? e : new ApiError(0);
    if (error.status === 401) this.host.expire();
    if (error.status === 413) return void (this.outcome = { text: m.tooLarge, failed: true });
    const text =
      error.status === 401 ? this.host.texts.expired : error.status === 403 ? m.forbidden : error.status === 0 ? m.offline : error.status === 422 || error.status === 400 ? m.refused : m.failed;
    const problems = error.status === 422 || error.status === 400 ? (error.problem?.errors ?? []).map((f) => f.detail) : undefined;
    this.outcome = { text, failed: true, ...(problems?.length ? { problems } : {}) };
    this.host.announce(text);
    this.host.focuser.after('.import-outcome');
  }
}
