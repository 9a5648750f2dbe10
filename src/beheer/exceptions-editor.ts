/**
 * "Zo komt het in de agenda": the schedule in words and its next 10 dates, as the server's
 * own expansion gives them (never computed here), each with what can be done to it: skip,
 * cancel with a reason, move with a new date, time and reason, or undo. And the Dutch public
 * holidays of the next 12 months that fall on a date of the series, to skip one or all.
 * The preview is asked again ~300 ms after the last change; an older request is aborted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { holidaysBetween, type Holiday } from '../../common/holidays.ts';
import { ApiError } from '../api/errors.ts';
import { addDays, dayKey, formatClock, formatDay, formatTime, todayKey } from '../core/dates.ts';
import { previewSchedule, type ActivityException, type PreviewOccurrence, type PreviewRequest, type SchedulePreview } from './activities-api.ts';
import type { ActivitiesMessages } from './activities-messages.ts';
import type { BeheerHost } from './host.ts';

/** Dates shown; the preview asks for more, to find the holidays of the coming year. */
const SHOWN = 10;
const ASKED = 50;
const DEBOUNCE_MS = 300;

export class SchedulePreviewer {
  state: 'waiting' | 'loading' | 'done' | 'error' = 'waiting';
  result?: SchedulePreview;
  problem?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;
  private asked?: string;

  constructor(private readonly host: BeheerHost) {
    // Nothing is asked for a page that is gone.
    host.addController({ hostDisconnected: () => this.stop() });
  }

  /** A schedule changed (undefined: not complete yet). */
  request(schedule: Omit<PreviewRequest, 'count' | 'from'> | undefined): void {
    const body = schedule ? { ...schedule, count: ASKED } : undefined;
    const key = JSON.stringify(body);
    if (key === this.asked) return;
    this.asked = key;
    clearTimeout(this.timer);
    this.controller?.abort();
    if (!body) {
      this.state = 'waiting';
      this.result = undefined;
      this.host.requestUpdate();
      return;
    }
    this.state = 'loading';
    this.host.requestUpdate();
    this.timer = setTimeout(() => void this.run(body), DEBOUNCE_MS);
  }

  /** Asks again, whatever was asked last (after a failure). */
  retry(): void {
    const last = this.asked;
    this.asked = undefined;
    if (last && last !== 'undefined') this.request(JSON.parse(last) as PreviewRequest);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.asked = undefined;
  }

  private async run(body: PreviewRequest): Promise<void> {
    const controller = (this.controller = new AbortController());
    try {
      const token = await this.host.csrfToken();
      const result = await previewSchedule(this.host.base, token, body, controller.signal);
      if (controller.signal.aborted) return;
      Object.assign(this, { result, state: 'done', problem: undefined });
    } catch (e) {
      if (controller.signal.aborted) return;
      if (e instanceof ApiError && e.status === 401) this.host.expire();
      const detail = e instanceof ApiError ? e.problem?.errors?.[0]?.detail ?? e.problem?.detail : undefined;
      Object.assign(this, { state: 'error', problem: detail, result: undefined });
    }
    this.host.requestUpdate();
  }
}

/** The form open on one date: cancel or move, with what was typed in it. */
export interface RowForm {
  original: string;
  form: 'cancelled' | 'moved';
  reason: string;
  newDate: string;
  newTime: string;
  error?: string;
}

export interface ExceptionsContext {
  m: ActivitiesMessages;
  host: BeheerHost;
  previewer: SchedulePreviewer;
  exceptions: ActivityException[];
  readOnly: boolean;
  open?: RowForm;
  error?: string;
  setOpen(form: RowForm | undefined, focus?: string): void;
  change(exceptions: ActivityException[], said: string, focus?: string): void;
}

const rowId = (original: string) => `date-${original.replace(/[^0-9]/g, '')}`;
/** "dinsdag 8 december, 10.00 uur" of a local `YYYY-MM-DDTHH:MM`. */
const localWhen = (c: ExceptionsContext, local: string) => c.m.when2(formatDay(local.slice(0, 10), c.host.language), formatClock(local.slice(11, 16), c.host.language));

