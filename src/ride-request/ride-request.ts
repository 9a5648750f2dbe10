import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { BuurtElement } from '../core/buurt-element.ts';
import { addDays, dayKey, formatClock } from '../core/dates.ts';
import { FocusController } from '../core/focus.ts';
import type { FormController } from '../core/form/form-controller.ts';
import type { FormSteps } from '../core/form/steps.ts';
import { LazyModule } from '../core/lazy.ts';
import { renderEmpty, renderError, renderLoading, statusStyles } from '../core/status.ts';
import { baseStyles } from '../core/styles.ts';
import { BuurtRideRequestSentEvent } from './events.ts';
import { rideMessages, type RideMessages, type ShellMessages } from './messages.ts';
import { rideRequestStyles } from './ride-request.styles.ts';
import { emptyAnswers, type Answers, type RideBlock, type RideDay, type RideRequest, type RideRequestCreated, type RideService } from './types.ts';

type Step = 'form' | 'check' | 'done';
type Problem = { kind: 'full'; alternatives: readonly RideBlock[] } | { kind: 'too-soon'; detail: string; phone: string };
interface Data {
  service: RideService;
  days: readonly RideDay[];
}

/** The personal link's name in the page's `#` fragment (core/form/personal-link.ts). */
const LINK = 'buurt-rit';
/** How far ahead the widget asks for free places: the booking window, about eight weeks. */
const WINDOW_DAYS = 56;

/**
 * A ride on the village bus: for oneself or for someone else, the passenger's contact,
 * pick-up address and what the driver should know, the destination (an activity the bus
 * serves, a common place, or an address nearby) with the days and places still free,
 * the lead time, the cost and the privacy text, a check step, and a confirmation with a
 * reference and a personal link to the status page (see, or cancel). No account needed.
 *
 * @summary Ask for a seat on the village bus, in Dutch by default.
 * @tagname buurt-ride-request
 *
 * @attr api - Base URL of the Buurtkit API. Default: `<meta name="buurtkit-api">`, else the origin of the script.
 * @attr occurrence - Start with this activity's occurrence as the destination (e.g. from the agenda's "Vervoer nodig?", `?activiteit=<id>`): its place, day and times filled in.
 * @attr activity - An activity's id: its next occurrence that the bus serves is the destination.
 * @attr lang - `nl` or `en`; default the `lang` of the host page, else `nl`.
 *
 * @fires {BuurtRideRequestSentEvent} buurt-ride-request-sent - A ride request was received (its places are held). Carries the request without its secret token.
 *
 * @csspart field - One question of the form.
 * @csspart error-summary - The list of errors above the form.
 * @csspart confirmation - The confirmation after sending.
 *
 * @cssprop --buurt-font-size - Base font size (default: the host's, at least 1rem).
 * @cssprop --buurt-color-accent - Accent colour of buttons and headings (default #1d5e3b).
 * @cssprop --buurt-color-danger - Errors (default #a4161a).
 * @cssprop --buurt-color-surface - Background of fields and buttons (default Canvas).
 * @cssprop --buurt-color-text - Text and field borders (default CanvasText).
 */
export class BuurtRideRequest extends BuurtElement<ShellMessages> {
  static override styles = [baseStyles, statusStyles, rideRequestStyles];

  protected readonly messages = rideMessages;

  /** An activity's id: its next occurrence the bus serves. */
  @property() activity?: string;
  /** An occurrence id: this one. */
  @property() occurrence?: string;

  @state() private _step: Step = 'form';
  /** What the person typed: in memory only, gone when the page is closed. */
  @state() private _answers: Answers = emptyAnswers();
  @state() private _problem?: Problem;
  @state() private _created?: RideRequestCreated;
  /** The personal link's fragment, when the page was opened with one. */
  @state() private _link?: string;
  @state() private _cancelAsked = false;
  /** The request as cancelled here. */
  @state() private _cancelled?: RideRequest;
  /** The destination attributes were applied (once, so a person's own choice stays). */
  private _prefilled = false;

