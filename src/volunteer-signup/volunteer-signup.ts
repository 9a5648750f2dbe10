import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { BuurtElement } from '../core/buurt-element.ts';
import { chipStyles } from '../core/chips.ts';
import { FocusController } from '../core/focus.ts';
import type { FormController } from '../core/form/form-controller.ts';
import { LazyModule, whenIdle } from '../core/lazy.ts';
import { renderEmpty, renderError, renderLoading, statusStyles } from '../core/status.ts';
import { baseStyles } from '../core/styles.ts';
import { BuurtSignedUpEvent } from './events.ts';
import { signupMessages, type SignupMessages } from './messages.ts';
import { renderFacts, renderPlaces } from './opportunity-card.ts';
import { renderFilters, renderList, type ListFilters } from './opportunity-list.ts';
import { readPersonalLink } from './personal-link.ts';
import { renderShifts, shiftWhen } from './shifts.ts';
import type { QuestionSteps } from './steps.ts';
import { volunteerSignupStyles } from './volunteer-signup.styles.ts';
import {
  emptyAnswers,
  type Answers,
  type DayPart,
  type Opportunity,
  type OpportunityDetail,
  type Shift,
  type SignupCreated,
  type SignupRequest,
  type Term,
  type Weekday,
} from './types.ts';

type Step = 'detail' | 'form' | 'check' | 'done';

/**
 * Volunteer sign-up: the network's volunteer work with filters, one role with its
 * shifts, a form (name; phone or e-mail; availability; a message; consent with the
 * privacy text), a "Controleer uw gegevens" step, and a confirmation with a reference and
 * a personal link to see or cancel the sign-up. No account needed.
 *
 * @summary Sign up for volunteer work of the network, in Dutch by default.
 * @tagname buurt-volunteer-signup
 *
 * @attr api - Base URL of the Buurtkit API. Default: `<meta name="buurtkit-api">`, else the origin of the script.
 * @attr organization - Only the volunteer work of this organisation (its id).
 * @attr opportunity - Start on this role (its id), without the list.
 * @attr occurrence - Sign up for this shift (an occurrence id, e.g. from the agenda's "Help mee"): straight to its form when one role asks for help at it, else the roles that do.
 * @attr lang - `nl` or `en`; default the `lang` of the host page, else `nl`.
 *
 * @fires {BuurtSignedUpEvent} buurt-signed-up - A sign-up was received (confirmed or on the waiting list). Carries the sign-up without its secret token.
 *
 * @csspart filters - The filters above the list.
 * @csspart chip - A filter chip (a toggle button).
 * @csspart opportunity - One role in the list.
 * @csspart field - One question of the form.
 * @csspart error-summary - The list of errors above the form.
 * @csspart confirmation - The confirmation after sending.
 *
 * @cssprop --buurt-font-size - Base font size (default: the host's, at least 1rem).
 * @cssprop --buurt-color-accent - Accent colour of buttons and headings (default #1d5e3b).
 * @cssprop --buurt-color-danger - Errors (default #a4161a).
 * @cssprop --buurt-color-surface - Background of cards, fields and buttons (default Canvas).
 * @cssprop --buurt-color-text - Text and field borders (default CanvasText).
 * @cssprop --buurt-signup-card-background - Background of a role (default --buurt-color-surface).
 */
export class BuurtVolunteerSignup extends BuurtElement<SignupMessages> {
  static override styles = [baseStyles, statusStyles, chipStyles, volunteerSignupStyles];

  protected readonly messages = signupMessages;

  /** Only this organisation's work. */
  @property() organization?: string;
  /** Start on this role. */
  @property() opportunity?: string;
  /** Start on this shift of `opportunity`. */
  @property() occurrence?: string;

  @state() private _chosen?: string;
  @state() private _step: Step = 'detail';
  @state() private _shift?: Shift;
  @state() private _filters: ListFilters = { organization: '', kind: '' };
  @state() private _created?: SignupCreated;
  @state() private _manage?: { reference: string; token: string };
  @state() private _cancelAsked = false;
  /** The person went back to the list: `occurrence` no longer opens its role by itself. */
  private _left = false;
  /** What the person typed: in memory only, gone when the page is closed. */
  @state() private _answers: Answers = emptyAnswers();