export function renderPreview(c: ExceptionsContext): TemplateResult {
  const { m, previewer: p } = c;
  let body: TemplateResult;
  if (p.state === 'waiting') body = html`<p class="hint">${m.previewWaiting}</p>`;
  else if (p.state === 'error') {
    body = html`<div class="status-message error" role="alert">
      <div>
        <p>${p.problem ?? m.previewFailed}</p>
        ${p.problem ? nothing : html`<div class="status-actions"><button type="button" @click=${() => p.retry()}>${c.host.texts.retry}</button></div>`}
      </div>
    </div>`;
  } else if (!p.result) body = html`<p class="hint" role="status">${m.previewLoading}</p>`;
  else {
    const shown = p.result.occurrences.slice(0, SHOWN);
    body = html`<p class="schedule-words"><strong>${p.result.schedule}</strong></p>
      ${shown.length
        ? html`<h4 class="dates-title">${m.nextDates}</h4>
            <ol class="dates plain">
              ${shown.map((o) => renderDate(c, o))}
            </ol>`
        : html`<p>${m.previewEmpty}</p>`}
      ${renderHolidays(c, p.result.occurrences)}`;
  }
  return html`<section class="preview" aria-labelledby="preview-title" aria-busy=${p.state === 'loading' ? 'true' : 'false'}>
    <h3 id="preview-title">${m.previewTitle}</h3>
    ${c.error ? html`<p class="error" id="f-act-exceptions" tabindex="-1">${c.error}</p>` : nothing} ${body}
  </section>`;
}