  private _focus = new FocusController(this);
  /** The form and everything after it (flow.ts), its styles joined to the element's. */
  private _flow = new LazyModule(this, () => import('./flow.ts'), (kit) => {
    this._adopt(kit.flowStyles);
    this._form = new kit.FormController(this, () => this._t, (name) => kit.serverField(name, this._answers));
    this._steps = new kit.FormSteps(this, kit.GROUPS);
  });
  private _form?: FormController;
  private _steps?: FormSteps;
  /** The status page (status-page.ts), only for someone who follows a personal link. */
  private _statusKit = new LazyModule(this, () => import('./status-page.ts'), (kit) => this._adopt([kit.statusPageStyles]));

  /**
   * Every text in the current language: the first chunk's Dutch with the form's (in its
   * chunk), or the English table, which has them all.
   */
  private get _t(): RideMessages {
    const m = this.m;
    if ('send' in m) return m as RideMessages;
    return { ...(this._flow.value ?? this._statusKit.value)!.flowNl, ...m };
  }

  private _adopt(styles: readonly { styleSheet?: CSSStyleSheet }[]) {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...styles.map((s) => s.styleSheet!)];
  }

  private _data = new Task(this, {
    task: async ([api, today], { signal }): Promise<Data> => {
      const [service, availability] = await Promise.all([
        getJson(api, '/v1/rides', undefined, signal),
        getJson(api, '/v1/rides/availability', { from: today, to: addDays(today!, WINDOW_DAYS) }, signal),
      ]);
      return { service, days: availability.days };
    },
    args: () => [this.apiBase, dayKey(this.clock())] as const,
    autoRun: false,
  });

  private async _statusModule() {
    await this._statusKit.load();
    if (!this._statusKit.value) throw new ApiError(0);
    return this._statusKit.value;
  }

  private _request = new Task(this, {
    task: async ([api, hash], { signal }) => {
      const kit = await this._statusModule();
      const link = kit.readPersonalLinkFor(LINK, hash!);
      if (!link) throw new ApiError(404);
      return kit.withToken(api, link.reference, link.token, 'GET', signal, '/v1/ride-requests/{reference}');
    },
    args: () => [this.apiBase, this._link] as const,
    autoRun: false,
  });

  private _cancel = new Task(this, {
    task: async () => {
      const kit = await this._statusModule();
      const link = kit.readPersonalLinkFor(LINK, this._link!)!;
      const request = await kit.withToken(this.apiBase, link.reference, link.token, 'DELETE', undefined, '/v1/ride-requests/{reference}');
      this._cancelAsked = false;
      this._cancelled = request;
      this._focus.after('#status-title');
      return request;
    },
    autoRun: false,
  });

  private _onHash = () => {
    this._link = location.hash.startsWith(`#${LINK}=`) ? location.hash : undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this._onHash();
    addEventListener('hashchange', this._onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHash);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this._flow.whileLoading();
    await this._statusKit.whileLoading();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Only what the current view needs loads (a personal link needs neither the form nor the bus's data).
    if (this._link) {
      if (changed.has('_link')) {
        this._cancelled = undefined;
        void this._request.run();
      }
    } else {
      if (this._data.status === TaskStatus.INITIAL || changed.has('api')) void this._data.run();
      // The form is what this widget shows first: its chunk loads beside the data.
      void this._flow.load();
    }
    if (changed.has('occurrence') || changed.has('activity')) this._prefilled = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this._data.value;
    if (!this._prefilled && data && this._data.status === TaskStatus.COMPLETE && this._flow.value) {
      this._prefilled = true;
      this._prefill(data.service);
    }
  }

  /** `occurrence` or `activity`: that activity as the destination, with its day and times. */
  private _prefill(service: RideService) {
    const wanted = this.occurrence || this.activity;
    const found =
      service.activities.find((x) => x.occurrenceId === wanted) ??
      (this.activity ? service.activities.find((x) => x.occurrenceId.startsWith(`${this.activity}-`)) : undefined);
    const a = this._answers;
    if (found) this._answers = { ...a, ...this._fromActivity(found.occurrenceId, service), destination: 'activity' };
    else if (!service.activities.length && a.destination === 'activity') this._answers = { ...a, destination: 'place' };
  }

  /** An activity's times: be there at its start, home again from its end. */
  private _fromActivity(occurrenceId: string, service: RideService): Partial<Answers> {
    const x = service.activities.find((y) => y.occurrenceId === occurrenceId);
    const kit = this._flow.value!;
    if (!x) return { activity: occurrenceId };
    const clock = (instant: string) => formatClock(kit.clockOf(instant), this.locale);
    return { activity: occurrenceId, timeKind: 'arrive-by', time: clock(x.start), returnTrip: true, returnTime: clock(x.end) };
  }

  private _set = <K extends keyof Answers>(name: K, value: Answers[K]) => {
    const service = this._data.value!.service;
    this._answers = { ...this._answers, [name]: value, ...(name === 'activity' ? this._fromActivity(value as string, service) : {}) };
    // Changed answers are a new submission (a new Idempotency-Key); a corrected field loses its error.
    this._problem = undefined;
    const form = this._form!;
    form.changed();
    form.clear(name);
    if (name === 'activity' || name === 'destination') form.clear('date');
  };

  private _edit = (field: string) => {
    this._step = 'form';
    this._problem = undefined;
    void this._steps!.show(field);
    this._focus.after(`#f-${field}`);
  };

  /** After `ride-full`: another free time, everything else as it was; the check step shows it. */
  private _chooseAlternative = (b: RideBlock) => {
    const kit = this._flow.value!;
    const a = this._answers;
    const from = kit.readTime(a.time);
    const to = kit.clockOf(b.start);
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    let returnTime = a.returnTime;
    const back = kit.readTime(a.returnTime);
    if (a.returnTrip && from && back) {
      // The same time at the destination as asked for.
      const t = Math.min(minutes(back) + minutes(to) - minutes(from), 23 * 60 + 59);
      returnTime = formatClock(`${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`, this.locale);
    }
    this._answers = { ...a, date: a.destination === 'activity' ? a.date : dayKey(b.start), time: formatClock(to, this.locale), returnTime };
    this._problem = undefined;
    this._form!.changed();
    this._focus.after('#check-title');
  };

  private _submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = this._form!;
    const kit = this._flow.value!;
    const data = this._data.value!;
    if (this._step === 'form') {
      if (!form.check(e.target as HTMLFormElement, kit.extraErrors(this._context(data)))) return;
      if (!this._steps!.last) return void this._steps!.go(1);
      this._step = 'check';
      this._focus.after('#check-title');
      return;
    }
    // A second press while the first is on its way would only get a 409: ignore it.
    if (form.state === 'sending') return;
    this._problem = undefined;
    const created = await form.send(
      (key) => kit.postJson(this.apiBase, '/v1/ride-requests', kit.requestBody(data.service, this._answers), key),
      (errors) => {
        this._step = 'form';
        void this._steps!.show(errors.keys().next().value!);
      },
      (error) => this._explain(error, data.service),
    );
    if (!created) return;
    this._created = created;
    this._step = 'done';
    this._answers = emptyAnswers();
    this._prefilled = false;
    form.reset();
    this._steps!.reset();
    this._focus.after('#done-title');
    const { token: _token, ...request } = created;
    this.dispatchEvent(new BuurtRideRequestSentEvent(request));
    // The places left have changed, by this request at least.
    void this._data.run();
  };

  /** `ride-full` and `too-soon` are answers to show, not failures. */
  private _explain(error: ApiError, service: RideService): boolean {
    const p = error.problem;
    const type = p?.type ?? '';
    if (error.status === 409 && type.endsWith(':ride-full')) {
      const alternatives = p!.alternatives ?? [];
      // An activity is on its own day: only the times of that day help.
      const date = this._answers.destination === 'activity' ? this._answers.activity.slice(-13, -5) : '';
      this._problem = { kind: 'full', alternatives: date ? alternatives.filter((b) => dayKey(b.start).replaceAll('-', '') === date) : alternatives };
    } else if (error.status === 422 && type.endsWith(':too-soon')) {
      this._problem = { kind: 'too-soon', detail: p!.detail ?? '', phone: p!.phone ?? service.phone };
    } else return false;
    this._focus.after('.ride-problem');
    return true;
  }

  private _again = () => {
    if (this._link) history.replaceState(null, '', location.pathname + location.search);
    this._link = undefined;
    this._created = undefined;
    this._step = 'form';
    this._answers = emptyAnswers();
    this._prefilled = false;
    this._form?.reset();
    this._steps?.reset();
    this._focus.after('.content h3, .content [role="alert"] button', () => this._data.status === TaskStatus.COMPLETE && !!this._flow.value);
  };

  private _context(data: Data) {
    return {
      m: this._t,
      locale: this.locale,
      service: data.service,
      days: data.days,
      answers: this._answers,
      errors: this._form!.errors,
      steps: this._steps!,
      root: () => this.renderRoot,
      set: this._set,
    };
  }

  override render() {
    const { m, locale } = this;
    const kit = this._flow.value;
    let busy = false;
    let content;
    if (this._link) {
      busy = this._request.status === TaskStatus.PENDING;
      content = this._renderStatus(m);
    } else if (this._step === 'done' && this._created && kit) {
      const c = this._created;
      content = kit.renderConfirmation(c, kit.personalLinkFor(LINK, location.href, c.reference, c.token), locale, this._t, this._again);
    } else {
      busy = this._data.status === TaskStatus.PENDING || this._data.status === TaskStatus.INITIAL || (!kit && !this._flow.failed);
      content = this._data.render({
        initial: () => renderLoading(m.loading),
        pending: () => renderLoading(m.loading),
        error: () =>
          renderError(m.error, m.retry, () => {
            this._focus.after('.content h3, .content [role="alert"] button, .content .status-message', () => this._data.status !== TaskStatus.PENDING);
            void this._data.run();
          }),
        complete: (data) => this._renderForm(data, m),
      });
    }
    return html`<div class="root" lang=${locale}>
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>${content}</div>
      <p class="visually-hidden" role="status">${this._form?.announcement ?? ''}</p>
    </div>`;
  }

  private _renderForm(data: Data, first: ShellMessages) {
    const phone = data.service.phone;
    if (!data.days.some((d) => d.status !== 'blocked')) {
      return renderEmpty(first.empty, html`<a class="phone" href="tel:${phone.replace(/[^+0-9]/g, '')}">${phone}</a>`);
    }
    const kit = this._flow.value;
    if (!kit) return this._flow.failed ? renderError(first.error, first.retry, () => void this._flow.load()) : renderLoading(first.loading);
    const m = this._t;
    const form = this._form!;
    const ctx = this._context(data);
    const state = form.state;
    const check = this._step === 'check';
    return html`<form class="ride-form" novalidate @submit=${this._submit} aria-labelledby=${check ? 'check-title' : nothing}>
      ${check
        ? html`${kit.renderCheck({ ...ctx, onChange: this._edit })}
            ${this._problem ? kit.renderRideProblem(ctx, this._problem, this._chooseAlternative) : nothing}
            <div class="form-actions"><button type="submit" class="primary send">${m.send}</button></div>`
        : kit.renderQuestions(ctx)}
      ${state !== 'idle' && state !== 'sending'
        ? html`<div class="send-problem" role="alert">
            <p>${m[state]}</p>
            <div class="form-actions"><button type="submit" class="primary resend">${m.resend}</button></div>
          </div>`
        : nothing}
      ${state === 'sending' ? html`<p class="sending">${m.sending}</p>` : nothing}
    </form>`;
  }

  private _renderStatus(m: ShellMessages) {
    const kit = this._statusKit.value;
    const task = this._request;
    const cancel = this._cancel;
    if (!kit && task.status === TaskStatus.ERROR) return renderError(m.statusError, m.retry, () => void task.run());
    if (!kit || task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL) return renderLoading(m.loading);
    return kit.renderStatus({
      m: this._t,
      locale: this.locale,
      request: this._cancelled ?? task.value,
      loadError: task.status === TaskStatus.ERROR ? task.error : undefined,
      cancelAsked: this._cancelAsked,
      cancelling: cancel.status === TaskStatus.PENDING,
      cancelFailed: cancel.status === TaskStatus.ERROR,
      onRetry: () => void task.run(),
      onAsk: (ask) => {
        this._cancelAsked = ask;
        this._focus.after(ask ? '.confirm-cancel .danger' : '.cancel');
      },
      onCancel: () => void cancel.run(),
      onLeave: this._again,
    });
  }
}
