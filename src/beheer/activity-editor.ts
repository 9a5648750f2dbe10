/**
 * One activity in /beheer: the editor with every field the agenda shows, the schedule in
 * plain Dutch with the server's next dates and their exceptions, and saving (POST for a new
 * one, PUT with `If-Match` for a change). What was typed is kept through every failure: a
 * refused field (422, its message at the field and in the summary on top, which takes the focus), a newer change by
 * someone else (412, "Opnieuw openen"), no connection (retry). An imported activity is shown
 * read-only, to be hidden or shown; one added by hand can be removed after a second question.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { renderLoading } from '../core/status.ts';
import { loadActivity, removeActivity, saveActivity, setVisibility, type ActivityOptions, type BeheerActivity } from './activities-api.ts';
import { activitiesMessages, type ActivitiesMessages } from './activities-messages.ts';
import { carryExceptions } from '../../common/carry-exceptions.ts';
import { draftErrors, draftOf, emptyDraft, FIELD_ORDER, fieldOf, inputOf, SCHEDULE_KEYS, scheduleOf, type Draft, type FieldKey } from './activity-draft.ts';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import { checkbox, checkboxGroup, controlId, selectField, textField, type FieldContext } from './activity-fields.ts';
import { renderPreview, SchedulePreviewer, type RowForm } from './exceptions-editor.ts';
import type { BeheerHost } from './host.ts';
import { renderRecurrence } from './recurrence-editor.ts';
import { routeHref } from './route.ts';
import { fact, renderProblem } from './shared.ts';
import { ordinalOf, ordinalsOf, weekdayOf } from '../../common/recurrence-form.ts';

export const NEW = 'nieuw';

type Outcome = { kind: 'saved' | 'conflict' | 'offline' | 'failed' | 'forbidden' | 'other'; text: string; others?: string[] };

export class ActivityEditor {
  id = NEW;
  draft?: Draft;
  activity?: BeheerActivity;
  private etag?: string;
  private errors: Partial<Record<FieldKey, string>> = {};
  private outcome?: Outcome;
  private busy = false;
  private asking = false;
  private rowForm?: RowForm;
  /** Said once the saved activity is open (a new one moves to its own address). */
  private savedNotice?: string;
  private coordinator = false;
  /** A new activity's form, kept while a coordinator adds a place for it (and the places known then, to find the new one). */
  private keptNew?: { draft: Draft; places: Set<string> };
  readonly previewer: SchedulePreviewer;

  readonly task: Task<readonly [string, string], { key: string; data: { options: ActivityOptions; activity?: BeheerActivity } }>;

  constructor(private readonly host: BeheerHost) {
    this.previewer = new SchedulePreviewer(host);
    this.task = new Task(host, {
      task: async ([api, id], { signal }) => {
        const [options, loaded] = await Promise.all([
          getJson(api, '/v1/beheer/activity-options', undefined, signal),
          id === NEW ? Promise.resolve(undefined) : loadActivity(api, id, signal),
        ]);
        this.activity = loaded?.activity;
        this.etag = loaded?.etag;
        this.draft = loaded ? draftOf(loaded.activity, options, this.host.language === 'nl' ? ',' : '.') : (this.restoreNew(options) ?? emptyDraft(options));
        this.errors = {};
        this.rowForm = undefined;
        this.asking = false;
        this.outcome = this.savedNotice ? { kind: 'saved', text: this.savedNotice } : undefined;
        this.savedNotice = undefined;
        this.preview();
        return { key: id, data: { options, activity: loaded?.activity } };
      },
      args: () => [this.host.base, this.id] as const,
      autoRun: false,
    });
  }

  private get m(): ActivitiesMessages {
    return activitiesMessages(this.host.language);
  }

  show(id: string, coordinator = this.coordinator): void {
    this.id = id;
    this.coordinator = coordinator;
    this.previewer.stop();
    void this.task.run();
  }

  private get readOnly(): boolean {
    return !!this.activity && (this.activity.source === 'feed' || !this.activity.editable);
  }

  private preview(): void {
    if (this.draft) this.previewer.request(scheduleOf(this.draft, this.m));
  }

  private set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    const d = this.draft!;
    // A new first date brings its weekday along, while the days still follow the old one.
    if (key === 'firstDate' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      if (d.days.length === 1 && d.days[0] === weekdayOf(d.firstDate)) d.days = [weekdayOf(value)];
      if (d.monthDay === weekdayOf(d.firstDate) && ordinalsOf(d.firstDate).includes(d.ordinal)) Object.assign(d, { monthDay: weekdayOf(value), ordinal: ordinalOf(value) });
    }
    // A new start time brings the exceptions on the old one along, as the server does on
    // save, so the preview still shows them (common/carry-exceptions.ts says why).
    if (key === 'startTime' && typeof value === 'string') {
      d.exceptions = carryExceptions(`${d.firstDate}T${d.startTime}`, `${d.firstDate}T${value}`, d.exceptions).exceptions;
    }
    d[key] = value;
    if (this.errors[key as FieldKey]) delete this.errors[key as FieldKey];
    if (SCHEDULE_KEYS.has(key)) this.preview();
    this.host.requestUpdate();
  };

  render(): TemplateResult {
    const m = this.m;
    const task = this.task;
    const loaded = task.value?.key === this.id ? task.value.data : undefined;
    const heading = this.id === NEW ? m.newTitle : (this.activity?.title ?? m.title);
    let body: TemplateResult;
    if (task.status === TaskStatus.ERROR) body = renderProblem(this.host, task.error, () => void task.run(), m.notFound);
    else if (!loaded || !this.draft || task.status === TaskStatus.PENDING) body = renderLoading(this.host.texts.loading);
    else body = this.readOnly ? this.renderReadOnly(this.activity!) : this.renderForm(loaded.options);
    const busy = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    return html`<p class="crumbs"><a href=${routeHref({ view: 'activities' })}>${m.back}</a></p>
      <h2 class="view-title">${heading}</h2>
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
  }

  private keepNew(options: ActivityOptions): void {
    this.keptNew = { draft: this.draft!, places: new Set(options.places.map((p) => p.id)) };
  }

  /** The kept new activity, with the place added meanwhile chosen when none was. */
  private restoreNew(options: ActivityOptions): Draft | undefined {
    const kept = this.keptNew;
    this.keptNew = undefined;
    if (!kept) return undefined;
    const added = options.places.filter((p) => !kept.places.has(p.id));
    if (!kept.draft.placeId && added.length === 1) {
      kept.draft.placeId = added[0]!.id;
      // Once the form is drawn again (the options are still loading now).
      const select = `#${controlId('placeId')}`;
      this.host.focuser.after(select, () => this.host.renderRoot.querySelector(select));
    }
    return kept.draft;
  }

  private context(): FieldContext {
    return { d: this.draft!, m: this.m, errors: this.errors, set: this.set };
  }

  private renderForm(options: ActivityOptions): TemplateResult {
    const m = this.m;
    const c = this.context();
    const d = this.draft!;
    const a = this.activity;
    const terms = (list: { id: string; name: string }[]) => list.map((t) => ({ value: t.id, label: t.name }));
    return html`${this.renderOutcome()} ${this.renderSummary()}
      <form class="activity-form" novalidate @submit=${(e: Event) => this.submit(e)}>
        <fieldset class="section">
          <legend>${m.about}</legend>
          ${textField(c, 'title', m.fTitle, { maxlength: 120 })} ${textField(c, 'summary', m.fSummary, { type: 'textarea', hint: m.fSummaryHint, maxlength: 300 })}
          ${textField(c, 'description', m.fDescription, { type: 'textarea', optional: true, maxlength: 4000 })}
          ${options.organizations.length === 1 && d.organizationId === options.organizations[0]!.id
            ? html`<dl class="facts">${fact(m.fOrganization, options.organizations[0]!.name)}</dl>`
            : selectField(c, 'organizationId', m.fOrganization, m.chooseOrganization, options.organizations.map((o) => ({ value: o.id, label: o.name })))}
          ${selectField(c, 'placeId', m.fPlace, m.choosePlace, options.places.map((p) => ({ value: p.id, label: `${p.name}, ${p.address.street}, ${p.address.locality}` })))}
          ${this.coordinator && this.id === NEW
            ? html`<p class="hint add-place">${m.placeMissing} <a href=${routeHref({ view: 'place', id: 'nieuw', forActivity: true })} @click=${() => this.keepNew(options)}>${m.addPlace}</a></p>`
            : nothing}
          ${checkboxGroup(c, 'categories', m.fCategories, d.categories, terms(options.categories), (v) => this.set('categories', v))}
          ${checkboxGroup(c, 'audiences', m.fAudiences, d.audiences, terms(options.audiences), (v) => this.set('audiences', v))}
        </fieldset>

        <fieldset class="section when">
          <legend>${m.whenTitle}</legend>
          ${renderRecurrence(c)}
        </fieldset>

        ${renderPreview({
          m,
          host: this.host,
          previewer: this.previewer,
          exceptions: d.exceptions,
          readOnly: false,
          open: this.rowForm,
          error: this.errors.exceptions,
          setOpen: (form, focus) => {
            this.rowForm = form;
            if (focus) this.host.focuser.after(focus);
            else this.host.requestUpdate();
          },
          change: (exceptions, said, focus) => {
            this.rowForm = undefined;
            this.set('exceptions', exceptions);
            this.host.announce(said);
            if (focus) this.host.focuser.after(focus);
          },
        })}

        <fieldset class="section">
          <legend>${m.costLegend}</legend>
          <div class="choice-group" role="radiogroup" aria-label=${m.costLegend}>
            <label class="check"><input type="radio" name="free" id=${controlId('free')} .checked=${d.free} @change=${() => this.set('free', true)} />${m.free}</label>
            <label class="check"><input type="radio" name="free" id=${controlId('paid')} .checked=${!d.free} @change=${() => this.set('free', false)} />${m.paid}</label>
          </div>
          ${d.free ? nothing : textField(c, 'amount', m.amount, { hint: m.amountHint, inputmode: 'decimal', maxlength: 8 })}
          ${textField(c, 'costNote', m.costNote, { optional: true, maxlength: 200 })}
        </fieldset>

        <fieldset class="section">
          <legend>${m.accessLegend}</legend>
          ${checkbox(c, 'wheelchair', m.wheelchair)} ${checkbox(c, 'hearingLoop', m.hearingLoop)}
          ${textField(c, 'accessNote', m.accessNote, { optional: true, maxlength: 300 })}
        </fieldset>

        <fieldset class="section">
          <legend>${m.registrationLegend}</legend>
          ${checkbox(c, 'registrationRequired', m.registrationRequired)}
          ${d.registrationRequired
            ? html`${textField(c, 'capacity', m.capacity, { hint: m.capacityHint, inputmode: 'numeric', maxlength: 5, optional: true })}
              ${textField(c, 'how', m.how, { type: 'textarea', optional: true, maxlength: 300 })}`
            : nothing}
        </fieldset>

        <fieldset class="section">
          <legend>${m.villageBus}</legend>
          ${checkbox(c, 'villageBus', m.villageBus)}
        </fieldset>

        ${this.renderVolunteers(a)}

        <div class="form-actions">
          <button type="submit" class="primary save" ?disabled=${this.busy}>${this.busy ? m.saving : m.save}</button>
        </div>
      </form>
      ${a && a.editable ? this.renderRemove(a) : nothing}`;
  }

  private renderVolunteers(a: BeheerActivity | undefined): TemplateResult {
    const m = this.m;
    const list = a?.volunteerOpportunities ?? [];
    return html`<section class="section volunteers" aria-labelledby="volunteers-title">
      <h3 id="volunteers-title">${m.volunteersTitle}</h3>
      ${list.length
        ? html`<p class="hint">${m.volunteersHint}</p>
            <ul class="plain">
              ${list.map(
                (o) => html`<li><a href=${routeHref({ view: 'signups', opportunity: o.id })}>${o.title}</a> (${o.signupsOpen ? m.signupsOpen : m.signupsClosed})</li>`,
              )}
            </ul>`
        : html`<p>${m.volunteersNone}</p>`}
    </section>`;
  }

  /** The error summary on top: each problem as a link to its field, in the form's order. */
  private renderSummary(): TemplateResult | typeof nothing {
    const keys = FIELD_ORDER.filter((k) => this.errors[k]);
    const errors = new Map(keys.map((k) => [k, `${this.labelOf(k)}: ${this.errors[k]}`]));
    return renderErrorSummary(this.m.checkFields(keys.length), errors, () => this.host.renderRoot, { idOf: controlId });
  }

  private labelOf(k: FieldKey): string {
    const m = this.m;
    const labels: Record<FieldKey, string> = {
      title: m.fTitle, summary: m.fSummary, description: m.fDescription, organizationId: m.fOrganization, placeId: m.fPlace,
      categories: m.fCategories, audiences: m.fAudiences, amount: m.amount, costNote: m.costNote, accessNote: m.accessNote,
      capacity: m.capacity, how: m.how, firstDate: m.firstDate, startTime: m.startTime, endTime: m.endTime,
      repeat: m.repeatLegend, days: m.daysLegend, until: m.untilDate, count: m.countLabel, exceptions: m.fDates,
    };
    return labels[k];
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const o = this.outcome;
    const m = this.m;
    if (!o) return nothing;
    if (o.kind === 'saved') return html`<p class="notice saved outcome-message" tabindex="-1">${o.text}</p>`;
    return html`<div class="status-message error outcome-message" role="alert" tabindex="-1">
      <div>
        <p>${o.text}</p>
        ${o.others?.length ? html`<ul>${o.others.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}
        ${o.kind === 'conflict'
          ? html`<p class="hint" id="reopen-hint">${m.reopenHint}</p>
              <div class="status-actions"><button type="button" class="reopen" aria-describedby="reopen-hint" @click=${() => this.show(this.id)}>${m.reopen}</button></div>`
          : nothing}
        ${o.kind === 'offline' || o.kind === 'failed' ? html`<div class="status-actions"><button type="button" class="primary retry-save" @click=${() => void this.save()}>${m.retrySave}</button></div>` : nothing}
      </div>
    </div>`;
  }

  private submit(e: Event): void {
    e.preventDefault();
    const errors = draftErrors(this.draft!, this.m);
    if (Object.keys(errors).length) return this.showErrors(errors);
    void this.save();
  }

  private showErrors(errors: Partial<Record<FieldKey, string>>, others: string[] = []): void {
    this.errors = errors;
    const count = Object.keys(errors).length + others.length;
    this.outcome = others.length ? { kind: 'other', text: this.m.otherErrors, others } : undefined;
    this.host.announce(this.m.checkFields(count));
    // The summary names every problem and links to its field (as in the other editors).
    this.host.focuser.after(Object.keys(errors).length ? '.error-summary' : '.outcome-message');
  }

  async save(): Promise<void> {
    const m = this.m;
    const d = this.draft!;
    const errors = draftErrors(d, m);
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.busy = true;
    this.outcome = undefined;
    this.host.requestUpdate();
    try {
      const token = await this.host.csrfToken();
      const isNew = this.id === NEW;
      const saved = await saveActivity(this.host.base, token, inputOf(d, m), isNew ? undefined : this.id, this.etag);
      this.busy = false;
      this.errors = {};
      this.host.announce(m.saved);
      if (isNew) {
        // Its own address: the back button and a bookmark find it, and it opens with its ETag.
        this.savedNotice = m.saved;
        location.hash = routeHref({ view: 'activity', id: saved.activity.id });
        return;
      }
      const options = this.task.value!.data.options;
      this.activity = saved.activity;
      this.etag = saved.etag ?? this.etag;
      this.draft = draftOf(saved.activity, options, this.host.language === 'nl' ? ',' : '.');
      this.outcome = { kind: 'saved', text: m.saved };
      this.preview();
      this.host.focuser.after('.outcome-message');
    } catch (e) {
      this.busy = false;
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 422 && error.problem?.errors?.length) {
        const fields: Partial<Record<FieldKey, string>> = {};
        const others: string[] = [];
        for (const f of error.problem.errors) {
          const key = fieldOf(f.name);
          if (key && !fields[key]) fields[key] = f.detail;
          else if (!key) others.push(f.detail);
        }
        return this.showErrors(fields, others);
      }
      if (error.status === 401) this.host.expire();
      const text =
        error.status === 412
          ? m.conflict
          : error.status === 0
            ? m.offline
            : error.status === 403
              ? m.forbiddenSave
              : error.status === 401
                ? this.host.texts.expired
                : error.status === 409 || error.status === 422
                  ? (error.problem?.detail ?? m.failed)
                  : m.failed;
      const kind = error.status === 412 ? 'conflict' : error.status === 0 ? 'offline' : error.status >= 500 ? 'failed' : 'other';
      this.outcome = { kind, text };
      this.host.announce(text);
      this.host.focuser.after('.outcome-message');
    }
  }

  private renderReadOnly(a: BeheerActivity): TemplateResult {
    const m = this.m;
    return html`${this.renderOutcome()}
      <div class="imported-view">
        ${a.source === 'feed'
          ? html`<p class="notice">${m.importedFrom(a.organization.name)}</p>
              ${a.feed ? html`<dl class="facts">${fact(m.feedAddress, html`<span class="url">${a.feed.url}</span>`)}</dl>` : nothing}`
          : html`<p class="notice">${m.readOnly}</p>`}
        <dl class="facts">
          ${fact(m.organization, a.organization.name)} ${fact(m.when, a.schedule)} ${fact(m.fPlace, a.placeName)} ${fact(m.fSummary, a.summary)}
        </dl>
        <p class="visibility-state"><span class="badge ${a.hidden ? 'hidden' : 'shown'}">${a.hidden ? m.hiddenBadge : m.isShown}</span> ${a.hidden ? m.isHidden : nothing}</p>
        <div class="actions">
          <button type="button" class="primary visibility" ?disabled=${this.busy} @click=${() => void this.toggleVisibility(a)}>${a.hidden ? m.show : m.hide}</button>
        </div>
      </div>
      ${renderPreview({
        m,
        host: this.host,
        previewer: this.previewer,
        exceptions: a.exceptions,
        readOnly: true,
        setOpen: () => {},
        change: () => {},
      })}
      ${this.renderVolunteers(a)}`;
  }

  private async toggleVisibility(a: BeheerActivity): Promise<void> {
    const m = this.m;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const changed = await setVisibility(this.host.base, await this.host.csrfToken(), a.id, !a.hidden);
      this.activity = changed;
      this.outcome = { kind: 'saved', text: changed.hidden ? m.hiddenDone : m.shownDone };
      this.host.announce(this.outcome.text);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 401) this.host.expire();
      this.outcome = { kind: 'other', text: error.status === 0 ? m.offline : (error.problem?.detail ?? m.failed) };
      this.host.announce(this.outcome.text);
    }
    this.busy = false;
    this.host.focuser.after('button.visibility');
  }

  private renderRemove(a: BeheerActivity): TemplateResult {
    const m = this.m;
    if (!this.asking) {
      return html`<div class="remove"><button type="button" class="danger remove-ask" @click=${() => this.ask(true)}>${m.remove}</button></div>`;
    }
    return html`<div class="ask remove" role="group" aria-labelledby="remove-ask">
      <p id="remove-ask" class="ask-text" tabindex="-1">${m.removeAsk(a.title)}</p>
      <div class="actions">
        <button type="button" class="danger remove-yes" ?disabled=${this.busy} @click=${() => void this.remove(a)}>${m.removeYes}</button>
        <button type="button" class="remove-no" @click=${() => this.ask(false)}>${m.removeNo}</button>
      </div>
    </div>`;
  }

  private ask(on: boolean): void {
    this.asking = on;
    this.host.focuser.after(on ? '#remove-ask' : 'button.remove-ask');
  }

  private async remove(a: BeheerActivity): Promise<void> {
    const m = this.m;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await removeActivity(this.host.base, await this.host.csrfToken(), a.id);
      this.busy = false;
      this.host.announce(m.removed(a.title));
      location.hash = routeHref({ view: 'activities' });
    } catch (e) {
      this.busy = false;
      this.asking = false;
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 401) this.host.expire();
      this.outcome = { kind: 'other', text: error.status === 0 ? m.offline : (error.problem?.detail ?? m.removeFailed) };
      this.host.announce(this.outcome.text);
      this.host.focuser.after('.outcome-message');
    }
  }
}
