/**
 * "Vervoer": the ride requests of one day, by time block, and what the coordinator does with
 * them: confirm with a driver and pick-up times, decline with a reason, cancel after a phone
 * call. Passengers share a run when they get the same driver in one block (decision 0012),
 * so each block says who already drives it and the confirm form preselects that driver.
 * What was typed is kept per request, through refreshes and failed attempts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { addDays, formatClock, formatDay, formatTime, todayKey } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import { changeRide, type BeheerRide, type RideDriver } from './api.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { fact, mailLink, renderData, renderProblem, telLink } from './shared.ts';

/** Days shown after the chosen one, as links with their counts. */
const AHEAD = 13;

type Form = 'confirm' | 'decline' | 'cancel';
interface Row {
  open?: Form;
  /** The driver chosen in the form; until then the request's own, or the one already driving the block. */
  driverId?: string;
  pickUp: string;
  returnPickUp: string;
  reason: string;
  alternatives: string;
  errors: Record<string, string>;
  busy?: boolean;
  outcome?: string;
  failed?: boolean;
}

/** `HH:MM` of an instant, in the network's zone (the form's value, whatever the language). */
const clock = (instant: string) => formatTime(instant, 'en');
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/**
 * The time block of a request: the hour its asked time falls in. The bus's blocks are 60
 * minutes counted from a service window's start (decision 0012); the seeded windows start on
 * the hour. A request does not carry its block in the contract, so this is where it is made.
 */
const blockOf = (r: BeheerRide) => toClock(Math.floor(minutes(r.trip.time) / 60) * 60);
/** The first proposal for the pick-up: the asked time, or half an hour before an appointment. */
const proposedPickUp = (r: BeheerRide) => (r.pickUpTime ? clock(r.pickUpTime) : r.trip.timeKind === 'arrive-by' ? toClock(Math.max(0, minutes(r.trip.time) - 30)) : r.trip.time);
const live = (r: BeheerRide) => r.status === 'requested' || r.status === 'confirmed';

export class RidesView {
  date = todayKey();
  private rows = new Map<string, Row>();

