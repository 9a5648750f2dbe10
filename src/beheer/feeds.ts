/**
 * "Agenda's van organisaties": the organisations' own calendars (iCalendar feeds) the agenda
 * imports, with their state in plain Dutch, and adding, fetching now and removing one.
 * Coordinators only (beheer.ts shows others a notice and never loads this view).
 * A failed add keeps what was typed; the server's 422/409 land on the field they name.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { formatDateTime } from '../core/dates.ts';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import { renderField } from '../core/form/field.ts';
import { renderSelect } from '../core/form/choice.ts';
import { renderEmpty } from '../core/status.ts';
import { addCalendarFeed, refreshCalendarFeed, removeCalendarFeed, type BeheerActivityOptions, type BeheerCalendarFeed } from './api.ts';
import { feedsMessages } from './feeds-messages.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { renderData } from './shared.ts';

type FeedList = { items: BeheerCalendarFeed[] };
type Field = 'organizationId' | 'url';
type Outcome = { busy?: boolean; text?: string; failed?: boolean };

const ADDRESS = /^(https?|webcal):\/\/[^\s/]+/i;

export class FeedsView {
  private readonly feeds: Task<readonly [string], { key: string; data: FeedList }>;
  private readonly options: Task<readonly [string], BeheerActivityOptions['organizations']>;
  private form = { organizationId: '', url: '' };
  private errors = new Map<Field, string>();
  private adding = false;
  private addFailure?: string;
  private outcomes = new Map<string, Outcome>();
  /** The feed whose removal is being asked about. */
  private asking?: string;
  /** "De agenda van … is verwijderd.": its card is gone, so it is said above the list. */
  private removedText?: string;
  /** The removed feed's activities that stay in the agenda for their volunteers. */
  private removedKept: { id: string; title: string }[] = [];

  constructor(private readonly host: BeheerHost) {
    this.feeds = new Task(host, {
      task: async ([api], { signal }) => ({ key: 'feeds', data: await getJson(api, '/v1/beheer/calendar-feeds', undefined, signal) }),
      args: () => [this.host.base] as const,
      autoRun: false,
    });
    this.options = new Task(host, {
      task: async ([api], { signal }) => (await getJson(api, '/v1/beheer/activity-options', undefined, signal)).organizations,
      args: () => [this.host.base] as const,
      autoRun: false,
    });
  }

  private get m() {
    return feedsMessages(this.host.language);
  }

  show(): void {
    this.outcomes.clear();
    this.asking = undefined;
    this.removedText = undefined;
    this.removedKept = [];
    void this.feeds.run();
    if (!this.options.value) void this.options.run();
  }

  render(): TemplateResult {
    const m = this.m;
    return html`<h2 class="view-title">${m.title}</h2>
      <p class="meta">${m.intro}</p>
      ${this.removedText ? html`<p class="outcome removed" tabindex="-1">${this.removedText}</p>` : nothing}
      ${this.removedKept.length ? this.renderKept('removed-kept', m.removedKept(this.removedKept.length), this.removedKept, m.removedKeptHint) : nothing}
      ${renderData(this.host, this.feeds, 'feeds', (list) => this.renderList(list))}
      ${this.renderForm()}`;
  }

  private renderList(list: FeedList): TemplateResult {
    if (!list.items.length) return renderEmpty(this.m.empty);
    return html`<ul class="cards feeds">
      ${list.items.map((f) => this.renderFeed(f))}
    </ul>`;
  }

  private renderFeed(f: BeheerCalendarFeed): TemplateResult {
    const m = this.m;
    const when = (at: string) => formatDateTime(at, this.host.language);
    const outcome = this.outcomes.get(f.id) ?? {};
    const state =
      f.state === 'pending' ? m.pending : f.state === 'error' ? m.errorState(f.error ?? '') : f.lastSuccessAt ? m.fetchedOn(when(f.lastSuccessAt)) : m.pending;
    const headingId = `feed-${f.id}`;
    return html`<li class="card feed state-${f.state}" data-id=${f.id}>
      <h3 id=${headingId} tabindex="-1">${f.organization.name}</h3>
      <p class="badge ${f.state === 'ok' ? 'sent' : f.state === 'error' ? 'failed' : 'waiting'} feed-state">${state}</p>
      ${f.state === 'error' && f.lastSuccessAt ? html`<p class="meta kept">${m.keptSince(when(f.lastSuccessAt))}</p>` : nothing}
      ${f.keptActivities?.length ? this.renderKept('kept-for-signups', m.keptForSignups(f.keptActivities.length), f.keptActivities, m.keptHint) : nothing}
      <dl class="facts">
        <div class="fact"><dt>${m.address}</dt><dd class="url">${f.url}</dd></div>
        <div class="fact"><dt>${m.events}</dt><dd class="events">${f.eventCount}</dd></div>
        <div class="fact"><dt>${m.duplicates}</dt><dd class="duplicates">${f.duplicateCount}</dd></div>
        ${f.skippedCount
          ? html`<div class="fact">
              <dt>${m.skipped}</dt>
              <dd class="skipped">
                ${f.skippedCount}
                ${f.warnings?.length ? html`<ul class="warnings">${f.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
              </dd>
            </div>`
          : nothing}
        ${f.lastFetchedAt ? html`<div class="fact"><dt>${m.lastFetched}</dt><dd>${when(f.lastFetchedAt)}</dd></div>` : nothing}
      </dl>
      <div class="actions">
        <button type="button" class="primary refresh" ?disabled=${outcome.busy} @click=${() => this.refresh(f)}>
          ${outcome.busy ? m.refreshing : m.refresh}<span class="visually-hidden"> – ${f.organization.name}</span>
        </button>
        <button type="button" class="danger remove" ?disabled=${outcome.busy} @click=${() => this.ask(f.id)}>
          ${m.remove}<span class="visually-hidden"> – ${f.organization.name}</span>
        </button>
      </div>
      ${this.asking === f.id
        ? html`<div class="ask remove-ask" role="group" aria-labelledby="remove-${f.id}">
            <h4 id="remove-${f.id}" tabindex="-1">${m.removeTitle(f.organization.name)}</h4>
            <p>${m.removeAsk(f.eventCount)} ${m.removeSignedUp}</p>
            <div class="actions">
              <button type="button" class="danger cancel-yes remove-yes" ?disabled=${outcome.busy} @click=${() => this.remove(f)}>${m.removeYes}</button>
              <button type="button" class="remove-no" @click=${() => this.ask(undefined)}>${m.removeNo}</button>
            </div>
          </div>`
        : nothing}
      ${outcome.text ? html`<p class="outcome ${outcome.failed ? 'failed' : ''}" tabindex="-1">${outcome.text}</p>` : nothing}
    </li>`;
  }

  /** Activities that stay in the agenda for their volunteers: what happened, each one a link to it, and what the coordinator can do. */
  private renderKept(kind: string, said: string, activities: { id: string; title: string }[], hint: string): TemplateResult {
    return html`<div class="notice ${kind}">
      <p class="ask-text">${said}</p>
      <ul class="kept-activities">
        ${activities.map((a) => html`<li><a href=${routeHref({ view: 'activity', id: a.id })}>${a.title}</a></li>`)}
      </ul>
      <p>${hint}</p>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const m = this.m;
    const organizations = this.options.value ?? [];
    const optionsFailed = this.options.error !== undefined && !this.options.value;
    return html`<section class="group add-feed" aria-labelledby="add-feed-title">
      <h3 id="add-feed-title">${m.addTitle}</h3>
      ${renderErrorSummary(m.errorSummary, this.errors, () => this.host.renderRoot)}
      <form novalidate @submit=${(e: Event) => this.add(e)}>
        ${optionsFailed
          ? html`<p class="outcome failed">${m.optionsFailed}
              <button type="button" class="retry-options" @click=${() => void this.options.run()}>${this.host.texts.retry}</button></p>`
          : nothing}
        ${renderSelect({
          name: 'organizationId',
          label: m.organization,
          hint: m.organizationHint,
          error: this.errors.get('organizationId'),
          value: this.form.organizationId,
          placeholder: m.chooseOrganization,
          options: organizations.map((o) => ({ value: o.id, label: o.name })),
          onChange: (v) => (this.form.organizationId = v),
        })}
        ${renderField({
          name: 'url',
          label: m.url,
          hint: m.urlHint,
          error: this.errors.get('url'),
          value: this.form.url,
          maxlength: 2000,
          onInput: (v) => (this.form.url = v),
        })}
        ${this.addFailure ? html`<p class="outcome failed add-failure" tabindex="-1">${this.addFailure}</p>` : nothing}
        <div class="form-actions"><button type="submit" class="primary add" ?disabled=${this.adding}>${this.adding ? m.adding : m.add}</button></div>
      </form>
    </section>`;
  }

  private fail(e: unknown): { status: number; text: string } {
    const error = e instanceof ApiError ? e : new ApiError(0);
    if (error.status === 401) this.host.expire();
    const m = this.m;
    const text =
      error.status === 401 ? this.host.texts.expired : error.status === 403 ? this.host.texts.forbidden : error.status === 404 ? m.gone : error.status === 0 ? m.offline : m.failed;
    return { status: error.status, text };
  }

  private validate(): Map<Field, string> {
    const m = this.m;
    const errors = new Map<Field, string>();
    if (!this.form.organizationId) errors.set('organizationId', m.organizationMissing);
    const url = this.form.url.trim();
    if (!url) errors.set('url', m.urlMissing);
    else if (!ADDRESS.test(url)) errors.set('url', m.urlInvalid);
    return errors;
  }

  private showErrors(errors: Map<Field, string>): void {
    this.errors = errors;
    this.host.announce([...errors.values()].join(' '));
    this.host.focuser.after('.add-feed .error-summary');
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    this.addFailure = undefined;
    const errors = this.validate();
    if (errors.size) return this.showErrors(errors);
    this.errors = new Map();
    this.adding = true;
    this.host.requestUpdate();
    try {
      const feed = await addCalendarFeed(this.host.base, await this.host.csrfToken(), { organizationId: this.form.organizationId, url: this.form.url.trim() });
      this.form = { organizationId: '', url: '' };
      const list = this.feeds.value?.data;
      if (list && !list.items.some((f) => f.id === feed.id)) list.items.push(feed);
      const text = feed.state === 'error' ? `${this.m.added(feed.organization.name)} ${this.m.refreshFailed(feed.organization.name, feed.error ?? '')}` : `${this.m.added(feed.organization.name)} ${this.m.refreshed(feed.organization.name, feed.eventCount)}`;
      this.outcomes.set(feed.id, { text, failed: feed.state === 'error' });
      this.host.announce(text);
      this.host.focuser.after(() => this.host.renderRoot.querySelector<HTMLElement>(`.feed[data-id="${CSS.escape(feed.id)}"] h3`));
      void this.feeds.run();
    } catch (err) {
      const problem = err instanceof ApiError ? err.problem : undefined;
      const named = new Map<Field, string>();
      for (const f of problem?.errors ?? []) if (f.name === 'organizationId' || f.name === 'url') named.set(f.name, f.detail);
      if ((err instanceof ApiError && (err.status === 422 || err.status === 409)) && named.size) {
        this.showErrors(named);
      } else {
        this.addFailure = this.fail(err).text;
        this.host.announce(this.addFailure);
        this.host.focuser.after('.add-failure');
      }
    } finally {
      this.adding = false;
      this.host.requestUpdate();
    }
  }

  private ask(id: string | undefined): void {
    const was = this.asking;
    this.asking = id;
    this.host.requestUpdate();
    this.host.focuser.after(() =>
      this.host.renderRoot.querySelector<HTMLElement>(id ? `#remove-${CSS.escape(id)}` : `.feed[data-id="${CSS.escape(was ?? '')}"] button.remove`),
    );
  }

  private replace(feed: BeheerCalendarFeed): void {
    const list = this.feeds.value?.data.items;
    const at = list?.findIndex((x) => x.id === feed.id) ?? -1;
    if (list && at >= 0) list[at] = feed;
  }

  private async refresh(f: BeheerCalendarFeed): Promise<void> {
    const outcome: Outcome = { busy: true };
    this.outcomes.set(f.id, outcome);
    this.host.requestUpdate();
    try {
      const feed = await refreshCalendarFeed(this.host.base, await this.host.csrfToken(), f.id);
      this.replace(feed);
      Object.assign(outcome, feed.state === 'error'
        ? { busy: false, failed: true, text: this.m.refreshFailed(f.organization.name, feed.error ?? '') }
        : { busy: false, text: this.withKept(this.m.refreshed(f.organization.name, feed.eventCount), feed) });
    } catch (err) {
      const { status, text } = this.fail(err);
      Object.assign(outcome, { busy: false, failed: true, text });
      if (status === 404) void this.feeds.run();
    }
    this.settle(f.id, outcome.text!);
  }

  private async remove(f: BeheerCalendarFeed): Promise<void> {
    const outcome: Outcome = { busy: true };
    this.outcomes.set(f.id, outcome);
    this.host.requestUpdate();
    try {
      const { keptActivities } = await removeCalendarFeed(this.host.base, await this.host.csrfToken(), f.id);
      this.asking = undefined;
      const list = this.feeds.value?.data;
      if (list) list.items = list.items.filter((x) => x.id !== f.id);
      this.removedText = this.m.removed(f.organization.name);
      this.removedKept = keptActivities;
      this.host.announce(keptActivities.length ? `${this.removedText} ${this.m.removedKept(keptActivities.length)} ${keptActivities.map((a) => a.title).join(', ')}.` : this.removedText);
      // The card is gone: focus goes to the sentence that says so.
      this.host.focuser.after('.outcome.removed');
      this.host.requestUpdate();
      return;
    } catch (err) {
      const { status, text } = this.fail(err);
      Object.assign(outcome, { busy: false, failed: true, text });
      if (status === 404) void this.feeds.run();
    }
    this.settle(f.id, outcome.text!);
  }

  /** The outcome of a fetch, with the activities kept for their sign-ups when there are any. */
  private withKept(text: string, feed: BeheerCalendarFeed): string {
    return feed.keptActivities?.length ? `${text} ${this.m.keptForSignups(feed.keptActivities.length)}` : text;
  }

  /** Says the result and puts focus on it, in the feed's own card. */
  private settle(id: string, text: string): void {
    this.host.announce(text);
    this.host.focuser.after(() => this.host.renderRoot.querySelector<HTMLElement>(`.feed[data-id="${CSS.escape(id)}"] .outcome`));
    this.host.requestUpdate();
  }
}