  private _focus = new FocusController(this);
  /** The form and everything after it (flow.ts), its styles joined to the element's. */
  private _flow = new LazyModule(this, () => import('./flow.ts'), (kit) => {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...kit.flowStyles.map((s) => s.styleSheet!)];
    this._form = new kit.FormController(this, () => this.m);
    this._steps = new kit.QuestionSteps(this, () => this.locale);
  });
  private _form?: FormController;
  private _steps?: QuestionSteps;

  /** The flow's module, loaded (or a rejection that reads as "no connection"). */
  private async _kit() {
    await this._flow.load();
    if (!this._flow.value) throw new ApiError(0);
    return this._flow.value;
  }

  private _list = new Task(this, {
    task: async ([api, organization, occurrence], { signal }) => {
      const [page, network] = await Promise.all([
        getJson(api, '/v1/volunteer-opportunities', { organization, occurrence, limit: 500 }, signal),
        // Without the vocabulary the list still works: the kinds come from the roles themselves.
        getJson(api, '/v1/network', undefined, signal).catch(() => undefined),
      ]);
      return { items: page.items, kinds: network?.volunteerKinds };
    },
    args: () => [this.apiBase, this.organization || undefined, this.occurrence || undefined] as const,
    autoRun: false,
  });

  private _detail = new Task(this, {
    task: ([api, id], { signal }) =>
      getJson(api, `/v1/volunteer-opportunities/{id}`.replace('{id}', encodeURIComponent(id!)) as '/v1/volunteer-opportunities/{id}', undefined, signal),
    args: () => [this.apiBase, this._chosen ?? this.opportunity] as const,
    autoRun: false,
  });

  private _signup = new Task(this, {
    task: async ([api, manage], { signal }) => (await this._kit()).withToken(api, manage!.reference, manage!.token, 'GET', signal),
    args: () => [this.apiBase, this._manage] as const,
    autoRun: false,
  });

  private _cancel = new Task(this, {
    task: async () => {
      const signup = await (await this._kit()).withToken(this.apiBase, this._manage!.reference, this._manage!.token, 'DELETE');
      this._cancelAsked = false;
      this._focus.after('.manage h3');
      return signup;
    },
    autoRun: false,
  });

  private _onHash = () => {
    const link = readPersonalLink(location.hash);
    if (link) this._manage = link;
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

  protected override firstUpdated(): void {
    // The form is there by the time a role is chosen, also if the connection drops meanwhile.
    whenIdle(() => void this._flow.prefetch());
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this._flow.whileLoading();
    return super.getUpdateComplete();
  }

  private get _id() {
    return this._chosen ?? this.opportunity;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Only the task the current view needs runs (a personal link needs neither list nor role).
    if (this._manage) {
      if (changed.has('_manage')) void this._signup.run();
    } else if (this._id) {
      if (changed.has('_chosen') || changed.has('opportunity') || changed.has('api') || this._detail.status === TaskStatus.INITIAL)
        void this._detail.run();
    } else if (this._list.status === TaskStatus.INITIAL || changed.has('organization') || changed.has('occurrence') || changed.has('api')) {
      void this._list.run();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // `occurrence` alone: when one role asks for help at it, straight to that role.
    const list = this._list.value;
    if (this.occurrence && !this._id && !this._left && list?.items.length === 1 && this._list.status === TaskStatus.COMPLETE) {
      this._chosen = list.items[0]!.id;
    }
    // `occurrence` starts on that shift, once the role has arrived.
    const detail = this._detail.value;
    if (this.occurrence && !this._left && !this._shift && this._step === 'detail' && detail?.signupsOpen && this._detail.status === TaskStatus.COMPLETE) {
      const shift = detail.shifts.find((s) => s.occurrenceId === this.occurrence);
      if (shift) this._choose(shift, false);
    }
  }

  private _open = (o: Opportunity) => {
    this._chosen = o.id;
    this._step = 'detail';
    this._shift = undefined;
    this._focus.after('.detail h3', () => this._detail.status === TaskStatus.COMPLETE);
  };

  private _backToList = () => {
    const id = this._chosen;
    this._left = true;
    this._chosen = undefined;
    this._step = 'detail';
    this._shift = undefined;
    this._created = undefined;
    this._form?.reset();
    this._focus.after(id ? `[data-id="${id}"] .title button` : '.content', () => this._list.status === TaskStatus.COMPLETE);
  };

  private _choose(shift: Shift | undefined, focus = true) {
    this._shift = shift;
    this._step = 'form';
    this._steps?.reset();
    void this._flow.load();
    // On a narrow widget the first step's heading, which says the step.
    if (focus) this._focus.after('#step-title,#f-name', () => !!this._flow.value);
  }

  private _set = (name: keyof Answers, value: Answers[keyof Answers]) => {
    this._answers = { ...this._answers, [name]: value };
    // Changed answers are a new submission (a new Idempotency-Key); a corrected field loses its error.
    const form = this._form!;
    form.changed();
    form.clear(name === 'phone' || name === 'email' ? 'phone' : name);
    if (name === 'phone' || name === 'email') form.clear('email');
  };

  private _edit = (field: string) => {
    this._step = 'form';
    void this._steps!.show(field);
    this._focus.after(`#f-${field}`);
  };

  private _submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = this._form!;
    const kit = this._flow.value!;
    if (this._step === 'form') {
      if (kit.questionsDone(form, this._steps!, e.target as HTMLFormElement, this._answers, this.m)) {
        this._step = 'check';
        this._focus.after('#check-title');
      }
      return;
    }
    // A second press while the first is on its way would only get a 409: ignore it.
    if (form.state === 'sending') return;
    const detail = this._detail.value!;
    const created = await form.send(
      (key) => kit.postJson(this.apiBase, '/v1/volunteer-signups', this._body(detail), key),
      (errors) => {
        this._step = 'form';
        void this._steps!.show(errors.keys().next().value!);
      },
    );
    if (!created) return;
    this._created = created;
    this._step = 'done';
    this._answers = emptyAnswers();
    form.reset();
    this._focus.after('#done-title');
    const { token: _token, ...signup } = created;
    this.dispatchEvent(new BuurtSignedUpEvent(signup));
  };

  /** The request body, as the contract has it: empty optional answers left out. */
  private _body(detail: OpportunityDetail): SignupRequest {
    const a = this._answers;
    const opt = (s: string) => s.trim() || undefined;
    const availability = a.availability.map((v) => {
      const [day, part] = v.split('-') as [Weekday, DayPart];
      return { day, part };
    });
    return {
      opportunityId: detail.id,
      occurrenceId: this._shift?.occurrenceId,
      name: a.name.trim(),
      phone: opt(a.phone),
      email: opt(a.email),
      availability: availability.length ? availability : undefined,
      message: opt(a.message),
      consent: { privacyVersion: detail.privacy.version },
      homepage: opt(a.homepage),
    };
  }

  private _again = () => {
    history.replaceState(null, '', location.pathname + location.search);
    this._manage = undefined;
    this._backToList();
    // The places left have changed, by this sign-up at least.
    if (this._list.status !== TaskStatus.INITIAL) void this._list.run();
  };

  override render() {
    const { m, locale } = this;
    let busy = false;
    let content;
    const kit = this._flow.value;
    if (this._manage) {
      content = this._renderManage(m);
      busy = this._signup.status === TaskStatus.PENDING;
    } else if (this._step === 'done' && this._created && kit) {
      const c = this._created;
      content = kit.renderConfirmation(c, kit.personalLink(location.href, c.reference, c.token), locale, m, this._again);
    } else if (this._id) {
      busy = this._detail.status === TaskStatus.PENDING || this._detail.status === TaskStatus.INITIAL;
      content = this._detail.render({
        initial: () => renderLoading(m.loadingOne),
        pending: () => renderLoading(m.loadingOne),
        error: (e) =>
          e instanceof ApiError && e.status === 404
            ? renderEmpty(m.notFound, this.opportunity ? undefined : html`<button type="button" @click=${this._backToList}>${m.back}</button>`)
            : renderError(m.error, m.retry, () => void this._detail.run()),
        complete: (d) => this._renderDetail(d, m),
      });
    } else {
      busy = this._list.status === TaskStatus.PENDING || this._list.status === TaskStatus.INITIAL;
      content = this._list.render({
        initial: () => renderLoading(m.loading),
        pending: () => renderLoading(m.loading),
        error: () =>
          renderError(m.error, m.retry, () => {
            this._focus.after('.content h3, .content [role="alert"] button, .content .status-message', () => this._list.status !== TaskStatus.PENDING);
            void this._list.run();
          }),
        complete: ({ items, kinds }) => this._renderList(items, kinds, m),
      });
    }
    return html`<div class="root" lang=${locale}>
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>${content}</div>
      <p class="visually-hidden" role="status">${this._form?.announcement ?? ''}</p>
    </div>`;
  }

  private _renderList(items: readonly Opportunity[], kinds: readonly Term[] | undefined, m: SignupMessages) {
    const f = this._filters;
    const organizations = [...new Map(items.map((o) => [o.organizer.id, { id: o.organizer.id, name: o.organizer.name }])).values()];
    const present = new Set(items.map((o) => o.kind.id));
    const kindTerms = (kinds ?? [...new Map(items.map((o) => [o.kind.id, o.kind])).values()]).filter((k) => present.has(k.id));
    // A village has tens of roles, not thousands: they come in one answer and the filters
    // choose among them at once, and only offer what is there.
    const shown = items.filter(
      (o) =>
        (!f.organization || o.organizer.id === f.organization) &&
        (!f.kind || o.kind.id === f.kind) &&
        (!f.dayPart || o.dayParts.includes(f.dayPart)),
    );
    const filtered = !!(f.organization || f.kind || f.dayPart);
    return html`${items.length
        ? renderFilters({ m, filters: f, organizations, kinds: kindTerms, onChange: (patch) => (this._filters = { ...this._filters, ...patch }) })
        : nothing}
      <p class="count" aria-live="polite">${items.length ? m.count(shown.length) : ''}</p>
      ${shown.length
        ? renderList(shown, m, this._open)
        : renderEmpty(
            m.empty,
            filtered
              ? html`<button type="button" class="primary" @click=${() => (this._filters = { organization: '', kind: '' })}>${m.clearFilters}</button>`
              : undefined,
          )}`;
  }

  private _renderDetail(d: OpportunityDetail, m: SignupMessages) {
    const { locale } = this;
    const back = this.opportunity
      ? nothing
      : html`<p><button type="button" class="link-button back" @click=${this._backToList}>${m.back}</button></p>`;
    const head = html`<header class="detail-head">
      <h3 tabindex="-1">${d.title}</h3>
      <p class="organizer">${d.organizer.name} · ${d.kind.name}</p>
    </header>`;
    const kit = this._flow.value;
    if ((this._step === 'form' || this._step === 'check') && !kit) {
      return this._flow.failed ? renderError(m.error, m.retry, () => void this._flow.load()) : renderLoading(m.loadingOne);
    }
    if ((this._step === 'form' || this._step === 'check') && kit) {
      const form = this._form!;
      const when = this._shift ? shiftWhen(this._shift, locale, m) : undefined;
      const ctx = {
        m,
        answers: this._answers,
        errors: form.errors,
        privacy: d.privacy,
        root: () => this.renderRoot,
        steps: this._steps!,
        set: this._set,
      };
      const state = form.state;
      return html`<div class="detail">
        ${head}
        ${when ? html`<p class="chosen">${m.yourShift}: <strong>${when}</strong></p>` : nothing}
        ${this._shift?.placesLeft === 0 ? html`<p class="notice">${m.fullNote}</p>` : nothing}
        <form novalidate @submit=${this._submit} aria-labelledby=${this._step === 'check' ? 'check-title' : nothing}>
          ${this._step === 'form'
            ? kit.renderQuestions(ctx)
            : kit.renderCheck({ ...ctx, what: `${d.title} (${d.organizer.name})`, when, onChange: this._edit })}
          ${state !== 'idle' && state !== 'sending'
            ? html`<div class="send-problem" role="alert">
                <p>${m[state]}</p>
                <div class="form-actions"><button type="submit" class="primary resend">${m.resend}</button></div>
              </div>`
            : nothing}
          ${state === 'sending' ? html`<p class="sending">${m.sending}</p>` : nothing}
        </form>
        ${back}
      </div>`;
    }
    const allFull = !d.ongoing && d.shifts.length > 0 && d.shifts.every((s) => s.placesLeft === 0);
    return html`<div class="detail">
      ${back} ${head}
      <p>${d.summary}</p>
      <p>${d.description}</p>
      ${renderFacts(d, m)} ${renderPlaces(d, m)}
      ${!d.signupsOpen
        ? html`<p class="status-message closed" role="status">${m.closed}</p>`
        : d.ongoing
          ? html`<p><button type="button" class="primary" @click=${() => this._choose(undefined)}>${m.signUpOngoing}</button></p>`
          : html`${allFull ? html`<p class="notice">${m.fullNote}</p>` : nothing}
            ${renderShifts(d.shifts, locale, m, (s) => this._choose(s))}`}
    </div>`;
  }

  private _renderManage(m: SignupMessages) {
    const kit = this._flow.value;
    const task = this._signup;
    const cancel = this._cancel;
    if (!kit && task.status === TaskStatus.ERROR) return renderError(m.manageError, m.retry, () => void task.run());
    if (!kit || task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL) return renderLoading(m.loadingOne);
    return kit.renderManage({
      m,
      locale: this.locale,
      signup: cancel.value ?? task.value,
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