  readonly task: Task<readonly [string, string], { key: string; data: BeheerRide[] }>;
  readonly drivers: Task<readonly [string, string], RideDriver[]>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, date], { signal }) => {
        const page = await getJson(api, '/v1/beheer/ride-requests', { from: date, to: addDays(date, AHEAD), limit: 500 }, signal);
        return { key: date, data: page.items };
      },
      args: () => [this.host.base, this.date] as const,
      autoRun: false,
    });
    this.drivers = new Task(host, {
      task: async ([api, date], { signal }) => (await getJson(api, '/v1/beheer/ride-drivers', { date }, signal)).items,
      args: () => [this.host.base, this.date] as const,
      autoRun: false,
    });
  }

  show(date: string | undefined): void {
    this.date = date ?? todayKey();
    void this.task.run();
    void this.drivers.run();
  }

  private row(r: BeheerRide): Row {
    let row = this.rows.get(r.reference);
    if (!row) {
      row = { pickUp: '', returnPickUp: '', reason: '', alternatives: '', errors: {} };
      this.rows.set(r.reference, row);
    }
    return row;
  }

  render(): TemplateResult {
    const m = this.host.texts;
    return html`<h2 class="view-title">${m.ridesTitle}</h2>
      ${renderRideNav(this.host, 'rides')}
      <form class="day-picker" novalidate @submit=${(e: Event) => this.pickDay(e)}>
        <div class="field">
          <label for="f-ride-day">${m.rideDay}</label>
          <input id="f-ride-day" name="day" type="date" required .value=${this.date} />
        </div>
        <button type="submit">${m.showDay}</button>
        <a class="button" href=${routeHref({ view: 'rides', date: addDays(this.date, -1) })}>${m.previousDay}</a>
        <a class="button" href=${routeHref({ view: 'rides', date: addDays(this.date, 1) })}>${m.nextDay}</a>
      </form>
      ${renderData(this.host, this.task, this.date, (items) => this.renderDay(items))}`;
  }

  private pickDay(e: Event): void {
    e.preventDefault();
    const value = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input')!.value;
    if (value) location.hash = routeHref({ view: 'rides', date: value });
  }

  private renderDay(items: BeheerRide[]): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const today = items.filter((r) => r.trip.date === this.date);
    const later = new Map<string, BeheerRide[]>();
    for (const r of items) if (r.trip.date !== this.date) later.set(r.trip.date, [...(later.get(r.trip.date) ?? []), r]);
    const blocks = new Map<string, BeheerRide[]>();
    for (const r of today) blocks.set(blockOf(r), [...(blocks.get(blockOf(r)) ?? []), r]);
    const open = today.filter((r) => r.status === 'requested').length;
    return html`<h3 class="day-title">${formatDay(this.date, locale)}</h3>
      ${today.length
        ? html`<p class="count-line">${m.rideCount(today.length, open)}</p>
            ${[...blocks].map(([start, list]) => this.renderBlock(start, list))}`
        : renderEmpty(m.ridesEmpty)}
      <section class="next-days" aria-labelledby="next-days-title">
        <h3 id="next-days-title">${m.nextDays}</h3>
        ${later.size
          ? html`<ul class="plain days">
              ${[...later].map(
                ([day, list]) =>
                  html`<li>
                    <a href=${routeHref({ view: 'rides', date: day })}>${formatDay(day, locale)}</a>:
                    ${m.rideCount(list.length, list.filter((r) => r.status === 'requested').length)}
                  </li>`,
              )}
            </ul>`
          : html`<p>${m.nextDaysEmpty}</p>`}
      </section>`;
  }

  /** The drivers of a block and whom each takes: the runs. */
  private runs(list: BeheerRide[]): Map<string, { name: string; rides: BeheerRide[] }> {
    const runs = new Map<string, { name: string; rides: BeheerRide[] }>();
    for (const r of list) {
      if (r.status !== 'confirmed' || !r.driver) continue;
      const run = runs.get(r.driver.id) ?? { name: r.driver.name, rides: [] };
      run.rides.push(r);
      runs.set(r.driver.id, run);
    }
    return runs;
  }

  private renderBlock(start: string, list: BeheerRide[]): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const end = toClock(minutes(start) + 60);
    const runs = this.runs(list);
    const id = `block-${start.replace(':', '')}`;
    return html`<section class="group block" aria-labelledby=${id}>
      <h4 id=${id}>${m.block(formatClock(start, locale), formatClock(end, locale))}</h4>
      ${runs.size
        ? html`<ul class="runs plain">
            ${[...runs].map(
              ([, run]) =>
                html`<li class="run">
                  <strong>${m.runOf(run.name)}</strong>:
                  ${run.rides
                    .slice()
                    .sort((a, b) => Date.parse(a.pickUpTime!) - Date.parse(b.pickUpTime!))
                    .map((r) => `${r.passenger.name} (${formatTime(r.pickUpTime!, locale)})`)
                    .join(', ')}
                </li>`,
            )}
          </ul>`
        : html`<p class="meta">${m.noRunYet}</p>`}
      <ul class="cards">
        ${list.map((r) => this.renderRide(r, list))}
      </ul>
    </section>`;
  }

  private renderRide(r: BeheerRide, block: BeheerRide[]): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const row = this.row(r);
    const p = r.passenger;
    const mob = p.mobility;
    const needs = [mob.rollator ? m.rollator : '', mob.wheelchair !== 'none' ? m.wheelchair[mob.wheelchair] : '', mob.helpAtDoor ? m.helpAtDoor : ''].filter(Boolean).join(', ');
    const when = r.trip.timeKind === 'arrive-by' ? m.arriveBy(formatClock(r.trip.time, locale)) : m.pickUpAt(formatClock(r.trip.time, locale));
    const address = `${p.address.street} ${p.address.houseNumber}, ${p.address.postalCode}${p.address.locality ? ` ${p.address.locality}` : ''}`;
    return html`<li class="card ride ${r.status}" data-reference=${r.reference}>
      <h5 class="name">${p.name}</h5>
      <p class="badge ${r.status === 'requested' ? 'to-confirm' : r.status}">${m.rideStatus[r.status]}</p>
      ${mob.wheelchair === 'seated' ? html`<p class="needs-place"><strong>${m.needsWheelchairPlace}</strong></p>` : nothing}
      <dl class="facts">
        ${fact(m.phone, telLink(p.phone))} ${fact(m.email, p.email ? mailLink(p.email) : undefined)} ${fact(m.pickUpAddress, address)}
        ${fact(m.destination, `${r.destination.name}, ${r.destination.address}`)} ${fact(m.tripTime, when)}
        ${fact(m.returnTrip, r.trip.returnTime ? m.returnAt(formatClock(r.trip.returnTime, locale)) : m.oneWay)}
        ${fact(m.mobility, needs || m.noNeeds)} ${mob.note ? html`<div class="fact"><dt>${m.note}</dt><dd class="message">${mob.note}</dd></div>` : nothing}
        ${fact(m.companions, String(p.companions))}
        ${r.requester
          ? fact(
              m.requester,
              html`${r.requester.name} (${m.relation[r.requester.relation]}), ${telLink(r.requester.phone)}${r.requester.email ? html`, ${mailLink(r.requester.email)}` : nothing}`,
            )
          : nothing}
        ${r.status === 'confirmed' && r.driver
          ? fact(
              m.confirmedWith,
              m.confirmedText(r.driver.name, formatTime(r.pickUpTime!, locale), r.returnPickUpTime ? formatTime(r.returnPickUpTime, locale) : undefined),
            )
          : nothing}
        ${r.status === 'declined' ? fact(m.declineReason, r.declineReason) : nothing} ${r.status === 'declined' ? fact(m.alternatives, r.alternatives) : nothing}
        ${fact(m.cost, r.cost.text)} ${fact(m.reference, r.reference)}
      </dl>
      ${live(r) ? this.renderActions(r, row, block) : nothing}
      ${row.outcome ? html`<p class="outcome ${row.failed ? 'failed' : ''}">${row.outcome}</p>` : nothing}
    </li>`;
  }

  private renderActions(r: BeheerRide, row: Row, block: BeheerRide[]): TemplateResult {
    const m = this.host.texts;
    const who = html`<span class="visually-hidden"> – ${r.passenger.name}</span>`;
    if (row.open === 'confirm') return this.renderConfirm(r, row, block);
    if (row.open === 'decline') return this.renderDecline(r, row);
    if (row.open === 'cancel') {
      return html`<div class="ask" role="group" aria-labelledby="ask-${r.reference}">
        <p id="ask-${r.reference}" class="ask-text" tabindex="-1">${m.rideCancelAsk(r.passenger.name)}</p>
        <div class="actions">
          <button type="button" class="danger cancel-yes" ?disabled=${row.busy} @click=${() => this.act(r, 'cancel')}>${m.rideCancelYes}</button>
          <button type="button" class="cancel-no" @click=${() => this.openForm(r, undefined, 'button.cancel')}>${m.rideCancelNo}</button>
        </div>
      </div>`;
    }
    return html`<div class="actions">
      <button type="button" class="primary confirm" @click=${() => this.openForm(r, 'confirm', 'select')}>${r.status === 'confirmed' ? m.changeRide : m.confirm}${who}</button>
      ${r.status === 'requested' ? html`<button type="button" class="decline" @click=${() => this.openForm(r, 'decline', 'textarea')}>${m.decline}${who}</button>` : nothing}
      <button type="button" class="danger cancel" @click=${() => this.openForm(r, 'cancel', '.ask-text')}>${m.rideCancel}${who}</button>
    </div>`;
  }

  private openForm(r: BeheerRide, form: Form | undefined, focus: string): void {
    const row = this.row(r);
    row.open = form;
    row.errors = {};
    if (form === 'confirm') {
      row.pickUp ||= proposedPickUp(r);
      row.returnPickUp ||= r.returnPickUpTime ? clock(r.returnPickUpTime) : (r.trip.returnTime ?? '');
    }
    this.host.focuser.after(this.card(r.reference, focus));
  }

  private eligible(id: string) {
    return this.drivers.value?.some((d) => d.id === id && d.eligible) ?? false;
  }

  /**
   * The driver the form shows: as chosen, else the request's own, else (combining passengers)
   * one who already drives this block and may drive that day.
   */
  private chosenDriver(r: BeheerRide, row: Row): string {
    if (row.driverId !== undefined) return row.driverId;
    if (r.driver) return r.driver.id;
    const block = this.task.value?.data.filter((x) => x.trip.date === r.trip.date && blockOf(x) === blockOf(r)) ?? [];
    return [...this.runs(block).keys()].find((id) => this.eligible(id)) ?? '';
  }

  private field(r: BeheerRide, row: Row, name: 'driverId' | 'pickUp' | 'returnPickUp' | 'reason' | 'alternatives', label: string, control: (describedBy: string, invalid: boolean) => TemplateResult, hint?: string | TemplateResult) {
    const m = this.host.texts;
    const id = `f-${name}-${r.reference}`;
    const error = row.errors[name];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}>${label}<span class="visually-hidden"> – ${r.passenger.name}</span></label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${m.errorPrefix}</span>${error}</p>` : nothing}
      ${control(describedBy, !!error)}
    </div>`;
  }

  private renderConfirm(r: BeheerRide, row: Row, block: BeheerRide[]): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const drivers = this.drivers;
    const others = [...this.runs(block)].filter(([id]) => id !== r.driver?.id || block.some((x) => x !== r && x.driver?.id === id));
    const sharingHint = others.length
      ? m.sharingHint(others.map(([, run]) => `${run.name} (${run.rides.filter((x) => x !== r).map((x) => x.passenger.name).join(', ')})`).join('; '))
      : m.noSharingHint;
    const set = (key: 'driverId' | 'pickUp' | 'returnPickUp') => (e: Event) => {
      row[key] = (e.target as HTMLInputElement).value;
    };
    let driverControl: TemplateResult;
    if (drivers.status === TaskStatus.ERROR) {
      driverControl = html`<div class="drivers-error">${renderProblem(this.host, drivers.error, () => void drivers.run())}</div>`;
    } else if (!drivers.value) {
      driverControl = html`<p class="meta" id="f-driverId-${r.reference}" tabindex="-1">${m.driversLoading}</p>`;
    } else {
      const chosen = this.chosenDriver(r, row);
      const ok = drivers.value.filter((d) => d.eligible);
      const not = drivers.value.filter((d) => !d.eligible);
      driverControl = this.field(
        r,
        row,
        'driverId',
        m.driver,
        (describedBy, invalid) => html`<select
          id="f-driverId-${r.reference}"
          name="driverId"
          aria-describedby=${describedBy || nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          @change=${set('driverId')}
        >
          <option value="" ?selected=${!chosen}>${m.chooseDriver}</option>
          ${ok.map((d) => html`<option value=${d.id} ?selected=${d.id === chosen}>${d.firstName} (${d.name})</option>`)}
          ${not.length
            ? html`<optgroup label=${m.cannotDrive}>
                ${not.map((d) => html`<option value=${d.id} disabled>${d.firstName} – ${d.notEligibleBecause ?? m.notEligible}</option>`)}
              </optgroup>`
            : nothing}
        </select>`,
        sharingHint,
      );
      if (not.length) {
        driverControl = html`${driverControl}
          <p class="meta not-eligible">${m.notEligibleList(not.map((d) => `${d.firstName}: ${d.notEligibleBecause ?? m.notEligible}`).join('; '))}</p>`;
      }
    }
    const asked = r.trip.timeKind === 'arrive-by' ? m.arriveBy(formatClock(r.trip.time, locale)) : m.pickUpAt(formatClock(r.trip.time, locale));
    return html`<form class="ride-form confirm-form" novalidate @submit=${(e: Event) => this.submit(e, r, 'confirm')}>
      <h6 class="form-title">${m.confirmTitle(r.passenger.name)}</h6>
      ${driverControl}
      ${this.field(
        r,
        row,
        'pickUp',
        m.pickUpTime,
        (describedBy, invalid) =>
          html`<input id="f-pickUp-${r.reference}" name="pickUpTime" type="time" step="300" .value=${row.pickUp} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} @input=${set('pickUp')} />`,
        m.pickUpHint(asked),
      )}
      ${r.trip.returnTime
        ? this.field(
            r,
            row,
            'returnPickUp',
            m.returnPickUpTime,
            (describedBy, invalid) =>
              html`<input id="f-returnPickUp-${r.reference}" name="returnPickUpTime" type="time" step="300" .value=${row.returnPickUp} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} @input=${set('returnPickUp')} />`,
            m.returnHint(formatClock(r.trip.returnTime, locale)),
          )
        : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${row.busy}>${m.confirmSubmit}</button>
        <button type="button" class="close-form" @click=${() => this.openForm(r, undefined, 'button.confirm')}>${m.notNow}</button>
      </div>
    </form>`;
  }

  private renderDecline(r: BeheerRide, row: Row): TemplateResult {
    const m = this.host.texts;
    const set = (key: 'reason' | 'alternatives') => (e: Event) => {
      row[key] = (e.target as HTMLTextAreaElement).value;
    };
    const area = (name: 'reason' | 'alternatives') => (describedBy: string, invalid: boolean) =>
      html`<textarea id="f-${name}-${r.reference}" name=${name} rows="3" maxlength="500" .value=${row[name]} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} @input=${set(name)}></textarea>`;
    return html`<form class="ride-form decline-form" novalidate @submit=${(e: Event) => this.submit(e, r, 'decline')}>
      <h6 class="form-title">${m.declineTitle(r.passenger.name)}</h6>
      ${this.field(r, row, 'reason', m.declineReasonLabel, area('reason'), m.declineReasonHint)}
      ${this.field(r, row, 'alternatives', m.alternativesLabel, area('alternatives'), m.alternativesHint)}
      <div class="actions">
        <button type="submit" class="danger decline-yes" ?disabled=${row.busy}>${m.declineSubmit}</button>
        <button type="button" class="close-form" @click=${() => this.openForm(r, undefined, 'button.decline')}>${m.notNow}</button>
      </div>
    </form>`;
  }

  private card(reference: string, selector: string) {
    return () => this.host.renderRoot.querySelector<HTMLElement>(`[data-reference="${CSS.escape(reference)}"] ${selector}`);
  }

  /** Checks what the server would refuse anyway, so the answer is at the field at once. */
  private submit(e: Event, r: BeheerRide, action: 'confirm' | 'decline'): void {
    e.preventDefault();
    const m = this.host.texts;
    const row = this.row(r);
    const errors: Record<string, string> = {};
    if (action === 'confirm' && !this.drivers.value) {
      // Nothing to choose from yet: say so where the choice comes, and keep it open (a ''
      // stored now would hide the block's driver once the list arrives).
      this.host.announce(this.drivers.status === TaskStatus.ERROR ? m.driverMissing : m.driversLoading);
      this.host.focuser.after(this.card(r.reference, `#f-driverId-${CSS.escape(r.reference)}`));
      return;
    }
    if (action === 'confirm') {
      row.driverId = this.chosenDriver(r, row);
      if (!row.driverId) errors.driverId = m.driverMissing;
      if (!row.pickUp) errors.pickUp = m.pickUpMissing;
      if (r.trip.returnTime && !row.returnPickUp) errors.returnPickUp = m.returnMissing;
      else if (r.trip.returnTime && row.pickUp && row.returnPickUp <= row.pickUp) errors.returnPickUp = m.returnTooEarly;
    } else if (!row.reason.trim()) errors.reason = m.reasonMissing;
    row.errors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      this.host.announce(errors[first]!);
      this.host.focuser.after(this.card(r.reference, `#f-${first}-${CSS.escape(r.reference)}`));
      return;
    }
    void this.act(r, action);
  }

  /** Does one action; the card shows the answer, the list refreshes (the runs change with it). */
  async act(r: BeheerRide, action: 'confirm' | 'decline' | 'cancel'): Promise<void> {
    const m = this.host.texts;
    const row = this.row(r);
    Object.assign(row, { busy: true, outcome: m.busy, failed: false });
    this.host.requestUpdate();
    try {
      const token = await this.host.csrfToken();
      const base = this.host.base;
      const changed =
        action === 'confirm'
          ? await changeRide(base, token, r.reference, 'confirm', { driverId: row.driverId!, pickUpTime: row.pickUp, ...(r.trip.returnTime ? { returnPickUpTime: row.returnPickUp } : {}) })
          : action === 'decline'
            ? await changeRide(base, token, r.reference, 'decline', { reason: row.reason.trim(), ...(row.alternatives.trim() ? { alternatives: row.alternatives.trim() } : {}) })
            : await changeRide(base, token, r.reference, 'cancel');
      const list = this.task.value?.data;
      const at = list?.findIndex((x) => x.reference === r.reference) ?? -1;
      if (list && at >= 0) list[at] = changed;
      const outcome =
        action === 'confirm'
          ? m.rideDone.confirm(changed.passenger.name, changed.driver?.name ?? '', changed.pickUpTime ? formatTime(changed.pickUpTime, this.host.language) : '')
          : m.rideDone[action](changed.passenger.name);
      Object.assign(row, { busy: false, open: undefined, errors: {}, outcome });
      this.host.announce(outcome);
      void this.task.run();
      this.host.focuser.after(this.card(r.reference, '.name'), () => this.task.status === TaskStatus.COMPLETE);
    } catch (e) {
      row.busy = false;
      const error = e instanceof ApiError ? e : new ApiError(0);
      const names: Record<string, keyof Row['errors']> = { driverId: 'driverId', pickUpTime: 'pickUp', returnPickUpTime: 'returnPickUp', reason: 'reason', alternatives: 'alternatives' };
      const fields = (error.problem?.errors ?? []).filter((f) => f.in === 'body' && names[f.name]);
      if (error.status === 422 && fields.length && action !== 'cancel') {
        row.outcome = undefined;
        row.errors = Object.fromEntries(fields.map((f) => [names[f.name]!, f.detail]));
        const first = names[fields[0]!.name]!;
        this.host.announce(fields[0]!.detail);
        this.host.focuser.after(this.card(r.reference, `#f-${first}-${CSS.escape(r.reference)}`));
        if (first === 'driverId') void this.drivers.run();
      } else {
        if (error.status === 401) this.host.expire();
        row.failed = true;
        row.outcome =
          error.status === 401
            ? m.expired
            : error.status === 403
              ? m.actionForbidden
              : error.status === 409
                ? (error.problem?.detail ?? m.rideConflict)
                : error.status === 404
                  ? m.rideConflict
                  : error.status === 0
                    ? m.offline
                    : m.failed;
        this.host.announce(row.outcome);
        if (error.status === 409 || error.status === 404) void this.task.run();
        this.host.focuser.after(this.card(r.reference, '.outcome'));
      }
      this.host.requestUpdate();
    }
  }
}

/** The three pages of Vervoer, as chips under the title. */
export function renderRideNav(host: BeheerHost, current: 'rides' | 'sheet' | 'report'): TemplateResult {
  const m = host.texts;
  const pages: ['rides' | 'sheet' | 'report', string][] = [
    ['rides', m.ridesRequests],
    ['sheet', m.sheetTitle],
    ['report', m.reportTitle],
  ];
  return html`<nav class="filter ride-nav" aria-label=${m.ridesTitle}>
    <ul>
      ${pages.map(([view, label]) => html`<li><a class="chip" href=${routeHref({ view })} aria-current=${view === current ? 'page' : 'false'}>${label}</a></li>`)}
    </ul>
  </nav>`;
}
