/**
 * "Ritlijst": a driver's day, the pick-ups in order with times, addresses, phone numbers,
 * mobility needs and companions, for the bus. Printable on one A4 page in large type (the
 * print rules in beheer.styles.ts hide everything but the sheet). A coordinator chooses the
 * driver and the day; a driver (role `driver`) sees only their own sheet and chooses the day.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { getJson } from '../api/client.ts';
import { addDays, formatDay, formatTime, todayKey } from '../core/dates.ts';
import { renderEmpty } from '../core/status.ts';
import type { RideDriver, RideSheet, RideStop } from './api.ts';
import type { BeheerHost } from './host.ts';
import { renderRideNav } from './rides.ts';
import { routeHref } from './route.ts';
import { renderData, renderProblem, telLink } from './shared.ts';

export class SheetView {
  date = todayKey();
  driver?: string;
  /** A driver's own sheet: no choice of driver, the server knows who. */
  own = false;

  readonly task: Task<readonly [string, string, string | undefined, boolean], { key: string; data: RideSheet | null }>;
  readonly drivers: Task<readonly [string, string], RideDriver[]>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, date, driver, own], { signal }) => ({
        key: this.key,
        // A coordinator without a chosen driver gets the choice, not a request (null: an answer, not "still loading").
        data: own || driver ? await getJson(api, '/v1/beheer/ride-sheet', { date, driver: own ? undefined : driver }, signal) : null,
      }),
      args: () => [this.host.base, this.date, this.driver, this.own] as const,
      autoRun: false,
    });
    this.drivers = new Task(host, {
      task: async ([api, date], { signal }) => (await getJson(api, '/v1/beheer/ride-drivers', { date }, signal)).items,
      args: () => [this.host.base, this.date] as const,
      autoRun: false,
    });
  }

  private get key() {
    return `${this.date}|${this.own ? 'own' : (this.driver ?? '')}`;
  }

  show(where: { date?: string; driver?: string }, own: boolean): void {
    this.date = where.date ?? todayKey();
    this.driver = own ? undefined : where.driver;
    this.own = own;
    void this.task.run();
    if (!own) void this.drivers.run();
  }

  private href(date: string, driver = this.driver) {
    return routeHref({ view: 'sheet', date, driver: this.own ? undefined : driver });
  }

  render(): TemplateResult {
    const m = this.host.texts;
    return html`<h2 class="view-title">${this.own ? m.ownSheetTitle : m.sheetTitle}</h2>
      ${this.own ? nothing : renderRideNav(this.host, 'sheet')}
      <form class="day-picker sheet-picker" novalidate @submit=${(e: Event) => this.pick(e)}>
        ${this.own ? nothing : this.renderDriverChoice()}
        <div class="field">
          <label for="f-sheet-day">${m.rideDay}</label>
          <input id="f-sheet-day" name="day" type="date" required .value=${this.date} />
        </div>
        <button type="submit">${m.showSheet}</button>
        <a class="button" href=${this.href(addDays(this.date, -1))}>${m.previousDay}</a>
        <a class="button" href=${this.href(addDays(this.date, 1))}>${m.nextDay}</a>
      </form>
      ${renderData(this.host, this.task, this.key, (sheet) => (sheet ? this.renderSheet(sheet) : html`<p class="notice">${m.chooseDriverFirst}</p>`))}`;
  }

  private renderDriverChoice(): TemplateResult {
    const m = this.host.texts;
    const drivers = this.drivers;
    if (drivers.status === TaskStatus.ERROR) return renderProblem(this.host, drivers.error, () => void drivers.run());
    return html`<div class="field">
      <label for="f-sheet-driver">${m.driver}</label>
      <select id="f-sheet-driver" name="driver">
        <option value="" ?selected=${!this.driver}>${m.chooseDriver}</option>
        ${(drivers.value ?? []).map((d) => html`<option value=${d.id} ?selected=${d.id === this.driver}>${d.name}</option>`)}
      </select>
    </div>`;
  }

  private pick(e: Event): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const date = form.querySelector<HTMLInputElement>('input[type="date"]')!.value || this.date;
    const driver = form.querySelector<HTMLSelectElement>('select')?.value || undefined;
    const hash = this.href(date, driver);
    // The same sheet asked again: read it again (someone may have changed it meanwhile).
    if (location.hash === hash) void this.task.run();
    else location.hash = hash;
  }

  private renderSheet(sheet: RideSheet): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    return html`<article class="sheet" aria-labelledby="sheet-title">
      <header class="sheet-head">
        <h3 id="sheet-title">${m.sheetFor(sheet.driver.name)}</h3>
        <p class="sheet-day">${formatDay(sheet.date, locale)}${sheet.vehicle ? ` · ${sheet.vehicle.name}` : ''}</p>
      </header>
      ${sheet.stops.length
        ? html`<ol class="stops">
              ${sheet.stops.map((s) => this.renderStop(s))}
            </ol>
            <div class="actions sheet-actions"><button type="button" class="primary print" @click=${() => window.print()}>${m.print}</button></div>`
        : renderEmpty(m.sheetEmpty)}
    </article>`;
  }

  private renderStop(s: RideStop): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const mob = s.mobility;
    const needs = [mob.rollator ? m.rollator : '', mob.wheelchair !== 'none' ? m.wheelchair[mob.wheelchair] : '', mob.helpAtDoor ? m.helpAtDoor : ''].filter(Boolean);
    return html`<li class="stop ${s.leg}" data-reference=${s.reference}>
      <p class="stop-time"><time datetime=${s.time}>${formatTime(s.time, locale)}</time> <span class="leg">${s.leg === 'return' ? m.legReturn : m.legOutward}</span></p>
      <div class="stop-body">
        <p class="stop-name"><strong>${s.passengerName}</strong> · ${telLink(s.phone)}</p>
        <p>${m.from}: <strong>${s.from}</strong></p>
        <p>${m.to2}: ${s.to}${s.arriveBy ? html` · <strong>${m.mustBeThere(formatTime(s.arriveBy, locale))}</strong>` : nothing}</p>
        ${needs.length || s.companions ? html`<p class="stop-needs">${[...needs, s.companions ? m.withCompanions(s.companions) : ''].filter(Boolean).join(' · ')}</p>` : nothing}
        ${mob.note ? html`<p class="message">${m.note}: ${mob.note}</p>` : nothing}
      </div>
    </li>`;
  }
}
