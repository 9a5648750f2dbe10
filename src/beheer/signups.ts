/**
 * "Aanmeldingen" of one opportunity or one shift: who, how to reach them, and what the
 * coordinator does with them (confirm, move up, record the VOG, cancel). What was typed
 * (a VOG date) is kept per sign-up, through refreshes and failed attempts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { addDays, dayKey, formatDate, formatDateTime } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import { changeSignup, type BeheerOpportunity, type BeheerSignup, type SignupAction } from './api.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { fact, mailLink, renderData, shiftWhen, telLink } from './shared.ts';

interface Row {
  /** The VOG date as typed (`YYYY-MM-DD` from the date field). */
  vogDate: string;
  vogError?: string;
  askingCancel?: boolean;
  busy?: boolean;
  /** The result of the last action, shown in the card (and announced). */
  outcome?: string;
  failed?: boolean;
}

type Where = { opportunity: string; occurrence?: string };
const keyOf = (w: Where) => `${w.opportunity}|${w.occurrence ?? ''}`;

export class SignupsView {
  where: Where = { opportunity: '' };
  private rows = new Map<string, Row>();

  readonly task: Task<readonly [string, string, string | undefined], { key: string; data: BeheerSignup[] }>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, opportunity, occurrence], { signal }) => {
        const path = ('/v1/beheer/volunteer-opportunities/{id}/signups' as const).replace('{id}', encodeURIComponent(opportunity));
        // The opportunity (its title, whether it asks a VOG) comes with the list of all; without it the sign-ups still show.
        const opportunities = this.host.opportunities;
        const known = opportunities.status === TaskStatus.INITIAL ? opportunities.run() : opportunities.taskComplete.catch(() => undefined);
        const [page] = await Promise.all([getJson(api, path as '/v1/beheer/volunteer-opportunities/{id}/signups', { occurrence, limit: 500 }, signal), known]);
        return { key: keyOf({ opportunity, occurrence }), data: page.items };
      },
      args: () => [this.host.base, this.where.opportunity, this.where.occurrence] as const,
      autoRun: false,
    });
  }

  show(where: Where): void {
    this.where = where;
    void this.task.run();
  }

  private row(reference: string): Row {
    let row = this.rows.get(reference);
    if (!row) this.rows.set(reference, (row = { vogDate: '' }));
    return row;
  }

  private get opportunity(): BeheerOpportunity | undefined {
    return this.host.opportunities.value?.find((o) => o.id === this.where.opportunity);
  }

  render(): TemplateResult {
    const m = this.host.texts;
    const o = this.opportunity;
    const shift = o?.shifts.find((s) => s.occurrenceId === this.where.occurrence);
    const when = shift ? shiftWhen(m, this.host.language, shift.start, shift.end) : undefined;
    return html`<p class="crumbs">
        <a href=${routeHref({ view: 'opportunities' })}>${m.backToList}</a>
        ${this.where.occurrence ? html`<a href=${routeHref({ view: 'signups', opportunity: this.where.opportunity })}>${m.wholeOpportunity}</a>` : nothing}
      </p>
      <h2 class="view-title">${o ? m.signupsFor(o.title) : m.signupsTitle}</h2>
      ${when ? html`<p class="subtitle"><strong>${when}</strong> · ${m.shiftFilledLong(shift!.confirmed, shift!.capacity)} · ${m.shiftWaitlist(shift!.waitlisted)}</p>` : nothing}
      ${renderData(this.host, this.task, keyOf(this.where), (items) => this.renderList(items, o), m.notFound)}`;
  }

  private renderList(items: BeheerSignup[], o: BeheerOpportunity | undefined): TemplateResult {
    const m = this.host.texts;
    if (!items.length) return renderEmpty(m.signupsEmpty);
    const placed = items.filter((s) => s.status === 'confirmed');
    const waiting = items.filter((s) => s.status === 'waitlisted').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
    const cancelled = items.filter((s) => s.status === 'cancelled');
    const group = (title: string, list: BeheerSignup[], cls: string) =>
      list.length
        ? html`<section class="group ${cls}" aria-labelledby="group-${cls}">
            <h3 id="group-${cls}">${title} (${list.length})</h3>
            <ul class="cards">
              ${list.map((s) => this.renderSignup(s, o))}
            </ul>
          </section>`
        : nothing;
    return html`<p class="count-line">${m.signupCount(items.length)}</p>
      ${group(m.groupPlaced, placed, 'placed')} ${group(m.groupWaiting, waiting, 'waiting')} ${group(m.groupCancelled, cancelled, 'cancelled')}`;
  }

  private renderSignup(s: BeheerSignup, o: BeheerOpportunity | undefined): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const row = this.row(s.reference);
    const status =
      s.status === 'waitlisted'
        ? m.status.waitlisted(s.waitlistPosition)
        : s.status === 'cancelled'
          ? m.status.cancelled
          : s.confirmedByOrganizationAt
            ? m.status.confirmed
            : m.status.toConfirm;
    const statusClass = s.status === 'confirmed' && !s.confirmedByOrganizationAt ? 'to-confirm' : s.status;
    const availability = s.availability?.length ? s.availability.map((a) => m.slot(m.days[a.day]!, m.dayParts[a.part]!)).join(', ') : undefined;
    const needsVog = (o?.requirements.vog ?? false) || s.vogReceivedOn !== undefined;
    return html`<li class="card signup ${statusClass}" data-reference=${s.reference}>
      <h4 class="name">${s.name}</h4>
      <p class="badge ${statusClass}">${status}</p>
      <dl class="facts">
        ${fact(m.phone, s.phone ? telLink(s.phone) : undefined)} ${fact(m.email, s.email ? mailLink(s.email) : undefined)}
        ${!this.where.occurrence && s.shift ? fact(m.shift, shiftWhen(m, locale, s.shift.start, s.shift.end)) : nothing}
        ${fact(m.availability, availability)}
        ${s.message ? html`<div class="fact"><dt>${m.message}</dt><dd class="message">${s.message}</dd></div>` : nothing}
        ${fact(m.signedUpAt, formatDateTime(s.createdAt, locale))} ${fact(m.reference, s.reference)}
      </dl>
      ${needsVog && s.status !== 'cancelled' ? this.renderVog(s, row) : nothing} ${this.renderActions(s, row)}
      ${row.outcome ? html`<p class="outcome ${row.failed ? 'failed' : ''}">${row.outcome}</p>` : nothing}
    </li>`;
  }

  private renderVog(s: BeheerSignup, row: Row): TemplateResult {
    const m = this.host.texts;
    if (s.vogReceivedOn) {
      return html`<div class="vog">
        <p class="vog-state received">${m.vogReceived(formatDate(s.vogReceivedOn, this.host.language))}</p>
        <button type="button" class="clear-vog" ?disabled=${row.busy} @click=${() => this.act(s, 'clear-vog')}>
          ${m.vogClear}<span class="visually-hidden"> – ${s.name}</span>
        </button>
      </div>`;
    }
    const id = `vog-${s.reference}`;
    const today = dayKey(this.host.moment());
    const describedBy = `${id}-hint${row.vogError ? ` ${id}-error` : ''}`;
    return html`<form class="vog" novalidate @submit=${(e: Event) => this.saveVog(e, s)}>
      <p class="vog-state missing">${m.vogMissing}</p>
      <div class="field ${row.vogError ? 'has-error' : ''}">
        <label for=${id}>${m.vogDate}<span class="visually-hidden"> – ${s.name}</span></label>
        <p class="hint" id="${id}-hint">${m.vogHint}</p>
        ${row.vogError ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${m.errorPrefix}</span>${row.vogError}</p>` : nothing}
        <input
          id=${id}
          name="receivedOn"
          type="date"
          max=${today}
          min=${addDays(today, -5 * 366)}
          aria-describedby=${describedBy}
          aria-invalid=${row.vogError ? 'true' : 'false'}
          .value=${row.vogDate}
          @input=${(e: Event) => {
            row.vogDate = (e.target as HTMLInputElement).value;
          }}
        />
      </div>
      <button type="submit" ?disabled=${row.busy}>${m.vogSave}<span class="visually-hidden"> – ${s.name}</span></button>
    </form>`;
  }

  private renderActions(s: BeheerSignup, row: Row): TemplateResult {
    const m = this.host.texts;
    if (s.status === 'cancelled') return html``;
    if (row.askingCancel) {
      return html`<div class="ask" role="group" aria-labelledby="ask-${s.reference}">
        <p id="ask-${s.reference}" class="ask-text" tabindex="-1">${m.cancelAsk(s.name)}</p>
        <div class="actions">
          <button type="button" class="danger cancel-yes" ?disabled=${row.busy} @click=${() => this.act(s, 'cancel')}>${m.cancelYes}</button>
          <button type="button" class="cancel-no" @click=${() => this.askCancel(s, false)}>${m.cancelNo}</button>
        </div>
      </div>`;
    }
    return html`<div class="actions">
      ${s.status === 'confirmed' && !s.confirmedByOrganizationAt
        ? html`<button type="button" class="primary confirm" ?disabled=${row.busy} @click=${() => this.act(s, 'confirm')}>
            ${m.confirm}<span class="visually-hidden"> – ${s.name}</span>
          </button>`
        : nothing}
      ${s.status === 'waitlisted'
        ? html`<button type="button" class="primary move-up" ?disabled=${row.busy} @click=${() => this.act(s, 'move-up')}>
            ${m.moveUp}<span class="visually-hidden"> – ${s.name}</span>
          </button>`
        : nothing}
      <button type="button" class="danger cancel" ?disabled=${row.busy} @click=${() => this.askCancel(s, true)}>
        ${m.cancel}<span class="visually-hidden"> – ${s.name}</span>
      </button>
    </div>`;
  }

  private card(reference: string, selector: string) {
    return () => this.host.renderRoot.querySelector<HTMLElement>(`[data-reference="${CSS.escape(reference)}"] ${selector}`);
  }

  private askCancel(s: BeheerSignup, asking: boolean): void {
    this.row(s.reference).askingCancel = asking;
    this.host.focuser.after(this.card(s.reference, asking ? '.ask-text' : 'button.cancel'));
  }

  private saveVog(e: Event, s: BeheerSignup): void {
    e.preventDefault();
    const row = this.row(s.reference);
    if (!row.vogDate) {
      row.vogError = this.host.texts.vogDateMissing;
      this.host.announce(row.vogError);
      this.host.focuser.after(this.card(s.reference, 'input[type="date"]'));
      return;
    }
    void this.act(s, 'record-vog');
  }

  /** Does one action; on success the card shows the answer, and the list and counts refresh. */
  async act(s: BeheerSignup, action: SignupAction): Promise<void> {
    const m = this.host.texts;
    const row = this.row(s.reference);
    row.busy = true;
    row.outcome = m.busy;
    row.failed = false;
    this.host.requestUpdate();
    try {
      const token = await this.host.csrfToken();
      const changed = await changeSignup(this.host.base, token, s.reference, action, action === 'record-vog' ? row.vogDate : undefined);
      const list = this.task.value?.data;
      const at = list?.findIndex((x) => x.reference === s.reference) ?? -1;
      if (list && at >= 0) list[at] = changed;
      Object.assign(row, { busy: false, askingCancel: false, vogError: undefined, outcome: m.done[action](changed.name) });
      if (action === 'record-vog') row.vogDate = '';
      this.host.announce(row.outcome!);
      // Moving up or cancelling changes the others' places too: the list comes fresh.
      // The counts first, so the list's refresh waits for them and both show at once.
      void this.host.opportunities.run();
      void this.task.run();
      this.host.focuser.after(
        action === 'clear-vog' ? this.card(s.reference, 'input[type="date"]') : this.card(s.reference, '.name'),
        () => this.task.status === TaskStatus.COMPLETE,
      );
    } catch (e) {
      row.busy = false;
      const error = e instanceof ApiError ? e : new ApiError(0);
      const field = error.problem?.errors?.find((f) => f.in === 'body' && f.name === 'receivedOn');
      if (action === 'record-vog' && field) {
        row.outcome = undefined;
        row.vogError = field.detail;
        this.host.announce(field.detail);
        this.host.focuser.after(this.card(s.reference, 'input[type="date"]'));
      } else {
        if (error.status === 401) this.host.expire();
        row.failed = true;
        row.outcome =
          error.status === 401 ? m.expired : error.status === 403 ? m.actionForbidden : error.status === 409 || error.status === 404 ? m.conflict : error.status === 0 ? m.offline : m.failed;
        this.host.announce(row.outcome);
        if (error.status === 409) void this.task.run();
      }
      this.host.requestUpdate();
    }
  }
}