function renderDate(c: ExceptionsContext, o: PreviewOccurrence): TemplateResult {
  const { m, host } = c;
  const locale = host.language;
  const exception = c.exceptions.find((e) => e.originalStartsAt === o.originalStartsAt);
  // The status follows what is chosen at once; the dates themselves come from the server.
  const status = exception?.kind ?? (o.status === 'skipped' ? 'scheduled' : o.status);
  const when = m.when2(formatDay(dayKey(o.start), locale), formatTime(o.start, locale));
  const original = localWhen(c, o.originalStartsAt);
  const id = rowId(o.originalStartsAt);
  const open = c.open?.original === o.originalStartsAt ? c.open : undefined;
  const label = html`<span class="visually-hidden"> – ${original}</span>`;
  return html`<li class="date ${status}" id=${id} data-original=${o.originalStartsAt}>
    <p class="date-when"><span class="when-text">${status === 'moved' && exception?.newStartsAt ? original : when}</span> <span class="badge ${status}">${m.status[status]}</span></p>
    ${status === 'moved' && exception?.newStartsAt ? html`<p class="date-note">${m.movedTo(localWhen(c, exception.newStartsAt))}</p>` : nothing}
    ${exception?.note ? html`<p class="date-note">${m.reason}: ${exception.note}</p>` : nothing}
    ${c.readOnly
      ? nothing
      : open
        ? renderRowForm(c, o, open)
        : html`<div class="actions">
            ${exception
              ? html`<button type="button" class="undo" @click=${() => c.change(c.exceptions.filter((e) => e !== exception), m.exceptionChanged.undone(original), `#${id} button.skip`)}>${m.undo}${label}</button>`
              : html`<button type="button" class="skip" @click=${() => c.change([...c.exceptions, { originalStartsAt: o.originalStartsAt, kind: 'skipped' }], m.exceptionChanged.skipped(original), `#${id} button.undo`)}>${m.skip}${label}</button>
                  <button type="button" class="cancel" @click=${() => c.setOpen({ original: o.originalStartsAt, form: 'cancelled', reason: '', newDate: '', newTime: '' }, `#${id} textarea`)}>${m.cancel}${label}</button>
                  <button type="button" class="move" @click=${() => c.setOpen({ original: o.originalStartsAt, form: 'moved', reason: '', newDate: o.originalStartsAt.slice(0, 10), newTime: o.originalStartsAt.slice(11, 16) }, `#${id} input[type=date]`)}>${m.move}${label}</button>`}
          </div>`}
  </li>`;
}

function renderRowForm(c: ExceptionsContext, o: PreviewOccurrence, open: RowForm): TemplateResult {
  const { m } = c;
  const id = rowId(o.originalStartsAt);
  const original = localWhen(c, o.originalStartsAt);
  const field = (key: 'reason' | 'newDate' | 'newTime', label: string, control: TemplateResult, hint?: string) => html`<div class="field">
    <label for="${id}-${key}">${label}<span class="visually-hidden"> – ${original}</span></label>
    ${hint ? html`<p class="hint" id="${id}-${key}-hint">${hint}</p>` : nothing} ${control}
  </div>`;
  const set = (key: 'reason' | 'newDate' | 'newTime') => (e: Event) => {
    open[key] = (e.target as HTMLInputElement).value;
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (open.form === 'cancelled' && !open.reason.trim()) return c.setOpen({ ...open, error: m.reasonMissing }, `#${id}-reason`);
    if (open.form === 'moved' && !(/^\d{4}-\d{2}-\d{2}$/.test(open.newDate) && /^\d{2}:\d{2}$/.test(open.newTime))) return c.setOpen({ ...open, error: m.newDateMissing }, `#${id}-newDate`);
    const exception: ActivityException = {
      originalStartsAt: o.originalStartsAt,
      kind: open.form,
      ...(open.form === 'moved' ? { newStartsAt: `${open.newDate}T${open.newTime}` } : {}),
      ...(open.reason.trim() ? { note: open.reason.trim() } : {}),
    };
    c.change([...c.exceptions.filter((x) => x.originalStartsAt !== o.originalStartsAt), exception], m.exceptionChanged[open.form](original), `#${id} button.undo`);
  };
  const errorId = `${id}-form-error`;
  return html`<form class="date-form" novalidate @submit=${submit}>
    ${open.error ? html`<p class="error" id=${errorId}>${open.error}</p>` : nothing}
    ${open.form === 'moved'
      ? html`<div class="times">
          ${field('newDate', m.newDate, html`<input id="${id}-newDate" type="date" .value=${open.newDate} aria-describedby=${open.error ? errorId : nothing} @input=${set('newDate')} @change=${set('newDate')} />`)}
          ${field('newTime', m.newTime, html`<input id="${id}-newTime" type="time" .value=${open.newTime} @input=${set('newTime')} @change=${set('newTime')} />`)}
        </div>`
      : nothing}
    ${field(
      'reason',
      m.reason,
      html`<textarea id="${id}-reason" rows="2" maxlength="200" .value=${open.reason} aria-describedby="${id}-reason-hint${open.error && open.form === 'cancelled' ? ` ${errorId}` : ''}" aria-invalid=${open.error && open.form === 'cancelled' ? 'true' : nothing} @input=${set('reason')}></textarea>`,
      m.reasonHint,
    )}
    <div class="actions">
      <button type="submit" class="primary confirm-${open.form}">${open.form === 'moved' ? m.confirmMove : m.confirmCancel}</button>
      <button type="button" class="close-form" @click=${() => c.setOpen(undefined, `#${id} button.${open.form === 'moved' ? 'move' : 'cancel'}`)}>${m.notNow}</button>
    </div>
  </form>`;
}

function renderHolidays(c: ExceptionsContext, occurrences: PreviewOccurrence[]): TemplateResult {
  const { m, host } = c;
  if (c.readOnly) return html``;
  const today = todayKey();
  const dates = new Map(occurrences.map((o) => [o.originalStartsAt.slice(0, 10), o]));
  const hits = holidaysBetween(today, addDays(today, 365))
    .filter((h) => dates.has(h.date))
    .map((h) => ({ holiday: h, occurrence: dates.get(h.date)! }));
  const skipped = (o: PreviewOccurrence) => c.exceptions.some((e) => e.originalStartsAt === o.originalStartsAt);
  const skip = (list: { holiday: Holiday; occurrence: PreviewOccurrence }[]) => {
    const added = list.filter((x) => !skipped(x.occurrence)).map((x) => ({ originalStartsAt: x.occurrence.originalStartsAt, kind: 'skipped' as const }));
    c.change([...c.exceptions, ...added], list.map((x) => m.exceptionChanged.skipped(m.holidays[x.holiday.key])).join(' '), '.holidays h4');
  };
  return html`<section class="holidays" aria-labelledby="holidays-title">
    <h4 id="holidays-title">${m.holidaysTitle}</h4>
    ${hits.length
      ? html`<p>${m.holidaysIntro}</p>
          <ul class="plain holiday-list">
            ${hits.map(
              (x) => html`<li class="holiday" data-date=${x.holiday.date}>
                <span><strong>${m.holidays[x.holiday.key]}</strong>, ${formatDay(x.holiday.date, host.language)}</span>
                ${skipped(x.occurrence)
                  ? html`<span class="badge skipped">${m.holidaySkipped}</span>`
                  : html`<button type="button" class="skip-holiday" @click=${() => skip([x])}>${m.skipHoliday}<span class="visually-hidden"> – ${m.holidays[x.holiday.key]}</span></button>`}
              </li>`,
            )}
          </ul>
          ${hits.some((x) => !skipped(x.occurrence)) ? html`<button type="button" class="skip-all-holidays" @click=${() => skip(hits)}>${m.skipAllHolidays}</button>` : nothing}`
      : html`<p>${m.holidaysNone}</p>`}
  </section>`;
}
