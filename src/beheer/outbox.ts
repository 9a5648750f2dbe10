/** "Berichten": what the outbox sent, holds or gave up on, newest first, with the full text on demand. */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { getJson } from '../api/client.ts';
import { formatDateTime } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import type { BeheerMessage, BeheerMessagePage, MessageState } from './api.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { renderData } from './shared.ts';

const PAGE = 100;
const MAX = 500; // the contract's largest `limit`

export class OutboxView {
  state?: MessageState;
  private limit = PAGE;
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
    return html`${kept}
      <p class="count-line">${m.messageCount(page.items.length, page.total)}</p>
      <ul class="cards messages">
        ${page.items.map((msg) => this.renderMessage(msg))}
      </ul>
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
      </dl>
      <details>
        <summary>${m.fullText}<span class="visually-hidden"> – ${msg.subject}</span></summary>
        <pre class="text">${msg.text}</pre>
      </details>
    </li>`;
  }
}
