/**
 * "Logboek" (coordinators only): who saw or changed what, and when, newest first. Each row
 * is a sentence in plain Dutch ("Anna Coördinator wijzigde de activiteit"), its time in
 * Amsterdam, and a link to the record where /beheer has a view for it. Filters by who, kind
 * of record, code or reference, and days; "Meer laden" adds the next page below (paged by
 * `before`, so rows written meanwhile do not repeat). The log holds ids only: nothing
 * about a resident is shown beyond what the row says.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { formatDateTime } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import { auditLogMessages, describeAction } from './audit-log-messages.ts';
import type { BeheerHost } from './host.ts';
import type { AuditEntry, AuditPage } from './organisations-api.ts';
import { routeHref, type Route } from './route.ts';
import { renderData } from './shared.ts';

const PAGE = 50;
const TYPES = ['activity', 'organization', 'place', 'service', 'volunteer-signup', 'ride-request', 'message', 'calendar-feed', 'account', 'invitation'] as const;

interface Filters {
  account: string;
  recordType: string;
  recordId: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { account: '', recordType: '', recordId: '', from: '', to: '' };
const keyOf = (f: Filters) => JSON.stringify(f);

/** Where /beheer shows this record, if it has a view for it. */
function routeOf(e: AuditEntry): Route | undefined {
  switch (e.recordType) {
    case 'activity':
      return { view: 'activity', id: e.recordId };
    case 'organization':
      return { view: 'organisation', id: e.recordId };
    case 'place':
      return { view: 'place', id: e.recordId };
    case 'service':
      return { view: 'service', id: e.recordId };
    case 'volunteer-signup':
      return e.opportunity ? { view: 'signups', opportunity: e.opportunity } : undefined;
    case 'calendar-feed':
      return { view: 'feeds' };
    case 'message':
      return { view: 'messages' };
    case 'ride-request':
      return { view: 'rides' };
    case 'account':
    case 'invitation':
      return e.action === 'login' ? undefined : { view: 'accounts' };
    default:
      return undefined;
  }
}

export class AuditLogView {
  private filters: Filters = { ...EMPTY };
  /** Rows of "Meer laden" after the first page, and where the next page starts. */
  private more: AuditEntry[] = [];
  private next?: number;
  private loadingMore = false;
  private moreFailed = false;
  readonly task: Task<readonly [string, string], { key: string; data: AuditPage }>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, key], { signal }) => {
        const data = await getJson(api, '/v1/beheer/audit-log', { ...this.query(), limit: PAGE }, signal);
        this.more = [];
        this.next = data.next;
        this.moreFailed = false;
        return { key, data };
      },
      args: () => [this.host.base, keyOf(this.filters)] as const,
      autoRun: false,
    });
  }

  private get m() {
    return auditLogMessages(this.host.language);
  }

  private query() {
    const f = this.filters;
    return {
      ...(f.account ? { account: f.account } : {}),
      ...(f.recordType ? { recordType: f.recordType } : {}),
      ...(f.recordId ? { recordId: f.recordId } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
    };
  }

  show(): void {
    void this.task.run();
  }

  render(): TemplateResult {
    const m = this.m;
    return html`<h2 class="view-title">${m.title}</h2>
      <p class="meta">${m.intro}</p>
      ${this.renderFilters()} ${renderData(this.host, this.task, keyOf(this.filters), (page) => this.renderPage(page))}`;
  }

  private renderFilters(): TemplateResult {
    const m = this.m;
    const f = this.filters;
    const accounts = this.task.value?.data.accounts ?? [];
    return html`<form class="audit-filter" role="search" aria-label=${m.filters} novalidate @submit=${(e: Event) => this.apply(e)}>
      <div class="field">
        <label for="f-log-account">${m.account}</label>
        <select id="f-log-account" name="account">
          <option value="" ?selected=${!f.account}>${m.anyone}</option>
          ${accounts.map((a) => html`<option .value=${a.id} ?selected=${a.id === f.account}>${a.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-log-type">${m.recordType}</label>
        <select id="f-log-type" name="recordType">
          <option value="" ?selected=${!f.recordType}>${m.anyType}</option>
          ${TYPES.map((t) => html`<option .value=${t} ?selected=${t === f.recordType}>${m.types[t]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-log-id">${m.recordId}</label>
        <p class="hint" id="f-log-id-hint">${m.recordIdHint}</p>
        <input id="f-log-id" name="recordId" type="search" maxlength="200" aria-describedby="f-log-id-hint" .value=${f.recordId} />
      </div>
      <div class="field">
        <label for="f-log-from">${m.from}</label>
        <input id="f-log-from" name="from" type="date" .value=${f.from} />
      </div>
      <div class="field">
        <label for="f-log-to">${m.to}</label>
        <input id="f-log-to" name="to" type="date" .value=${f.to} />
      </div>
      <button type="submit">${m.apply}</button>
    </form>`;
  }

  private apply(e: Event): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
    this.filters = { account: value('account'), recordType: value('recordType'), recordId: value('recordId'), from: value('from'), to: value('to') };
    void this.task.run();
  }

  private renderPage(page: AuditPage): TemplateResult {
    const m = this.m;
    const items = [...page.items, ...this.more];
    if (!items.length) return renderEmpty(m.empty);
    return html`<p class="count-line" role="status">${m.shown(items.length)}</p>
      <ol class="audit-log">
        ${items.map((e) => this.renderEntry(e))}
      </ol>
      ${this.moreFailed ? html`<p class="error more-failed" role="alert">${m.moreFailed}</p>` : nothing}
      ${this.next !== undefined
        ? html`<div class="actions"><button type="button" class="more" ?disabled=${this.loadingMore} @click=${() => void this.loadMore()}>${this.loadingMore ? m.loadingMore : m.more}</button></div>`
        : nothing}`;
  }

  private renderEntry(e: AuditEntry): TemplateResult {
    const m = this.m;
    const route = routeOf(e);
    const showId = e.recordType !== 'account' && e.recordType !== 'person';
    return html`<li class="entry" data-id=${String(e.id)} tabindex="-1">
      <p class="when"><time datetime=${e.at}>${formatDateTime(e.at, this.host.language)}</time></p>
      <p class="what"><strong class="who">${e.account.name}</strong> ${describeAction(m, e.action, e.recordType)}${showId
          ? html`: ${route ? html`<a href=${routeHref(route)} aria-label=${m.open(e.recordId)}>${e.recordId}</a>` : html`<span class="record-id">${e.recordId}</span>`}`
          : nothing}</p>
    </li>`;
  }

  private async loadMore(): Promise<void> {
    if (this.next === undefined) return;
    const key = keyOf(this.filters);
    const firstNew = this.more.length + (this.task.value?.data.items.length ?? 0);
    this.loadingMore = true;
    this.moreFailed = false;
    this.host.requestUpdate();
    try {
      const page = await getJson(this.host.base, '/v1/beheer/audit-log', { ...this.query(), before: this.next, limit: PAGE });
      if (key !== keyOf(this.filters)) return; // the filters changed meanwhile
      this.more = [...this.more, ...page.items];
      this.next = page.next;
      this.host.announce(this.m.shown(firstNew + page.items.length));
      // The first new row takes the focus, so keyboard users read on where they were.
      this.host.focuser.after(() => this.host.renderRoot.querySelectorAll<HTMLElement>('.audit-log .entry')[firstNew] ?? null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.host.expire();
      this.moreFailed = true;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }
}
