/**
 * "Sociale kaart": the services this account looks after, when each was last checked, and
 * "Nog actueel"; `#sociale-kaart/verouderd` lists those not checked for over 12 months,
 * oldest first. A checked service stays where it is (marked checked today), so the list
 * does not jump under the person's hands; the stale count goes down at once. Each service
 * has "Bewerken", and "Nieuwe dienst" adds one, in the editor (service-editor.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { formatDate } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import { assureService, type BeheerService, type BeheerServicePage } from './api.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { servicesMessages } from './services-messages.ts';
import { NEW_SERVICE, ServiceEditor } from './service-editor.ts';
import { serviceEditorMessages } from './service-editor-messages.ts';
import { hsdsImportMessages } from './hsds-import-messages.ts';
import { fact, renderData } from './shared.ts';

const MAX = 500; // the contract's largest `limit`; a village has a few hundred services at most

export class ServicesView {
  private stale = false;
  private mode: 'list' | 'editor' = 'list';
  private readonly editor: ServiceEditor;
  /** Per service: busy, or the answer to "Nog actueel". */
  private outcomes = new Map<string, { busy?: boolean; text?: string; failed?: boolean }>();
  readonly task: Task<readonly [string, boolean], { key: string; data: BeheerServicePage }>;

  constructor(private readonly host: BeheerHost) {
    this.editor = new ServiceEditor(host);
    this.task = new Task(host, {
      task: async ([api, stale], { signal }) => ({
        key: String(stale),
        data: await getJson(api, '/v1/beheer/services', { ...(stale ? { stale: true } : {}), limit: MAX }, signal),
      }),
      args: () => [this.host.base, this.stale] as const,
      autoRun: false,
    });
  }

  private get m() {
    return servicesMessages(this.host.language);
  }

  show(stale: boolean): void {
    this.mode = 'list';
    this.editor.hide();
    this.stale = stale;
    this.outcomes.clear();
    void this.task.run();
  }

  /** `#sociale-kaart/dienst/<id>`, or `#sociale-kaart/nieuw`: the editor. */
  showEditor(id: string): void {
    this.mode = 'editor';
    this.editor.show(id);
  }

  render(canImport = false): TemplateResult {
    if (this.mode === 'editor') return this.editor.render();
    const m = this.m;
    const staleCount = this.task.value?.data.staleCount;
    const links: [string, boolean][] = [
      [m.all, false],
      [staleCount === undefined ? m.staleMark : m.stale(staleCount), true],
    ];
    return html`<h2 class="view-title">${m.title}</h2>
      <p class="meta">${this.stale ? m.staleIntro : m.intro}</p>
      <p class="add"><a class="button primary add-service" href=${routeHref({ view: 'service', id: NEW_SERVICE })}>${serviceEditorMessages(this.host.language).add}</a></p>
      ${canImport ? html`<p class="import-link"><a href=${routeHref({ view: 'hsds-import' })}>${hsdsImportMessages(this.host.language).link}</a></p>` : nothing}
      <nav class="filter" aria-label=${m.filter}>
        <span class="filter-label" aria-hidden="true">${m.filter}:</span>
        <ul>
          ${links.map(
            ([label, stale]) =>
              html`<li><a class="chip" href=${routeHref({ view: 'services', stale })} aria-current=${stale === this.stale ? 'page' : 'false'}>${label}</a></li>`,
          )}
        </ul>
      </nav>
      ${renderData(this.host, this.task, String(this.stale), (page) => this.renderPage(page))}`;
  }

  private renderPage(page: BeheerServicePage): TemplateResult {
    const m = this.m;
    if (!page.items.length) return renderEmpty(this.stale ? m.emptyStale : m.empty);
    return html`<p class="count-line">${m.count(page.items.length, page.total)}</p>
      <ul class="cards services">
        ${page.items.map((s) => this.renderService(s))}
      </ul>`;
  }

  private renderService(s: BeheerService): TemplateResult {
    const m = this.m;
    const outcome = this.outcomes.get(s.id) ?? {};
    return html`<li class="card service ${s.stale ? 'stale' : 'current'}" data-id=${s.id}>
      <h3>${s.name}</h3>
      ${s.stale ? html`<p class="badge stale">${m.staleMark}</p>` : nothing}
      <dl class="facts">
        ${fact(m.organization, s.organization.name)}
        ${fact(m.kind, m.kinds[s.kind])}
        ${s.status === 'active' ? nothing : fact(m.status, m.statuses[s.status] ?? s.status)}
      </dl>
      <p class="checked">${m.checkedOn(formatDate(s.assuredDate, this.host.language))}</p>
      <div class="actions">
        <button type="button" class="primary assure" ?disabled=${outcome.busy} @click=${() => this.assure(s)}>
          ${m.assure}<span class="visually-hidden"> – ${s.name}</span>
        </button>
        <a class="button edit" href=${routeHref({ view: 'service', id: s.id })}>${serviceEditorMessages(this.host.language).edit}<span class="visually-hidden"> – ${s.name}</span></a>
      </div>
      ${outcome.text ? html`<p class="outcome ${outcome.failed ? 'failed' : ''}" tabindex="-1">${outcome.text}</p>` : nothing}
    </li>`;
  }

  private async assure(s: BeheerService): Promise<void> {
    const m = this.m;
    const outcome: { busy?: boolean; text?: string; failed?: boolean } = { busy: true };
    this.outcomes.set(s.id, outcome);
    this.host.requestUpdate();
    try {
      const checked = await assureService(this.host.base, await this.host.csrfToken(), s.id);
      const page = this.task.value?.data;
      const at = page?.items.findIndex((x) => x.id === s.id) ?? -1;
      if (page && at >= 0) {
        if (page.items[at]!.stale && !checked.stale) page.staleCount = Math.max(0, page.staleCount - 1);
        page.items[at] = checked;
      }
      Object.assign(outcome, { busy: false, text: m.assured(s.name) });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 401) this.host.expire();
      const text =
        error.status === 401 ? this.host.texts.expired : error.status === 404 ? m.gone : error.status === 403 ? m.notYours : error.status === 0 ? m.offline : m.failed;
      Object.assign(outcome, { busy: false, failed: true, text });
      if (error.status === 404) void this.task.run();
    }
    this.host.announce(outcome.text!);
    this.host.focuser.after(() => this.host.renderRoot.querySelector<HTMLElement>(`.service[data-id="${CSS.escape(s.id)}"] .outcome`));
    this.host.requestUpdate();
  }
}
