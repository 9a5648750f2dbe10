/** Pieces every view of the coordinator's pages uses: data states, contact links, times. */
import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { ApiError } from '../api/errors.ts';
import { dayKey, formatDay, formatTime } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import { renderError, renderLoading } from '../core/status.ts';
import { icon, alert } from '../core/icons.ts';
import type { BeheerHost } from './host.ts';
import type { BeheerMessages } from './messages.ts';

/** 401: the session ended (a link to log in again, no retry); 403: plainly not allowed. */
export function renderProblem(host: BeheerHost, error: unknown, retry: () => void, notFound?: string): TemplateResult {
  const m = host.texts;
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) return renderExpired(m, host.loginHref);
  if (status === 403) return plainAlert(m.forbidden);
  if (status === 404 && notFound) return plainAlert(notFound);
  return renderError(m.error, m.retry, retry);
}

const plainAlert = (text: string) => html`<div class="status">
  <div class="status-message error" role="alert">${icon(alert)}<p>${text}</p></div>
</div>`;

export function renderExpired(m: BeheerMessages, loginHref: string): TemplateResult {
  return html`<div class="status-message error expired" role="alert">
    ${icon(alert)}
    <div>
      <p>${m.expired}</p>
      <div class="status-actions"><a class="button primary" href=${loginHref}>${m.loginAgain}</a></div>
    </div>
  </div>`;
}

/**
 * A view's data: the last answer while a refresh runs (marked busy, nothing jumps), the
 * loading placeholder the first time, or the problem. `key` tells an answer for this view
 * (this opportunity, this filter) from an answer still held for the previous one.
 */
export function renderData<T>(
  host: BeheerHost,
  task: { status: TaskStatus; value?: { key: string; data: T }; error?: unknown; run(): unknown },
  key: string,
  complete: (data: T) => TemplateResult,
  notFound?: string,
): TemplateResult {
  const fresh = task.value?.key === key ? task.value.data : undefined;
  const busy = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
  const body =
    task.status === TaskStatus.ERROR
      ? renderProblem(host, task.error, () => retry(host, task), notFound)
      : fresh !== undefined
        ? complete(fresh)
        : renderLoading(host.texts.loading);
  return html`<div class="content" aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
}

/** Loads again; the retry button goes away, so focus moves to the view's heading once the answer is there. */
function retry(host: BeheerHost, task: { status: TaskStatus; run(): unknown }): void {
  void task.run();
  host.focuser.after('.view-title', () => task.status !== TaskStatus.PENDING);
}

/** "dinsdag 1 december, 10.00 tot 11.30 uur" */
export function shiftWhen(m: BeheerMessages, locale: Locale, start: string, end: string): string {
  return m.timeRange(formatDay(dayKey(start), locale), formatTime(start, locale), formatTime(end, locale));
}

/** A phone number as a `tel:` link (digits and a leading + only, so nothing else gets into the URL). */
export const telLink = (phone: string) => html`<a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>`;

/** An e-mail address as a `mailto:` link; `?`, `&` and `#` encoded, so the address cannot add a subject or a copy. */
export const mailLink = (email: string) => html`<a href="mailto:${encodeURIComponent(email).replace(/%40/g, '@')}">${email}</a>`;

/** A fact with its label, or nothing without a value. */
export const fact = (label: string, value: TemplateResult | string | undefined) =>
  value === undefined || value === '' ? nothing : html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
