/**
 * One service of the sociale kaart in /beheer (`#sociale-kaart/dienst/<id>`, or
 * `#sociale-kaart/nieuw`): every field the map shows, grouped in fieldsets, saved as a whole
 * (POST for a new one, PUT with `If-Match` for a change). What was typed is kept through
 * every failure: a refused field (its message at the field and in the summary on top, the
 * focus on the summary), a newer change by someone else (412, "Opnieuw openen"), no
 * connection (retry). Leaving with unsaved changes keeps them for when the person comes
 * back to the same service, and closing the page asks first.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { renderLoading } from '../core/status.ts';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import {
  controlId, draftErrors, draftOf, emptyDraft, fieldOf, inputOf, loadService, orderOf, saveService,
  type ContactRow, type Errors, type HoursRow, type ServiceDetail, type ServiceDraft, type ServiceOptions,
} from './service-draft.ts';
import { serviceEditorMessages, type ServiceEditorMessages } from './service-editor-messages.ts';
import { fact, renderProblem } from './shared.ts';

export const NEW_SERVICE = 'nieuw';

type Outcome = { kind: 'saved' | 'conflict' | 'offline' | 'failed' | 'other'; text: string };

type TextKey = { [K in keyof ServiceDraft]: ServiceDraft[K] extends string ? K : never }[keyof ServiceDraft];
type FlagKey = { [K in keyof ServiceDraft]: ServiceDraft[K] extends boolean ? K : never }[keyof ServiceDraft];

export class ServiceEditor {
  id = NEW_SERVICE;
  private draft?: ServiceDraft;
  private service?: ServiceDetail;
  private etag?: string;
  private errors: Errors = {};
  private outcome?: Outcome;
  private busy = false;
  private dirty = false;
  /** Unsaved drafts by service id, kept when the person goes elsewhere in /beheer. */
  private readonly kept = new Map<string, { draft: ServiceDraft; etag?: string; service?: ServiceDetail }>();
  private restored = false;
  /** Said once the saved service is open (a new one moves to its own address). */
  private savedNotice?: string;

  readonly task: Task<readonly [string, string], { key: string; data: { options: ServiceOptions } }>;

  constructor(private readonly host: BeheerHost) {
    // The question on closing the page belongs to this element: gone with it.
    host.addController({ hostDisconnected: () => removeEventListener('beforeunload', this.onLeave) });
    this.task = new Task(host, {
      task: async ([api, id], { signal }) => {
        const keep = this.kept.get(id);
        const [options, loaded] = await Promise.all([
          getJson(api, '/v1/beheer/service-options', undefined, signal),
          id === NEW_SERVICE || keep ? Promise.resolve(undefined) : loadService(api, id, signal),
        ]);
        this.errors = {};
        this.restored = !!keep;
        if (keep) {
          Object.assign(this, { draft: keep.draft, etag: keep.etag, service: keep.service, dirty: true });
        } else {
          this.service = loaded?.service;
          this.etag = loaded?.etag;
          this.draft = loaded ? draftOf(loaded.service) : emptyDraft(options);
          this.dirty = false;
        }
        this.outcome = this.savedNotice ? { kind: 'saved', text: this.savedNotice } : undefined;
        this.savedNotice = undefined;
        return { key: id, data: { options } };
      },
      args: () => [this.host.base, this.id] as const,
      autoRun: false,
    });
  }

  private get m(): ServiceEditorMessages {
    return serviceEditorMessages(this.host.language);
  }

  show(id: string): void {
    this.keep();
    this.id = id;
    addEventListener('beforeunload', this.onLeave);
    void this.task.run();
  }

  /** Leaving the editor for another view: unsaved changes wait for the person's return. */
  hide(): void {
    this.keep();
    removeEventListener('beforeunload', this.onLeave);
  }

  private keep(): void {
    if (this.dirty && this.draft) this.kept.set(this.id, { draft: this.draft, etag: this.etag, service: this.service });
    this.dirty = false;
  }

  private readonly onLeave = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    e.preventDefault();
    e.returnValue = this.m.leaveWarning;
  };

  private set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) => {
    this.draft![key] = value;
    this.dirty = true;
    delete this.errors[key];
    this.host.requestUpdate();
  };

  private setRow<R extends 'openingHours' | 'contacts'>(list: R, index: number, key: string, value: string): void {
    (this.draft![list][index] as unknown as Record<string, string>)[key] = value;
    this.dirty = true;
    delete this.errors[`${list}[${index}].${key}`];
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const m = this.m;
    const task = this.task;
    const loaded = task.value?.key === this.id ? task.value.data : undefined;
    const heading = this.id === NEW_SERVICE ? m.newTitle : (this.service?.name ?? m.title);
    let body: TemplateResult;
    if (task.status === TaskStatus.ERROR) body = renderProblem(this.host, task.error, () => void task.run(), m.notFound);
    else if (!loaded || !this.draft || task.status === TaskStatus.PENDING) body = renderLoading(this.host.texts.loading);
    else body = this.renderForm(loaded.options);
    const busy = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    return html`<p class="crumbs"><a href=${routeHref({ view: 'services' })}>${m.back}</a></p>
      <h2 class="view-title">${heading}</h2>
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
  }

  // --- controls ------------------------------------------------------------------------

  private label(name: string, text: string, optional?: boolean) {
    return html`<label for=${controlId(name)}>${text}${optional ? html` <span class="optional">${this.m.optional}</span>` : nothing}</label>`;
  }

  private helps(name: string, hint?: string) {
    const error = this.errors[name];
    const id = controlId(name);
    return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
  }

  private describedBy(name: string, hint?: string) {
    const id = controlId(name);
    const ids = [hint ? `${id}-hint` : '', this.errors[name] ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private input(name: string, value: string, onInput: (v: string) => void, o: { type?: string; hint?: string; maxlength?: number; autocomplete?: string; inputmode?: string; cls?: string } = {}) {
    const error = this.errors[name];
    return html`<input
      id=${controlId(name)}
      name=${name}
      class=${o.cls ?? nothing}
      type=${o.type ?? 'text'}
      maxlength=${o.maxlength ?? nothing}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${o.inputmode ?? nothing}
      aria-describedby=${this.describedBy(name, o.hint)}
      aria-invalid=${error ? 'true' : nothing}
      .value=${value}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />`;
  }

  private text(key: TextKey, label: string, o: { hint?: string; optional?: boolean; maxlength?: number; type?: string; autocomplete?: string; textarea?: boolean } = {}) {
    const d = this.draft!;
    const error = this.errors[key];
    return html`<div class="field ${error ? 'has-error' : ''}">
      ${this.label(key, label, o.optional)} ${this.helps(key, o.hint)}
      ${o.textarea
        ? html`<textarea
            id=${controlId(key)}
            name=${key}
            rows="5"
            maxlength=${o.maxlength ?? nothing}
            aria-describedby=${this.describedBy(key, o.hint)}
            aria-invalid=${error ? 'true' : nothing}
            .value=${d[key] as string}
            @input=${(e: Event) => this.set(key, (e.target as HTMLTextAreaElement).value as never)}
          ></textarea>`
        : this.input(key, d[key] as string, (v) => this.set(key, v as never), o)}
    </div>`;
  }

  private flag(key: FlagKey, label: string) {
    return html`<label class="check"
      ><input type="checkbox" id=${controlId(key)} name=${key} .checked=${this.draft![key]} @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).checked)} />${label}</label
    >`;
  }

  private choices(key: 'categories' | 'villages' | 'locations', legend: string, options: { value: string; label: string; cls?: string }[], hint?: string) {
    const chosen = this.draft![key];
    const error = this.errors[key];
    const toggle = (value: string, on: boolean) => this.set(key, on ? [...chosen, value] : chosen.filter((v) => v !== value));
    return html`<fieldset class="choice-group ${key} ${error ? 'has-error' : ''}" aria-describedby=${this.describedBy(key, hint)}>
      <legend>${legend}</legend>
      ${this.helps(key, hint)}
      <div class="checks">
        ${options.map(
          (o, i) => html`<label class="check ${o.cls ?? ''}"
            ><input
              type="checkbox"
              id=${i === 0 ? controlId(key) : `${controlId(key)}-${o.value}`}
              name=${key}
              .value=${o.value}
              .checked=${chosen.includes(o.value)}
              aria-invalid=${error && i === 0 ? 'true' : nothing}
              @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
            />${o.label}</label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  private select(name: string, label: string, value: string, options: { value: string; label: string }[], onChange: (v: string) => void, placeholder?: string, hint?: string) {
    const error = this.errors[name];
    return html`<div class="field ${error ? 'has-error' : ''}">
      ${this.label(name, label)} ${this.helps(name, hint)}
      <select id=${controlId(name)} name=${name} aria-describedby=${this.describedBy(name, hint)} aria-invalid=${error ? 'true' : nothing} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${placeholder !== undefined ? html`<option value="" ?selected=${!value}>${placeholder}</option>` : nothing}
        ${options.map((o) => html`<option .value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  // --- the form ------------------------------------------------------------------------

  private renderForm(options: ServiceOptions): TemplateResult {
    const m = this.m;
    const d = this.draft!;
    const kinds = (['informal', 'professional', 'both'] as const).map((k) => ({ value: k, label: m.kinds[k] }));
    const statuses = (['active', 'temporarily closed', 'inactive', 'defunct'] as const).map((s) => ({ value: s, label: m.statuses[s] }));
    const kindError = this.errors['kind'];
    return html`${this.renderOutcome()} ${this.renderSummary()}
      ${this.restored
        ? html`<div class="notice kept"><p>${m.kept}</p><button type="button" class="discard" @click=${() => this.discard()}>${m.discard}</button></div>`
        : nothing}
      <form class="activity-form service-form" novalidate @submit=${(e: Event) => this.submit(e)}>
        <fieldset class="section">
          <legend>${m.about}</legend>
          ${this.text('name', m.fName, { maxlength: 120 })}
          ${this.text('description', m.fDescription, { hint: m.fDescriptionHint, maxlength: 200 })}
          ${this.text('longDescription', m.fLongDescription, { hint: m.fLongDescriptionHint, maxlength: 4000, textarea: true })}
          <fieldset class="choice-group ${kindError ? 'has-error' : ''}" aria-describedby=${this.describedBy('kind')}>
            <legend>${m.fKind}</legend>
            ${this.helps('kind')}
            ${kinds.map(
              (k, i) => html`<label class="check"
                ><input
                  type="radio"
                  name="kind"
                  id=${i === 0 ? controlId('kind') : `${controlId('kind')}-${k.value}`}
                  .value=${k.value}
                  .checked=${d.kind === k.value}
                  aria-invalid=${kindError && i === 0 ? 'true' : nothing}
                  @change=${() => this.set('kind', k.value)}
                />${k.label}</label
              >`,
            )}
          </fieldset>
          ${options.organizations.length === 1 && d.organizationId === options.organizations[0]!.id
            ? html`<dl class="facts">${fact(m.fOrganization, options.organizations[0]!.name)}</dl>`
            : this.select('organizationId', m.fOrganization, d.organizationId, options.organizations.map((o) => ({ value: o.id, label: o.name })), (v) => this.set('organizationId', v), m.chooseOrganization)}
          ${this.choices('categories', m.fCategories, options.categories.map((c) => ({ value: c.id, label: c.name, cls: c.parent ? 'sub' : 'top' })))}
          ${this.select('status', m.fStatus, d.status, statuses, (v) => this.set('status', v as ServiceDraft['status']), undefined, m.statusHint)}
        </fieldset>

        <fieldset class="section">
          <legend>${m.whoLegend}</legend>
          ${this.text('eligibility', m.fEligibility, { maxlength: 1000, textarea: true })}
          ${this.text('applicationProcess', m.fApplication, { maxlength: 1000, textarea: true })}
          ${this.flag('referralRequired', m.fReferral)} ${this.flag('byAppointment', m.fAppointment)}
          ${this.text('fees', m.fFees, { hint: m.fFeesHint, maxlength: 200 })} ${this.flag('free', m.fFree)}
          ${this.text('languages', m.fLanguages, { hint: m.fLanguagesHint, maxlength: 60 })}
          ${this.text('keywords', m.fKeywords, { hint: m.fKeywordsHint, optional: true, maxlength: 1000 })}
        </fieldset>

        <fieldset class="section">
          <legend>${m.contactLegend}</legend>
          <p class="hint">${m.contactHint}</p>
          ${this.text('phone', m.fPhone, { type: 'tel', autocomplete: 'off', maxlength: 20, optional: true })}
          ${this.text('email', m.fEmail, { type: 'email', maxlength: 254, optional: true })}
          ${this.text('website', m.fWebsite, { type: 'url', hint: m.fWebsiteHint, maxlength: 2000, optional: true })}
        </fieldset>

        <fieldset class="section">
          <legend>${m.whereLegend}</legend>
          ${this.choices('villages', m.fVillages, options.villages.map((v) => ({ value: v.id, label: v.name })))}
          ${this.choices('locations', m.fLocations, options.locations.map((l) => ({ value: l.id, label: `${l.name}, ${l.address.street}, ${l.address.locality}` })), m.locationsHint)}
        </fieldset>

        ${this.renderHours(options)} ${this.renderContacts()}

        <div class="form-actions">
          <button type="submit" class="primary save" ?disabled=${this.busy}>${this.busy ? m.saving : m.save}</button>
        </div>
      </form>`;
  }

  private renderHours(options: ServiceOptions): TemplateResult {
    const m = this.m;
    const d = this.draft!;
    const places = [{ value: '', label: m.noLocation }, ...options.locations.filter((l) => d.locations.includes(l.id)).map((l) => ({ value: l.id, label: l.name }))];
    const days = m.weekdays.map((label, i) => ({ value: String(i + 1), label }));
    return html`<fieldset class="section hours">
      <legend>${m.hoursLegend}</legend>
      <p class="hint">${m.hoursHint}</p>
      ${d.openingHours.length ? nothing : html`<p>${m.hoursNone}</p>`}
      ${d.openingHours.map((h: HoursRow, i) => {
        const at = `openingHours[${i}]`;
        return html`<fieldset class="choice-group period" data-index=${i}>
          <legend>${m.period(i + 1)}</legend>
          <div class="times">
            ${this.select(`${at}.weekday`, m.fWeekday, h.weekday, days, (v) => this.setRow('openingHours', i, 'weekday', v))}
            <div class="field ${this.errors[`${at}.opens`] ? 'has-error' : ''}">
              ${this.label(`${at}.opens`, m.fOpens)} ${this.helps(`${at}.opens`)}
              ${this.input(`${at}.opens`, h.opens, (v) => this.setRow('openingHours', i, 'opens', v), { type: 'time', cls: 'short' })}
            </div>
            <div class="field ${this.errors[`${at}.closes`] ? 'has-error' : ''}">
              ${this.label(`${at}.closes`, m.fCloses)} ${this.helps(`${at}.closes`)}
              ${this.input(`${at}.closes`, h.closes, (v) => this.setRow('openingHours', i, 'closes', v), { type: 'time', cls: 'short' })}
            </div>
          </div>
          ${places.length > 1 ? this.select(`${at}.locationId`, m.fHoursLocation, h.locationId, places, (v) => this.setRow('openingHours', i, 'locationId', v)) : nothing}
          <div class="field ${this.errors[`${at}.note`] ? 'has-error' : ''}">
            ${this.label(`${at}.note`, m.fHoursNote, true)} ${this.helps(`${at}.note`, m.fHoursNoteHint)}
            ${this.input(`${at}.note`, h.note, (v) => this.setRow('openingHours', i, 'note', v), { hint: m.fHoursNoteHint, maxlength: 200 })}
          </div>
          <div class="actions"><button type="button" class="remove-period" @click=${() => this.removeRow('openingHours', i)}>${m.removePeriod(i + 1)}</button></div>
        </fieldset>`;
      })}
      <div class="actions"><button type="button" class="add-period" @click=${() => this.addRow('openingHours')}>${m.addPeriod}</button></div>
    </fieldset>`;
  }

  private renderContacts(): TemplateResult {
    const m = this.m;
    const d = this.draft!;
    return html`<fieldset class="section contacts">
      <legend>${m.contactsLegend}</legend>
      <p class="hint">${m.contactsHint}</p>
      ${d.contacts.length ? nothing : html`<p>${m.contactsNone}</p>`}
      ${d.contacts.map((c: ContactRow, i) => {
        const at = `contacts[${i}]`;
        const row = (key: keyof ContactRow, label: string, o: { type?: string; maxlength: number; optional?: boolean }) =>
          html`<div class="field ${this.errors[`${at}.${key}`] ? 'has-error' : ''}">
            ${this.label(`${at}.${key}`, label, o.optional)} ${this.helps(`${at}.${key}`)}
            ${this.input(`${at}.${key}`, c[key], (v) => this.setRow('contacts', i, key, v), o)}
          </div>`;
        return html`<fieldset class="choice-group person" data-index=${i}>
          <legend>${m.person(i + 1)}</legend>
          ${row('name', m.fContactName, { maxlength: 100 })} ${row('role', m.fContactRole, { maxlength: 100, optional: true })}
          ${row('phone', m.fPhone, { type: 'tel', maxlength: 20, optional: true })} ${row('email', m.fEmail, { type: 'email', maxlength: 254, optional: true })}
          <div class="actions"><button type="button" class="remove-contact" @click=${() => this.removeRow('contacts', i)}>${m.removeContact(i + 1)}</button></div>
        </fieldset>`;
      })}
      <div class="actions"><button type="button" class="add-contact" @click=${() => this.addRow('contacts')}>${m.addContact}</button></div>
    </fieldset>`;
  }

  private addRow(list: 'openingHours' | 'contacts'): void {
    const d = this.draft!;
    if (list === 'openingHours') {
      const last = d.openingHours.at(-1);
      d.openingHours = [...d.openingHours, { weekday: last?.weekday ?? '1', opens: '', closes: '', note: '', locationId: last?.locationId ?? d.locations[0] ?? '' }];
    } else {
      d.contacts = [...d.contacts, { name: '', role: '', phone: '', email: '' }];
    }
    this.dirty = true;
    const n = d[list].length;
    this.host.announce(list === 'openingHours' ? this.m.periodAdded(n) : this.m.contactAdded(n));
    // Focus the new row's first field: keyboard users carry on typing there.
    this.host.focuser.after(`#${controlId(`${list}[${n - 1}].${list === 'openingHours' ? 'weekday' : 'name'}`)}`);
  }

  private removeRow(list: 'openingHours' | 'contacts', index: number): void {
    const d = this.draft!;
    (d[list] as unknown[]) = d[list].filter((_, i) => i !== index);
    // Errors of rows after it move up with them: drop the list's row errors, the next check finds them again.
    for (const key of Object.keys(this.errors)) if (key.startsWith(`${list}[`)) delete this.errors[key];
    this.dirty = true;
    this.host.announce(list === 'openingHours' ? this.m.periodRemoved(index + 1) : this.m.contactRemoved(index + 1));
    this.host.focuser.after(`button.${list === 'openingHours' ? 'add-period' : 'add-contact'}`);
  }

  private discard(): void {
    this.kept.delete(this.id);
    this.dirty = false;
    this.host.announce(this.m.discarded);
    void this.task.run();
  }

  // --- outcome, errors, saving --------------------------------------------------------

  private renderSummary(): TemplateResult | typeof nothing {
    const entries = Object.entries(this.errors).sort(([a], [b]) => orderOf(a) - orderOf(b));
    const errors = new Map(entries.map(([name, text]) => [name, `${this.fieldLabel(name)}: ${text}`]));
    return renderErrorSummary(this.m.summaryTitle, errors, () => this.host.renderRoot, { idOf: controlId });
  }

  /** The label a person sees at a field, for the summary ("Tijd 3, Tot"). */
  private fieldLabel(name: string): string {
    const m = this.m;
    const row = /^(openingHours|contacts)\[(\d+)\]\.(\w+)$/.exec(name);
    if (row) {
      const n = Number(row[2]) + 1;
      const labels: Record<string, string> = {
        weekday: m.fWeekday, opens: m.fOpens, closes: m.fCloses, note: m.fHoursNote, locationId: m.fHoursLocation,
        name: m.fContactName, role: m.fContactRole, phone: m.fPhone, email: m.fEmail,
      };
      return `${row[1] === 'openingHours' ? m.period(n) : m.person(n)}, ${labels[row[3]!] ?? row[3]}`;
    }
    const labels: Record<string, string> = {
      name: m.fName, description: m.fDescription, longDescription: m.fLongDescription, kind: m.fKind, organizationId: m.fOrganization,
      categories: m.fCategories, status: m.fStatus, eligibility: m.fEligibility, applicationProcess: m.fApplication, fees: m.fFees,
      phone: m.fPhone, email: m.fEmail, website: m.fWebsite, languages: m.fLanguages, keywords: m.fKeywords, villages: m.fVillages,
      locations: m.fLocations, referralRequired: m.fReferral, byAppointment: m.fAppointment, free: m.fFree,
    };
    return labels[name] ?? name;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const o = this.outcome;
    const m = this.m;
    if (!o) return nothing;
    if (o.kind === 'saved') return html`<p class="notice saved outcome-message" tabindex="-1">${o.text}</p>`;
    return html`<div class="status-message error outcome-message" role="alert" tabindex="-1">
      <div>
        <p>${o.text}</p>
        ${o.kind === 'conflict'
          ? html`<p class="hint" id="service-reopen-hint">${m.reopenHint}</p>
              <div class="status-actions"><button type="button" class="reopen" aria-describedby="service-reopen-hint" @click=${() => this.reopen()}>${m.reopen}</button></div>`
          : nothing}
        ${o.kind === 'offline' || o.kind === 'failed' ? html`<div class="status-actions"><button type="button" class="primary retry-save" @click=${() => void this.save()}>${m.retrySave}</button></div>` : nothing}
      </div>
    </div>`;
  }

  private reopen(): void {
    this.kept.delete(this.id);
    this.dirty = false;
    void this.task.run();
  }

  private submit(e: Event): void {
    e.preventDefault();
    void this.save();
  }

  private showErrors(errors: Errors): void {
    this.errors = errors;
    this.outcome = undefined;
    this.host.announce(this.m.checkFields(Object.keys(errors).length));
    this.host.focuser.after('.error-summary');
  }

  async save(): Promise<void> {
    const m = this.m;
    const d = this.draft!;
    const errors = draftErrors(d, m);
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.busy = true;
    this.outcome = undefined;
    this.errors = {};
    this.host.requestUpdate();
    try {
      const token = await this.host.csrfToken();
      const isNew = this.id === NEW_SERVICE;
      const saved = await saveService(this.host.base, token, inputOf(d), isNew ? undefined : this.id, this.etag);
      this.busy = false;
      this.dirty = false;
      this.restored = false;
      this.kept.delete(this.id);
      this.host.announce(m.saved);
      if (isNew) {
        // Its own address: the back button and a bookmark find it, and it opens with its ETag.
        this.savedNotice = m.saved;
        location.hash = routeHref({ view: 'service', id: saved.service.id });
        return;
      }
      this.service = saved.service;
      this.etag = saved.etag ?? this.etag;
      this.draft = draftOf(saved.service);
      this.outcome = { kind: 'saved', text: m.saved };
      this.host.focuser.after('.outcome-message');
    } catch (e) {
      this.busy = false;
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 422 && error.problem?.errors?.length) {
        const fields: Errors = {};
        for (const f of error.problem.errors) {
          const key = fieldOf(f.name);
          if (!fields[key]) fields[key] = f.detail;
        }
        return this.showErrors(fields);
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
}

