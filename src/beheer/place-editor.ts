/**
 * One place in /beheer: its name, street and house number, postcode, town and village,
 * saved with POST for a new one and PUT with `If-Match` for a change (coordinators only; an
 * organisation contact sees the place and who to ask). What was typed is kept through every
 * failure: a refused field (its message at the field, listed in the error summary, the focus
 * on the summary), a newer change by someone else (412, "Opnieuw openen"), no connection
 * (retry). `#plekken/nieuw` is the address of an empty form, for links from other views.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { isPostcode } from '../../common/postcode.ts';
import { ApiError, getJson } from '../api/client.ts';
import { renderLoading } from '../core/status.ts';
import type { BeheerHost } from './host.ts';
import { addressLine, loadPlace, savePlace, type BeheerPlace, type PlaceInput } from './places-api.ts';
import { placesMessages, type PlacesMessages } from './places-messages.ts';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import { routeHref } from './route.ts';
import { fact, renderProblem } from './shared.ts';

export const NEW = 'nieuw';

const FIELDS = ['name', 'street', 'postalCode', 'locality', 'village'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;
type Village = { id: string; name: string };

const controlId = (field: Field) => `f-place-${field}`;

const draftOf = (p?: BeheerPlace): Draft => ({
  name: p?.name ?? '',
  street: p?.address.street ?? '',
  postalCode: p?.address.postalCode ?? '',
  locality: p?.address.locality ?? '',
  village: p?.village ?? '',
});

/** The body: an empty postcode left out (which clears it). */
function inputOf(d: Draft): PlaceInput {
  return {
    name: d.name.trim(),
    street: d.street.trim(),
    ...(d.postalCode.trim() ? { postalCode: d.postalCode.trim() } : {}),
    locality: d.locality.trim(),
    village: d.village,
  };
}

/** The same checks as the contract, so most mistakes are named before anything is sent. */
function draftErrors(d: Draft, m: PlacesMessages): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  if (!d.name.trim()) e.name = m.needName;
  if (!d.street.trim()) e.street = m.needStreet;
  if (d.postalCode.trim() && !isPostcode(d.postalCode)) e.postalCode = m.badPostalCode;
  if (!d.locality.trim()) e.locality = m.needLocality;
  if (!d.village) e.village = m.needVillage;
  return e;
}

type Outcome = { kind: 'saved' | 'conflict' | 'offline' | 'failed' | 'other'; text: string };

export class PlaceEditor {
  id = NEW;
  private coordinator = false;
  /** Opened from a new activity's form: back there once the place is added. */
  private forActivity = false;
  private draft: Draft = draftOf();
  private place?: BeheerPlace;
  private etag?: string;
  private errors: Partial<Record<Field, string>> = {};
  private outcome?: Outcome;
  private busy = false;
  /** Said once the new place is open at its own address. */
  private savedNotice?: string;

