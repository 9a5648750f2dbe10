/**
 * "Activiteiten": the activities this account looks after (a coordinator: every
 * organisation's, filtered by organisation; an organisation contact: only their own, as the
 * server answers), searched by title, each with its schedule in words and next date, marked
 * "Geïmporteerd" or "Verborgen"; and the editor that adds or changes one (activity-editor.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { formatDateTime } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import type { ActivityOptions, ActivitySummary } from './activities-api.ts';
import { activitiesMessages } from './activities-messages.ts';
import { ActivityEditor } from './activity-editor.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { fact, renderData } from './shared.ts';

/** Activities per page (the most the server gives at once). */
const PAGE = 100;

export class ActivitiesView {
  private mode: 'list' | 'editor' = 'list';
  private organization = '';
  private query = '';
  private readonly editor: ActivityEditor;
  /** The pages after the first, fetched with "Meer laden", and where the next one starts. */
  private more: { items: ActivitySummary[]; next?: number; busy: boolean; failed?: string } = { items: [], busy: false };

  readonly task: Task<
    readonly [string, string, string],
    { key: string; data: { items: ActivitySummary[]; total: number; next?: number; options: ActivityOptions } }
  >;

  constructor(private readonly host: BeheerHost) {
    this.editor = new ActivityEditor(host);
    this.task = new Task(host, {
      task: async ([api, organization, q], { signal }) => {
        const [page, options] = await Promise.all([
          getJson(api, '/v1/beheer/activities', { ...(organization ? { organization } : {}), ...(q ? { q } : {}), limit: PAGE }, signal),
          getJson(api, '/v1/beheer/activity-options', undefined, signal),
        ]);
        this.more = { items: [], ...(page.next !== undefined ? { next: page.next } : {}), busy: false };
        return { key: `${organization}|${q}`, data: { items: page.items, total: page.total, ...(page.next !== undefined ? { next: page.next } : {}), options } };
      },
      args: () => [this.host.base, this.organization, this.query] as const,
      autoRun: false,
    });
  }

  /** `#activiteiten`: the list. */
  showList(): void {
    this.mode = 'list';
    this.editor.previewer.stop();
    void this.task.run();
  }

  /** `#activiteiten/<id>`, or `nieuw` for a new one: the editor. */
  showEditor(id: string, coordinator: boolean): void {
    this.mode = 'editor';
    this.editor.show(id, coordinator);
  }

  render(): TemplateResult {
    if (this.mode === 'editor') return this.editor.render();
    const m = activitiesMessages(this.host.language);
    return html`<h2 class="view-title">${m.title}</h2>
      <p class="add"><a class="button primary add-activity" href=${routeHref({ view: 'activity', id: 'nieuw' })}>${m.add}</a></p>
      ${this.renderFilter()} ${renderData(this.host, this.task, `${this.organization}|${this.query}`, (data) => this.renderList([...data.items, ...this.more.items], data.total))}`;
  }

  private renderFilter(): TemplateResult {
    const m = activitiesMessages(this.host.language);
    const organizations = this.task.value?.data.options.organizations ?? [];
    return html`<form class="activity-filter day-picker" role="search" novalidate @submit=${(e: Event) => this.filter(e)}>
      ${organizations.length > 1
        ? html`<div class="field">
            <label for="f-activity-organization">${m.filterOrganization}</label>
            <select id="f-activity-organization" name="organization">
              <option value="" ?selected=${!this.organization}>${m.allOrganizations}</option>
              ${organizations.map((o) => html`<option .value=${o.id} ?selected=${o.id === this.organization}>${o.name}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="f-activity-q">${m.search}</label>
        <input id="f-activity-q" name="q" type="search" maxlength="100" .value=${this.query} />
      </div>
      <button type="submit">${m.searchButton}</button>
    </form>`;
  }

  private filter(e: Event): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    this.organization = form.querySelector<HTMLSelectElement>('select')?.value ?? '';
    this.query = form.querySelector<HTMLInputElement>('input')!.value.trim();
    void this.task.run();
  }

  /** "Meer laden": the next page under the ones shown; focus goes to the first new activity. */
  private async loadMore(): Promise<void> {
    const next = this.more.next;
    if (next === undefined || this.more.busy) return;
    const shown = (this.task.value?.data.items.length ?? 0) + this.more.items.length;
    this.more = { ...this.more, busy: true, failed: undefined };
    this.host.requestUpdate();
    const m = activitiesMessages(this.host.language);
    try {
      const page = await getJson(this.host.base, '/v1/beheer/activities', {
        ...(this.organization ? { organization: this.organization } : {}),
        ...(this.query ? { q: this.query } : {}),
        limit: PAGE,
        offset: next,
      });
      this.more = { items: [...this.more.items, ...page.items], ...(page.next !== undefined ? { next: page.next } : {}), busy: false };
      this.host.focuser.after(() => this.host.renderRoot.querySelectorAll<HTMLElement>('.activity .name a')[shown]);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) this.host.expire();
      this.more = { ...this.more, busy: false, failed: e instanceof ApiError && e.status === 0 ? m.moreOffline : m.moreFailed };
      this.host.announce(this.more.failed!);
    }
    this.host.requestUpdate();
  }

  private renderList(items: ActivitySummary[], total: number): TemplateResult {
    const m = activitiesMessages(this.host.language);
    if (!items.length) return renderEmpty(m.empty);
    return html`<p class="count-line" role="status">${items.length < total ? m.countOf(items.length, total) : m.count(items.length)}</p>
      <ul class="cards activities">
        ${items.map(
          (a) => html`<li class="card activity ${a.hidden ? 'is-hidden' : ''}" data-id=${a.id}>
            <h3 class="name"><a href=${routeHref({ view: 'activity', id: a.id })}>${a.title}</a></h3>
            ${a.source === 'feed' || a.hidden
              ? html`<p class="badges">
                  ${a.source === 'feed' ? html`<span class="badge imported">${m.imported}</span>` : nothing}
                  ${a.hidden ? html`<span class="badge hidden">${m.hiddenBadge}</span>` : nothing}
                </p>`
              : nothing}
            <dl class="facts">
              ${fact(m.organization, a.organization.name)} ${fact(m.when, a.schedule)}
              ${fact(m.next, a.nextStart ? formatDateTime(a.nextStart, this.host.language) : m.noNext)}
            </dl>
          </li>`,
        )}
      </ul>
      ${this.more.failed ? html`<div class="status-message error" role="alert"><p>${this.more.failed}</p></div>` : nothing}
      ${this.more.next !== undefined
        ? html`<p><button type="button" class="more load-more" ?disabled=${this.more.busy} @click=${() => void this.loadMore()}>${m.loadMore}</button></p>`
        : nothing}`;
  }
}
