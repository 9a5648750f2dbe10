/**
 * "Verslag voor financiers": rides, passengers, wheelchair rides and kilometres per month,
 * with totals, for a range of months; anonymous, and offered as a CSV file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { addMonths, formatMonth, todayKey } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import { fetchReportCsv, type RideReport } from './api.ts';
import type { BeheerHost } from './host.ts';
import { renderRideNav } from './rides.ts';
import { routeHref } from './route.ts';
import { renderData } from './shared.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const thisMonth = () => todayKey().slice(0, 7);
const monthsBack = (month: string, n: number) => addMonths(`${month}-01`, -n).slice(0, 7);
const number = (n: number, locale: Locale) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', locale === 'nl' ? ',' : '.'));

export class ReportView {
  from = monthsBack(thisMonth(), 11);
  to = thisMonth();
  private typed = { from: '', to: '' };
  private errors: { from?: string; to?: string } = {};
  private downloading = false;
  private downloadError?: string;

  readonly task: Task<readonly [string, string, string], { key: string; data: RideReport }>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, from, to], { signal }) => ({ key: `${from}|${to}`, data: await getJson(api, '/v1/beheer/ride-report', { from, to }, signal) }),
      args: () => [this.host.base, this.from, this.to] as const,
      autoRun: false,
    });
  }

  show(where: { from?: string; to?: string }): void {
    this.to = where.to ?? thisMonth();
    this.from = where.from ?? monthsBack(this.to, 11);
    this.typed = { from: this.from, to: this.to };
    this.errors = {};
    this.downloadError = undefined;
    void this.task.run();
  }

  render(): TemplateResult {
    const m = this.host.texts;
    const field = (name: 'from' | 'to', label: string) => {
      const error = this.errors[name];
      return html`<div class="field ${error ? 'has-error' : ''}">
        <label for="f-report-${name}">${label}</label>
        <p class="hint" id="f-report-${name}-hint">${m.monthHint}</p>
        ${error ? html`<p class="error" id="f-report-${name}-error"><span class="visually-hidden">${m.errorPrefix}</span>${error}</p>` : nothing}
        <input
          id="f-report-${name}"
          name=${name}
          type="month"
          .value=${this.typed[name]}
          aria-describedby="f-report-${name}-hint${error ? ` f-report-${name}-error` : ''}"
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => (this.typed[name] = (e.target as HTMLInputElement).value)}
        />
      </div>`;
    };
    return html`<h2 class="view-title">${m.reportTitle}</h2>
      ${renderRideNav(this.host, 'report')}
      <p>${m.reportIntro}</p>
      <form class="day-picker report-range" novalidate @submit=${(e: Event) => this.pick(e)}>
        ${field('from', m.fromMonth)} ${field('to', m.toMonth)}
        <button type="submit">${m.showReport}</button>
      </form>
      ${renderData(this.host, this.task, `${this.from}|${this.to}`, (report) => this.renderReport(report))}`;
  }

  private pick(e: Event): void {
    e.preventDefault();
    const m = this.host.texts;
    const { from, to } = this.typed;
    this.errors = {};
    if (!MONTH.test(from)) this.errors.from = m.monthInvalid;
    if (!MONTH.test(to)) this.errors.to = m.monthInvalid;
    else if (MONTH.test(from) && from > to) this.errors.to = m.monthOrder;
    else if (MONTH.test(from) && monthsBack(to, 60) > from) this.errors.to = m.monthRange;
    const first = (Object.keys(this.errors) as ('from' | 'to')[])[0];
    if (first) {
      this.host.announce(this.errors[first]!);
      this.host.focuser.after(`#f-report-${first}`);
      return;
    }
    location.hash = routeHref({ view: 'report', from, to });
  }

  private renderReport(r: RideReport): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const cells = (row: RideReport['totals']) =>
      html`<td>${row.rides}</td>
        <td>${row.passengers}</td>
        <td>${row.wheelchairRides}</td>
        <td>${number(row.kilometres, locale)}</td>`;
    return html`<div class="table-wrap" role="region" aria-labelledby="report-caption" tabindex="0">
        <table class="report">
          <caption id="report-caption">${m.reportCaption(formatMonth(`${r.from}-01`, locale), formatMonth(`${r.to}-01`, locale))}</caption>
          <thead>
            <tr>
              <th scope="col">${m.month}</th>
              <th scope="col">${m.rides}</th>
              <th scope="col">${m.passengers}</th>
              <th scope="col">${m.wheelchairRides}</th>
              <th scope="col">${m.kilometres}</th>
            </tr>
          </thead>
          <tbody>
            ${r.months.map((row) => html`<tr><th scope="row">${formatMonth(`${row.month}-01`, locale)}</th>${cells(row)}</tr>`)}
          </tbody>
          <tfoot>
            <tr class="totals"><th scope="row">${m.total}</th>${cells(r.totals)}</tr>
          </tfoot>
        </table>
      </div>
      <div class="actions">
        <button type="button" class="download-csv" ?disabled=${this.downloading} @click=${() => this.download(r)}>${this.downloading ? m.busy : m.downloadCsv}</button>
      </div>
      ${this.downloadError ? html`<p class="outcome failed" tabindex="-1">${this.downloadError}</p>` : nothing}`;
  }

  /** Fetches the CSV (the API answers it to `Accept: text/csv`) and hands it over as a file. */
  private async download(r: RideReport): Promise<void> {
    const m = this.host.texts;
    this.downloading = true;
    this.downloadError = undefined;
    this.host.requestUpdate();
    try {
      const blob = await fetchReportCsv(this.host.base, r.from, r.to);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `ritten-${r.from}-${r.to}.csv`;
      a.click();
      // The browser has taken the file once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.host.announce(m.csvReady);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 401) this.host.expire();
      this.downloadError = error.status === 401 ? m.expired : error.status === 0 ? m.offline : m.failed;
      this.host.announce(this.downloadError);
      this.host.focuser.after('.outcome.failed');
    } finally {
      this.downloading = false;
      this.host.requestUpdate();
    }
  }
}