  readonly task: Task<readonly [string, string], { key: string; data: { villages: Village[] } }>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, id], { signal }) => {
        const [network, loaded] = await Promise.all([getJson(api, '/v1/network', undefined, signal), id === NEW ? Promise.resolve(undefined) : loadPlace(api, id, signal)]);
        this.place = loaded?.place;
        this.etag = loaded?.etag;
        this.draft = draftOf(loaded?.place);
        this.errors = {};
        this.outcome = this.savedNotice ? { kind: 'saved', text: this.savedNotice } : undefined;
        this.savedNotice = undefined;
        return { key: id, data: { villages: network.villages } };
      },
      args: () => [this.host.base, this.id] as const,
      autoRun: false,
    });
  }

  private get m(): PlacesMessages {
    return placesMessages(this.host.language);
  }

  show(id: string, coordinator: boolean, forActivity = false): void {
    this.id = id;
    this.coordinator = coordinator;
    this.forActivity = forActivity && id === NEW;
    void this.task.run();
  }

  private set(field: Field, value: string): void {
    this.draft[field] = value;
    if (this.errors[field]) delete this.errors[field];
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const m = this.m;
    const task = this.task;
    const loaded = task.value?.key === this.id ? task.value.data : undefined;
    const heading = this.id === NEW ? m.newTitle : (this.place?.name ?? m.title);
    let body: TemplateResult;
    if (task.status === TaskStatus.ERROR) body = renderProblem(this.host, task.error, () => void task.run(), m.notFound);
    else if (!loaded || task.status === TaskStatus.PENDING) body = renderLoading(this.host.texts.loading);
    else if (!this.coordinator) body = this.renderReadOnly(loaded.villages);
    else body = this.renderForm(loaded.villages);
    const busy = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    const back = this.forActivity ? html`<a href=${routeHref({ view: 'activity', id: 'nieuw' })}>${m.backToActivity}</a>` : html`<a href=${routeHref({ view: 'places' })}>${m.back}</a>`;
    return html`<p class="crumbs">${back}</p>
      <h2 class="view-title">${heading}</h2>
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
  }

  /** An organisation contact: the place as the agenda shows it, and who can change it. */
  private renderReadOnly(villages: Village[]): TemplateResult {
    const m = this.m;
    const p = this.place;
    return html`${p
        ? html`<dl class="facts">
            ${fact(m.address, addressLine(p) || m.noAddress)} ${fact(m.village, villages.find((v) => v.id === p.village)?.name ?? p.village)}
            ${fact(m.activities, String(p.activityCount))}
          </dl>`
        : nothing}
      <p class="notice read-only">${m.readOnly}</p>`;
  }

  private help(field: Field, hint?: string) {
    const error = this.errors[field];
    const id = controlId(field);
    return {
      describedby: [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing,
      invalid: error ? 'true' : nothing,
      texts: html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`,
      cls: `field ${error ? 'has-error' : ''}`,
    };
  }

  private text(field: Exclude<Field, 'village'>, label: string, o: { hint?: string; optional?: boolean; maxlength: number; autocomplete?: string; inputmode?: string }) {
    const h = this.help(field, o.hint);
    return html`<div class=${h.cls}>
      <label for=${controlId(field)}>${label}${o.optional ? html` <span class="optional">${this.m.optional}</span>` : nothing}</label>
      ${h.texts}
      <input
        id=${controlId(field)}
        name=${field}
        type="text"
        maxlength=${o.maxlength}
        autocomplete=${o.autocomplete ?? 'off'}
        aria-describedby=${h.describedby}
        aria-invalid=${h.invalid}
        .value=${this.draft[field]}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private renderForm(villages: Village[]): TemplateResult {
    const m = this.m;
    const villageHelp = this.help('village', m.fVillageHint);
    const p = this.place;
    return html`${this.renderOutcome()} ${this.renderSummary()}
      ${p?.fromFeed ? html`<p class="notice from-feed-note">${m.fromFeedNote}</p>` : nothing}
      ${p && p.activityCount > 0 ? html`<p class="hint used-by">${m.usedBy(p.activityCount)}</p>` : nothing}
      <form class="place-form" novalidate @submit=${(e: Event) => this.submit(e)}>
        ${this.text('name', m.fName, { hint: m.fNameHint, maxlength: 120 })}
        ${this.text('street', m.fStreet, { maxlength: 100, autocomplete: 'address-line1' })}
        ${this.text('postalCode', m.fPostalCode, { hint: m.fPostalCodeHint, optional: true, maxlength: 7, autocomplete: 'postal-code' })}
        ${this.text('locality', m.fLocality, { maxlength: 100, autocomplete: 'address-level2' })}
        <div class=${villageHelp.cls}>
          <label for=${controlId('village')}>${m.fVillage}</label>
          ${villageHelp.texts}
          <select id=${controlId('village')} name="village" aria-describedby=${villageHelp.describedby} aria-invalid=${villageHelp.invalid} @change=${(e: Event) => this.set('village', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.draft.village}>${m.chooseVillage}</option>
            ${villages.map((v) => html`<option .value=${v.id} ?selected=${v.id === this.draft.village}>${v.name}</option>`)}
          </select>
        </div>
        <div class="form-actions">
          <button type="submit" class="primary save" ?disabled=${this.busy}>${this.busy ? m.saving : m.save}</button>
        </div>
      </form>`;
  }

  /** The error summary: each problem as a link to its field (the one every form uses). */
  private renderSummary(): TemplateResult | typeof nothing {
    const fields = FIELDS.filter((f) => this.errors[f]);
    const errors = new Map(fields.map((f) => [f, `${this.labelOf(f)}: ${this.errors[f]}`]));
    return renderErrorSummary(this.m.checkFields(fields.length), errors, () => this.host.renderRoot, { idOf: (f) => controlId(f as Field) });
  }

  private labelOf(f: Field): string {
    const m = this.m;
    return { name: m.fName, street: m.fStreet, postalCode: m.fPostalCode, locality: m.fLocality, village: m.fVillage }[f];
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
          ? html`<p class="hint" id="place-reopen-hint">${m.reopenHint}</p>
              <div class="status-actions"><button type="button" class="reopen" aria-describedby="place-reopen-hint" @click=${() => this.show(this.id, this.coordinator)}>${m.reopen}</button></div>`
          : nothing}
        ${o.kind === 'offline' || o.kind === 'failed' ? html`<div class="status-actions"><button type="button" class="primary retry-save" @click=${() => void this.save()}>${m.retrySave}</button></div>` : nothing}
      </div>
    </div>`;
  }

  private submit(e: Event): void {
    e.preventDefault();
    void this.save();
  }

  private showErrors(errors: Partial<Record<Field, string>>): void {
    this.errors = errors;
    this.outcome = undefined;
    this.host.announce(this.m.checkFields(Object.keys(errors).length));
    this.host.focuser.after('.error-summary');
  }

  /** The server's field names, as this form names its fields. */
  private fieldsOf(error: ApiError): Partial<Record<Field, string>> {
    const fields: Partial<Record<Field, string>> = {};
    for (const f of error.problem?.errors ?? []) {
      const key = FIELDS.find((k) => k === f.name);
      if (key && !fields[key]) fields[key] = f.detail;
    }
    return fields;
  }

  async save(): Promise<void> {
    const m = this.m;
    const errors = draftErrors(this.draft, m);
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.busy = true;
    this.outcome = undefined;
    this.host.requestUpdate();
    try {
      const isNew = this.id === NEW;
      const saved = await savePlace(this.host.base, await this.host.csrfToken(), inputOf(this.draft), isNew ? undefined : this.id, this.etag);
      this.busy = false;
      this.errors = {};
      if (isNew && this.forActivity) {
        // Back to the activity being added, which keeps what was typed and picks this place.
        this.host.announce(m.addedForActivity(saved.place.name));
        location.hash = routeHref({ view: 'activity', id: 'nieuw' });
        return;
      }
      if (isNew) {
        this.host.announce(m.added);
        this.savedNotice = m.added;
        location.hash = routeHref({ view: 'place', id: saved.place.id });
        return;
      }
      this.place = saved.place;
      this.etag = saved.etag ?? this.etag;
      this.draft = draftOf(saved.place);
      this.outcome = { kind: 'saved', text: m.saved };
      this.host.announce(m.saved);
      this.host.focuser.after('.outcome-message');
    } catch (e) {
      this.busy = false;
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 422) {
        const fields = this.fieldsOf(error);
        if (Object.keys(fields).length) return this.showErrors(fields);
      }
      if (error.status === 401) this.host.expire();
      const text =
        error.status === 412
          ? m.conflict
          : error.status === 0
            ? m.offline
            : error.status === 401
              ? this.host.texts.expired
              : error.status === 403
                ? (error.problem?.detail ?? m.forbiddenSave)
                : m.failed;
      this.outcome = { kind: error.status === 412 ? 'conflict' : error.status === 0 ? 'offline' : error.status >= 500 ? 'failed' : 'other', text };
      this.host.announce(text);
      this.host.focuser.after('.outcome-message');
    }
  }
}
