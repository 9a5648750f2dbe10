/**
 * "Berichten": what the outbox sent, holds or gave up on, newest first, with the full text on
 * demand; and apart from the e-mails, the "bellen" tasks (a message for someone without an
 * e-mail address): the number to call and what to say, marked "Gebeld" when done.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { formatDateTime } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import { markCallDone, type BeheerMessage, type BeheerMessagePage, type MessageState } from './api.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { renderData, telLink } from './shared.ts';

const PAGE = 100;
const MAX = 500; // the contract's largest `limit`

export class OutboxView {
  state?: MessageState;
  private limit = PAGE;
  /** Per task: busy, or the answer to "Gebeld". */
  private calls = new Map<string, { busy?: boolean; outcome?: string; failed?: boolean }>();
  readonly task: Task<readonly [string, MessageState | undefined, number], { key: string; data: BeheerMessagePage }>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, state, limit], { signal }) => ({
        key: state ?? '',
        data: await getJson(api, '/v1/beheer/messages', { state, limit }, signal),
      }),
      args: () => [this.host.base, this.state, this.limit] as const,
      autoRun: false,
    });
  }

  show(state: MessageState | undefined): void {
    if (state !== this.state) this.limit = PAGE;
    this.state = state;
    void this.task.run();
  }

  private more(): void {
    this.limit = Math.min(MAX, this.limit + PAGE);
    const shown = this.task.value?.data.items.length ?? 0;
    void this.task.run().then(() => this.host.focuser.after(() => this.host.renderRoot.querySelectorAll<HTMLElement>('.message-item h3')[shown]));
  }

  render(): TemplateResult {
    const m = this.host.texts;
    const filters: [string, MessageState | undefined][] = [[m.all, undefined], ...(['waiting', 'sent', 'failed'] as const).map((s) => [m.states[s], s] as [string, MessageState])];
    return html`<h2 class="view-title">${m.messagesTitle}</h2>
      <nav class="filter" aria-label=${m.messagesFilter}>
        <span class="filter-label" aria-hidden="true">${m.messagesFilter}:</span>
        <ul>
          ${filters.map(
            ([label, state]) =>
              html`<li><a class="chip" href=${routeHref({ view: 'messages', state })} aria-current=${state === this.state ? 'page' : 'false'}>${label}</a></li>`,
          )}
        </ul>
      </nav>
      ${renderData(this.host, this.task, this.state ?? '', (page) => this.renderPage(page))}`;
  }

  private renderPage(page: BeheerMessagePage): TemplateResult {
    const m = this.host.texts;
    const kept = page.delivery === 'kept' ? html`<div class="notice kept"><p>${m.kept}</p></div>` : nothing;
    if (!page.items.length) return html`${kept}${renderEmpty(this.state ? m.messagesEmptyState : m.messagesEmpty)}`;
    const calls = page.items.filter((msg) => msg.channel === 'phone');
    const mails = page.items.filter((msg) => msg.channel !== 'phone');
    return html`${kept}
      <p class="count-line">${m.messageCount(page.items.length, page.total)}</p>
      ${calls.length
        ? html`<section class="group calls" aria-labelledby="group-calls">
            <h3 id="group-calls">${m.callsTitle(calls.filter((c) => c.state !== 'sent').length)}</h3>
            <p class="meta">${m.callsIntro}</p>
            <ul class="cards">
              ${calls.map((msg) => this.renderCall(msg))}
            </ul>
          </section>`
        : nothing}
      ${mails.length
        ? html`<section class="group mails" aria-labelledby="group-mails">
            ${calls.length ? html`<h3 id="group-mails">${m.mailsTitle}</h3>` : html`<h3 id="group-mails" class="visually-hidden">${m.mailsTitle}</h3>`}
            <ul class="cards messages">
              ${mails.map((msg) => this.renderMessage(msg))}
            </ul>
          </section>`
        : nothing}
      ${page.items.length < page.total && this.limit < MAX
        ? html`<p><button type="button" class="more" @click=${() => this.more()}>${m.more}</button></p>`
        : nothing}`;
  }

  private renderMessage(msg: BeheerMessage): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    return html`<li class="card message-item ${msg.state}" data-id=${msg.id}>
      <h3>${msg.subject}</h3>
      <p class="badge ${msg.state}">${msg.state === 'sent' && msg.sentAt ? m.sentAt(formatDateTime(msg.sentAt, locale)) : m.states[msg.state]}</p>
      <dl class="facts">
        <div class="fact"><dt>${m.to}</dt><dd>${msg.recipient}</dd></div>
        <div class="fact"><dt>${m.created}</dt><dd>${formatDateTime(msg.createdAt, locale)}</dd></div>
        ${msg.lastError ? html`<div class="fact"><dt>${m.lastError}</dt><dd>${msg.lastError} (${m.attempts(msg.attempts)})</dd></div>` : nothing}
        ${msg.signupReference ? html`<div class="fact"><dt>${m.reference}</dt><dd>${msg.signupReference}</dd></div>` : nothing}
        ${msg.rideReference ? html`<div class="fact"><dt>${m.rideReference}</dt><dd>${msg.rideReference}</dd></div>` : nothing}
      </dl>
      <details>
        <summary>${m.fullText}<span class="visually-hidden"> – ${msg.subject}</span></summary>
        <pre class="text">${msg.text}</pre>
      </details>
    </li>`;
  }

  /** A "bellen" task: the number first, what to say in full (the coordinator reads it out), then "Gebeld". */
  private renderCall(msg: BeheerMessage): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const call = this.calls.get(msg.id) ?? {};
    const done = msg.state === 'sent';
    return html`<li class="card call-item ${done ? 'done' : 'to-call'}" data-id=${msg.id}>
      <h4 class="call-number">${m.callNumber}: ${telLink(msg.recipient)}</h4>
      <p class="badge ${done ? 'sent' : 'waiting'}">${done && msg.sentAt ? m.calledAt(formatDateTime(msg.sentAt, locale)) : m.toCall}</p>
      <p><strong>${msg.subject}</strong></p>
      <div class="say">
        <p class="say-label">${m.whatToSay}</p>
        <p class="text">${msg.text}</p>
      </div>
      <dl class="facts">
        <div class="fact"><dt>${m.created}</dt><dd>${formatDateTime(msg.createdAt, locale)}</dd></div>
        ${msg.rideReference ? html`<div class="fact"><dt>${m.rideReference}</dt><dd>${msg.rideReference}</dd></div>` : nothing}
        ${msg.signupReference ? html`<div class="fact"><dt>${m.reference}</dt><dd>${msg.signupReference}</dd></div>` : nothing}
      </dl>
      ${done
        ? nothing
        : html`<div class="actions">
            <button type="button" class="primary called" ?disabled=${call.busy} @click=${() => this.called(msg)}>
              ${m.called}<span class="visually-hidden"> – ${msg.recipient}</span>
            </button>
          </div>`}
      ${call.outcome ? html`<p class="outcome ${call.failed ? 'failed' : ''}" tabindex="-1">${call.outcome}</p>` : nothing}
    </li>`;
  }

  private async called(msg: BeheerMessage): Promise<void> {
    const m = this.host.texts;
    const call = { busy: true } as { busy?: boolean; outcome?: string; failed?: boolean };
    this.calls.set(msg.id, call);
    this.host.requestUpdate();
    try {
      const changed = await markCallDone(this.host.base, await this.host.csrfToken(), msg.id);
      const list = this.task.value?.data.items;
      const at = list?.findIndex((x) => x.id === msg.id) ?? -1;
      if (list && at >= 0) list[at] = changed;
      Object.assign(call, { busy: false, outcome: m.calledDone(msg.recipient) });
      void this.task.run();
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 401) this.host.expire();
      Object.assign(call, {
        busy: false,
        failed: true,
        outcome: error.status === 401 ? m.expired : error.status === 409 || error.status === 404 ? m.callConflict : error.status === 0 ? m.offline : m.failed,
      });
      if (error.status === 409 || error.status === 404) void this.task.run();
    }
    this.host.announce(call.outcome!);
    // The button is gone once it is done: focus goes to the answer in the same card.
    this.host.focuser.after(() => this.host.renderRoot.querySelector<HTMLElement>(`.call-item[data-id="${CSS.escape(msg.id)}"] .outcome`));
    this.host.requestUpdate();
  }
}
