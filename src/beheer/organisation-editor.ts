/**
 * One organisation in /beheer: the form (name, kind with what each kind means, what it does,
 * village, phone, e-mail, website), saving with POST for a new one and PUT with `If-Match`
 * for a change. An organisation contact sees the name and kind but cannot change them (the
 * server holds the same rule). What was typed is kept through every failure: a refused field
 * (its message at the field, listed in the error summary, the focus on the summary), a newer
 * change by someone else (412, "Opnieuw openen"), no connection (retry).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, getJson } from '../api/client.ts';
import { renderLoading } from '../core/status.ts';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import type { BeheerHost } from './host.ts';
import { loadOrganization, saveOrganization, type BeheerOrganization, type OrganizationInput, type OrganizationKind } from './organisations-api.ts';
import { organisationsMessages, type OrganisationsMessages } from './organisations-messages.ts';
import { routeHref } from './route.ts';
import { fact, renderProblem } from './shared.ts';

export const NEW = 'nieuw';

const KINDS: readonly OrganizationKind[] = ['professional', 'volunteer', 'resident-initiative'];
const FIELDS = ['name', 'kind', 'description', 'village', 'phone', 'email', 'website'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;

const controlId = (field: Field) => `f-org-${field}`;
const PHONE = /^\+?[0-9][0-9 ()-]{7,18}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/[^\s]+$/;

const draftOf = (o?: BeheerOrganization): Draft => ({
  name: o?.name ?? '',
  kind: o?.kind ?? '',
  description: o?.description ?? '',
  village: o?.village ?? '',
  phone: o?.contact.phone ?? '',
  email: o?.contact.email ?? '',
  website: o?.contact.website ?? '',
});

/** The body: empty optional fields left out (which clears them). */
function inputOf(d: Draft): OrganizationInput {
  const optional = (key: 'village' | 'phone' | 'email' | 'website') => (d[key].trim() ? { [key]: d[key].trim() } : {});
  return {
    name: d.name.trim(),
    kind: d.kind as OrganizationKind,
    description: d.description.trim(),
    ...optional('village'),
    ...optional('phone'),
    ...optional('email'),
    ...optional('website'),
  };
}

/** The same checks as the contract, so most mistakes are named before anything is sent. */
function draftErrors(d: Draft, m: OrganisationsMessages): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  if (!d.name.trim()) e.name = m.needName;
  if (!d.kind) e.kind = m.needKind;
  if (d.phone.trim() && !PHONE.test(d.phone.trim())) e.phone = m.badPhone;
  if (d.email.trim() && !EMAIL.test(d.email.trim())) e.email = m.badEmail;
  if (d.website.trim() && !WEBSITE.test(d.website.trim())) e.website = m.badWebsite;
  return e;
}

type Outcome = { kind: 'saved' | 'conflict' | 'offline' | 'failed' | 'other'; text: string };

export class OrganisationEditor {
  id = NEW;
  private coordinator = false;
  private draft: Draft = draftOf();
  private organization?: BeheerOrganization;
  private etag?: string;
  private errors: Partial<Record<Field, string>> = {};
  private outcome?: Outcome;
  private busy = false;
  /** Said once the new organisation is open at its own address. */
  private savedNotice?: string;

  readonly task: Task<readonly [string, string], { key: string; data: { villages: { id: string; name: string }[] } }>;

  constructor(private readonly host: BeheerHost) {
    this.task = new Task(host, {
      task: async ([api, id], { signal }) => {
        const [network, loaded] = await Promise.all([getJson(api, '/v1/network', undefined, signal), id === NEW ? Promise.resolve(undefined) : loadOrganization(api, id, signal)]);
        this.organization = loaded?.organization;
        this.etag = loaded?.etag;
        this.draft = draftOf(loaded?.organization);
        this.errors = {};
        this.outcome = this.savedNotice ? { kind: 'saved', text: this.savedNotice } : undefined;
        this.savedNotice = undefined;
        return { key: id, data: { villages: network.villages } };
      },
      args: () => [this.host.base, this.id] as const,
      autoRun: false,
    });
  }

  private get m(): OrganisationsMessages {
    return organisationsMessages(this.host.language);
  }

  show(id: string, coordinator: boolean): void {
    this.id = id;
    this.coordinator = coordinator;
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
    const heading = this.id === NEW ? m.newTitle : (this.organization?.name ?? m.title);
    let body: TemplateResult;
    if (task.status === TaskStatus.ERROR) body = renderProblem(this.host, task.error, () => void task.run(), m.notFound);
    else if (!loaded || task.status === TaskStatus.PENDING) body = renderLoading(this.host.texts.loading);
    else body = this.renderForm(loaded.villages);
    const busy = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    return html`<p class="crumbs"><a href=${routeHref({ view: 'organisations' })}>${m.back}</a></p>
      <h2 class="view-title">${heading}</h2>
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
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

  private text(field: Exclude<Field, 'kind' | 'village'>, label: string, o: { hint?: string; optional?: boolean; maxlength: number; type?: string; autocomplete?: string; textarea?: boolean }) {
    const h = this.help(field, o.hint);
    const onInput = (e: Event) => this.set(field, (e.target as HTMLInputElement).value);
    return html`<div class=${h.cls}>
      <label for=${controlId(field)}>${label}${o.optional ? html` <span class="optional">${this.m.optional}</span>` : nothing}</label>
      ${h.texts}
      ${o.textarea
        ? html`<textarea id=${controlId(field)} name=${field} rows="5" maxlength=${o.maxlength} aria-describedby=${h.describedby} aria-invalid=${h.invalid} .value=${this.draft[field]} @input=${onInput}></textarea>`
        : html`<input
            id=${controlId(field)}
            name=${field}
            type=${o.type ?? 'text'}
            maxlength=${o.maxlength}
            autocomplete=${o.autocomplete ?? 'off'}
            aria-describedby=${h.describedby}
            aria-invalid=${h.invalid}
            .value=${this.draft[field]}
            @input=${onInput}
          />`}
    </div>`;
  }

  private renderForm(villages: { id: string; name: string }[]): TemplateResult {
    const m = this.m;
    const locked = !!this.organization && !this.organization.nameAndKindEditable;
    const kindHelp = this.help('kind');
    const villageHelp = this.help('village');
    return html`${this.renderOutcome()} ${this.renderSummary()}
      <form class="organisation-form" novalidate @submit=${(e: Event) => this.submit(e)}>
        ${locked
          ? html`<dl class="facts">${fact(m.fName, this.organization!.name)} ${fact(m.fKind, m.kinds[this.organization!.kind])}</dl>
              <p class="hint locked">${m.lockedNote}</p>`
          : html`${this.text('name', m.fName, { maxlength: 120, autocomplete: 'organization' })}
              <fieldset class=${kindHelp.cls} id=${controlId('kind')} tabindex="-1" aria-describedby=${kindHelp.describedby}>
                <legend>${m.fKind}</legend>
                ${kindHelp.texts}
                ${KINDS.map(
                  (kind) => html`<label class="check kind-choice">
                    <input type="radio" name="kind" .value=${kind} .checked=${this.draft.kind === kind} aria-describedby="kind-hint-${kind}" @change=${() => this.set('kind', kind)} />
                    <span>${m.kinds[kind]}<span class="hint" id="kind-hint-${kind}">${m.kindHints[kind]}</span></span>
                  </label>`,
                )}
              </fieldset>`}
        ${this.text('description', m.fDescription, { hint: m.fDescriptionHint, maxlength: 2000, textarea: true })}
        <div class=${villageHelp.cls}>
          <label for=${controlId('village')}>${m.fVillage}</label>
          ${villageHelp.texts}
          <select id=${controlId('village')} name="village" aria-describedby=${villageHelp.describedby} aria-invalid=${villageHelp.invalid} @change=${(e: Event) => this.set('village', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.draft.village}>${m.noVillage}</option>
            ${villages.map((v) => html`<option .value=${v.id} ?selected=${v.id === this.draft.village}>${v.name}</option>`)}
          </select>
        </div>
        ${this.text('phone', m.fPhone, { hint: m.fPhoneHint, optional: true, maxlength: 20, type: 'tel', autocomplete: 'tel' })}
        ${this.text('email', m.fEmail, { optional: true, maxlength: 254, type: 'email', autocomplete: 'email' })}
        ${this.text('website', m.fWebsite, { hint: m.fWebsiteHint, optional: true, maxlength: 2000, type: 'url', autocomplete: 'url' })}
        <div class="form-actions">
          <button type="submit" class="primary save" ?disabled=${this.busy}>${this.busy ? m.saving : m.save}</button>
        </div>
      </form>`;
  }

  /** The error summary: each problem as a link to its field. */
  private renderSummary(): TemplateResult | typeof nothing {
    const fields = FIELDS.filter((f) => this.errors[f]);
    const errors = new Map(fields.map((f) => [f, `${this.labelOf(f)}: ${this.errors[f]}`]));
    return renderErrorSummary(this.m.checkFields(fields.length), errors, () => this.host.renderRoot, { idOf: (f) => controlId(f as Field) });
  }

  private labelOf(f: Field): string {
    const m = this.m;
    return { name: m.fName, kind: m.fKind, description: m.fDescription, village: m.fVillage, phone: m.fPhone, email: m.fEmail, website: m.fWebsite }[f];
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
          ? html`<p class="hint" id="org-reopen-hint">${m.reopenHint}</p>
              <div class="status-actions"><button type="button" class="reopen" aria-describedby="org-reopen-hint" @click=${() => this.show(this.id, this.coordinator)}>${m.reopen}</button></div>`
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

  async save(): Promise<void> {
    const m = this.m;
    const errors = draftErrors(this.draft, m);
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.busy = true;
    this.outcome = undefined;
    this.host.requestUpdate();
    try {
      const isNew = this.id === NEW;
      const saved = await saveOrganization(this.host.base, await this.host.csrfToken(), inputOf(this.draft), isNew ? undefined : this.id, this.etag);
      this.busy = false;
      this.errors = {};
      if (isNew) {
        this.host.announce(m.added);
        this.savedNotice = m.added;
        location.hash = routeHref({ view: 'organisation', id: saved.organization.id });
        return;
      }
      this.organization = saved.organization;
      this.etag = saved.etag ?? this.etag;
      this.draft = draftOf(saved.organization);
      this.outcome = { kind: 'saved', text: m.saved };
      this.host.announce(m.saved);
      this.host.focuser.after('.outcome-message');
    } catch (e) {
      this.busy = false;
      const error = e instanceof ApiError ? e : new ApiError(0);
      if (error.status === 422 && error.problem?.errors?.length) {
        const fields: Partial<Record<Field, string>> = {};
        for (const f of error.problem.errors) {
          const key = FIELDS.find((k) => k === f.name);
          if (key && !fields[key]) fields[key] = f.detail;
        }
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
