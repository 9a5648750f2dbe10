/**
 * "Mensen": who can log in to /beheer. The accounts with their role, organisation and when
 * they last logged in, "Blokkeren" / "Weer toelaten" with a confirm step; the open
 * invitations with their expiry and "Intrekken"; and a form to invite a contact of an
 * organisation or a coordinator. The answer to an invitation shows its link once, to copy.
 * Coordinators only (beheer.ts shows others a notice and never loads this view). A failed
 * invitation keeps what was typed; the server's 422 lands on the field it names. The texts
 * follow the server: whether it sends e-mail at all (`delivery`) and how many days a link
 * works. An address of a blocked account offers "Weer toelaten" right there, instead of a
 * second account.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type { components, paths } from '../../contract/types.ts';
import { ApiError, getJson } from '../api/client.ts';
import type { Problem } from '../api/errors.ts';
import { formatDateTime } from '../core/dates.ts';
import { renderErrorSummary } from '../core/form/error-summary.ts';
import { renderField } from '../core/form/field.ts';
import { renderRadios, renderSelect } from '../core/form/choice.ts';
import { renderEmpty } from '../core/status.ts';
import { accountsMessages } from './accounts-messages.ts';
import { call as send, creationKey } from './activities-api.ts';
import type { BeheerHost } from './host.ts';
import { fact, renderData } from './shared.ts';

type S = components['schemas'];
type Person = S['BeheerAccountListItem'];
type Invitation = S['BeheerInvitation'];
type InvitationRequest = S['BeheerInvitationRequest'];
type Data = { people: Person[]; invitations: Invitation[]; validDays: number; delivery: S['BeheerInvitationDelivery'] };
type Field = 'inviteName' | 'inviteEmail' | 'inviteRole' | 'inviteOrganization';
type Outcome = { busy?: boolean; text?: string; failed?: boolean };

/** The server's names for the fields, and ours (ids stay apart from other views' fields). */
const FIELDS: Record<string, Field> = { name: 'inviteName', email: 'inviteEmail', role: 'inviteRole', organizationId: 'inviteOrganization' };
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

async function call<T>(base: string, method: 'PUT' | 'POST' | 'DELETE', path: string, csrf: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrf };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(base.replace(/\/+$/, '') + path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (cause) {
    throw new ApiError(0, undefined, { cause });
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, response.headers.get('content-type')?.includes('json') ? (json as Problem) : undefined);
  return json as T;
}

const disabledPath = (id: string) => ('/v1/beheer/accounts/{id}/disabled' satisfies keyof paths).replace('{id}', encodeURIComponent(id));
const invitationPath = (id: string) => ('/v1/beheer/invitations/{id}' satisfies keyof paths).replace('{id}', encodeURIComponent(id));

export class AccountsView {
  private readonly data: Task<readonly [string], { key: string; data: Data }>;
  private readonly options: Task<readonly [string], S['BeheerActivityOptions']['organizations']>;
  private form = { name: '', email: '', role: 'organization-contact' as InvitationRequest['role'], organizationId: '' };
  private errors = new Map<Field, string>();
  private inviting = false;
  private inviteFailure?: string;
  /** The answer to the last invitation: its link, shown once. */
  private created?: { text: string; link: string; delivery: S['BeheerInvitationDelivery']; copy?: string };
  /** The blocked account the typed address belongs to (the server refused the invitation): offered "Weer toelaten". */
  private blockedMatch?: { person: Person; outcome: Outcome };
  private outcomes = new Map<string, Outcome>();
  /** The account or invitation whose confirm step is open. */
  private asking?: string;
  /** Said above the list when the card it was about is gone (a withdrawn invitation). */
  private notice?: string;

  constructor(private readonly host: BeheerHost) {
    this.data = new Task(host, {
      task: async ([api], { signal }) => {
        const [people, invitations] = await Promise.all([
          getJson(api, '/v1/beheer/accounts', undefined, signal),
          getJson(api, '/v1/beheer/invitations', undefined, signal),
        ]);
        return { key: 'accounts', data: { people: people.items, invitations: invitations.items, validDays: invitations.validDays, delivery: invitations.delivery } };
      },
      args: () => [this.host.base] as const,
      autoRun: false,
    });
    this.options = new Task(host, {
      task: async ([api], { signal }) => (await getJson(api, '/v1/beheer/activity-options', undefined, signal)).organizations,
      args: () => [this.host.base] as const,
      autoRun: false,
    });
  }

  private get m() {
    return accountsMessages(this.host.language);
  }

  /** Who is signed in: their own account has no "Blokkeren". */
  private me?: string;

  show(me: string | undefined): void {
    this.me = me;
    this.outcomes.clear();
    this.asking = undefined;
    this.notice = undefined;
    void this.data.run();
    if (!this.options.value) void this.options.run();
  }

  render(): TemplateResult {
    const m = this.m;
    return html`<h2 class="view-title">${m.title}</h2>
      <p class="meta">${m.intro}</p>
      ${this.notice ? html`<p class="outcome notice-line" tabindex="-1">${this.notice}</p>` : nothing}
      ${renderData(this.host, this.data, 'accounts', (data) => this.renderData(data))}
      ${this.renderForm()}`;
  }

  private renderData({ people, invitations }: Data): TemplateResult {
    const m = this.m;
    return html`<section class="group people" aria-labelledby="people-title">
        <h3 id="people-title">${m.accountsTitle}</h3>
        ${people.length ? html`<ul class="cards accounts">${people.map((p) => this.renderPerson(p))}</ul>` : renderEmpty(m.noInvitations)}
      </section>
      <section class="group invitations" aria-labelledby="invitations-title">
        <h3 id="invitations-title">${m.invitationsTitle}</h3>
        ${invitations.length ? html`<ul class="cards invitation-list">${invitations.map((i) => this.renderInvitation(i))}</ul>` : html`<p class="empty-line">${m.noInvitations}</p>`}
      </section>`;
  }

  private renderPerson(p: Person): TemplateResult {
    const m = this.m;
    const outcome = this.outcomes.get(p.id) ?? {};
    const own = p.id === this.me;
    return html`<li class="card account ${p.disabled ? 'blocked' : ''}" data-id=${p.id}>
      <h4 class="name" tabindex="-1">${p.name} ${own ? html`<span class="you">${m.you}</span>` : nothing}</h4>
      ${p.disabled ? html`<p class="badge failed blocked-mark">${m.blockedMark}</p>` : nothing}
      <dl class="facts">
        ${fact(m.role, m.roles[p.role])}
        ${fact(m.organization, p.organization?.name)}
        ${fact(m.email, p.email)}
        ${fact(m.lastSeen, p.lastSeenAt ? formatDateTime(p.lastSeenAt, this.host.language) : m.never)}
      </dl>
      ${own
        ? nothing
        : html`<div class="actions">
            ${p.disabled
              ? html`<button type="button" class="primary unblock" ?disabled=${outcome.busy} @click=${() => this.setBlocked(p, false)}>
                  ${m.unblock}<span class="visually-hidden"> – ${p.name}</span>
                </button>`
              : html`<button type="button" class="danger block" ?disabled=${outcome.busy} @click=${() => this.ask(p.id, '.account', 'button.block')}>
                  ${m.block}<span class="visually-hidden"> – ${p.name}</span>
                </button>`}
          </div>`}
      ${this.asking === p.id && !p.disabled
        ? html`<div class="ask block-ask" role="group" aria-labelledby="ask-${p.id}">
            <h5 id="ask-${p.id}" tabindex="-1">${m.blockTitle(p.name)}</h5>
            <p>${m.blockAsk}</p>
            <div class="actions">
              <button type="button" class="danger block-yes" ?disabled=${outcome.busy} @click=${() => this.setBlocked(p, true)}>${m.blockYes}</button>
              <button type="button" class="block-no" @click=${() => this.ask(undefined, '.account', 'button.block', p.id)}>${m.blockNo}</button>
            </div>
          </div>`
        : nothing}
      ${outcome.text ? html`<p class="outcome ${outcome.failed ? 'failed' : ''}" tabindex="-1">${outcome.text}</p>` : nothing}
    </li>`;
  }

  private renderInvitation(i: Invitation): TemplateResult {
    const m = this.m;
    const outcome = this.outcomes.get(i.id) ?? {};
    const when = formatDateTime(i.expiresAt, this.host.language);
    return html`<li class="card invitation ${i.expired ? 'expired' : ''}" data-id=${i.id}>
      <h4 class="name">${i.name}</h4>
      ${i.expired ? html`<p class="badge failed">${m.expiredMark}</p>` : nothing}
      <dl class="facts">
        ${fact(m.role, m.roles[i.role])}
        ${fact(m.organization, i.organization?.name)}
        ${fact(m.email, i.email)}
      </dl>
      <p class="expiry">${i.expired ? m.expiredOn(when) : m.validUntil(when)}</p>
      <div class="actions">
        <button type="button" class="danger withdraw" ?disabled=${outcome.busy} @click=${() => this.ask(i.id, '.invitation', 'button.withdraw')}>
          ${m.withdraw}<span class="visually-hidden"> – ${i.name}</span>
        </button>
      </div>
      ${this.asking === i.id
        ? html`<div class="ask withdraw-ask" role="group" aria-labelledby="ask-${i.id}">
            <h5 id="ask-${i.id}" tabindex="-1">${m.withdrawTitle(i.name)}</h5>
            <p>${m.withdrawAsk}</p>
            <div class="actions">
              <button type="button" class="danger withdraw-yes" ?disabled=${outcome.busy} @click=${() => this.withdraw(i)}>${m.withdrawYes}</button>
              <button type="button" class="withdraw-no" @click=${() => this.ask(undefined, '.invitation', 'button.withdraw', i.id)}>${m.withdrawNo}</button>
            </div>
          </div>`
        : nothing}
      ${outcome.text ? html`<p class="outcome ${outcome.failed ? 'failed' : ''}" tabindex="-1">${outcome.text}</p>` : nothing}
    </li>`;
  }

  private renderForm(): TemplateResult {
    const m = this.m;
    const organizations = this.options.value ?? [];
    const optionsFailed = this.options.error !== undefined && !this.options.value;
    return html`<section class="group invite" aria-labelledby="invite-title">
      <h3 id="invite-title">${m.inviteTitle}</h3>
      <p class="meta invite-intro">${m.inviteIntro(this.data.value?.data.delivery, this.data.value?.data.validDays)}</p>
      ${this.created
        ? html`<div class="created" role="group" aria-labelledby="created-text">
            <p class="outcome" id="created-text" tabindex="-1">${this.created.text}</p>
            <div class="field">
              <label for="invitation-link">${m.linkLabel}</label>
              <p class="hint" id="invitation-link-hint">${m.linkHint(this.created.delivery)}</p>
              <input id="invitation-link" class="link" type="text" readonly .value=${this.created.link} aria-describedby="invitation-link-hint" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            </div>
            <div class="actions"><button type="button" class="copy" @click=${() => this.copy()}>${m.copy}</button></div>
            ${this.created.copy ? html`<p class="copy-result" role="status">${this.created.copy}</p>` : nothing}
          </div>`
        : nothing}
      ${renderErrorSummary(m.errorSummary, this.errors, () => this.host.renderRoot)}
      ${this.renderBlockedMatch()}
      <form novalidate @submit=${(e: Event) => this.invite(e)}>
        ${renderField({ name: 'inviteName', label: m.name, error: this.errors.get('inviteName'), value: this.form.name, maxlength: 200, autocomplete: 'off', onInput: (v) => (this.form.name = v) })}
        ${renderField({
          name: 'inviteEmail',
          label: m.email,
          hint: m.emailHint,
          type: 'email',
          error: this.errors.get('inviteEmail'),
          value: this.form.email,
          maxlength: 254,
          autocomplete: 'off',
          onInput: (v) => (this.form.email = v),
        })}
        ${renderRadios({
          name: 'inviteRole',
          label: m.roleLabel,
          error: this.errors.get('inviteRole'),
          value: this.form.role,
          options: [
            { value: 'organization-contact', label: m.roleContact },
            { value: 'coordinator', label: m.roleCoordinator },
          ],
          onChange: (v) => {
            this.form.role = v as InvitationRequest['role'];
            this.host.requestUpdate();
          },
        })}
        ${this.form.role === 'organization-contact'
          ? html`${optionsFailed
                ? html`<p class="outcome failed">${m.optionsFailed}
                    <button type="button" class="retry-options" @click=${() => void this.options.run()}>${this.host.texts.retry}</button></p>`
                : nothing}
              ${renderSelect({
                name: 'inviteOrganization',
                label: m.organization,
                hint: m.organizationHint,
                error: this.errors.get('inviteOrganization'),
                value: this.form.organizationId,
                placeholder: m.chooseOrganization,
                options: organizations.map((o) => ({ value: o.id, label: o.name })),
                onChange: (v) => (this.form.organizationId = v),
              })}`
          : nothing}
        ${this.inviteFailure ? html`<p class="outcome failed invite-failure" tabindex="-1">${this.inviteFailure}</p>` : nothing}
        <div class="form-actions"><button type="submit" class="primary send-invite" ?disabled=${this.inviting}>${this.inviting ? m.inviting : m.invite}</button></div>
      </form>
    </section>`;
  }

  /** The typed address is a blocked account's: let that account in again, here. */
  private renderBlockedMatch(): TemplateResult | typeof nothing {
    if (!this.blockedMatch) return nothing;
    const m = this.m;
    const { person: p, outcome } = this.blockedMatch;
    // Let in again: only the outcome is left, not a warning about a block that is gone.
    if (!p.disabled && !outcome.failed) return html`<div class="blocked-match">${outcome.text ? html`<p class="outcome" tabindex="-1">${outcome.text}</p>` : nothing}</div>`;
    const role = p.organization ? `${m.roles[p.role]}, ${p.organization.name}` : m.roles[p.role];
    return html`<div class="ask blocked-match" role="group" aria-labelledby="blocked-match-title">
      <h4 id="blocked-match-title" tabindex="-1">${m.blockedTitle(p.name)}</h4>
      ${p.disabled
        ? html`<p>${m.blockedAccount(p.name, role)}</p>
            <div class="actions">
              <button type="button" class="primary unblock-match" ?disabled=${outcome.busy} @click=${() => this.unblockMatch()}>
                ${m.unblock}<span class="visually-hidden"> – ${p.name}</span>
              </button>
            </div>
            <p class="hint">${m.blockedElse}</p>`
        : nothing}
      ${outcome.text ? html`<p class="outcome ${outcome.failed ? 'failed' : ''}" tabindex="-1">${outcome.text}</p>` : nothing}
    </div>`;
  }

  private async unblockMatch(): Promise<void> {
    const match = this.blockedMatch;
    if (!match) return;
    match.outcome = { busy: true };
    this.host.requestUpdate();
    try {
      const now = await call<Person>(this.host.base, 'PUT', disabledPath(match.person.id), await this.host.csrfToken(), { disabled: false } satisfies S['BeheerAccountDisabledRequest']);
      const list = this.data.value?.data.people;
      const at = list?.findIndex((x) => x.id === now.id) ?? -1;
      if (list && at >= 0) list[at] = now;
      match.person = now;
      match.outcome = { text: this.m.unblocked(now.name) };
      // The address was the only problem, and it is solved: no error left on the form.
      this.errors = new Map();
      this.form = { name: '', email: '', role: this.form.role, organizationId: '' };
    } catch (err) {
      match.outcome = { failed: true, text: this.failText(err).text };
    }
    this.host.announce(match.outcome.text!);
    this.host.focuser.after('.blocked-match .outcome');
    this.host.requestUpdate();
  }

  private failText(e: unknown): { status: number; text: string } {
    const error = e instanceof ApiError ? e : new ApiError(0);
    if (error.status === 401) this.host.expire();
    const m = this.m;
    const text =
      error.status === 401
        ? this.host.texts.expired
        : error.status === 403
          ? this.host.texts.forbidden
          : error.status === 404
            ? m.gone
            : error.status === 0
              ? m.offline
              : (error.problem?.errors?.[0]?.detail ?? error.problem?.detail ?? m.failed);
    return { status: error.status, text };
  }

  private validate(): Map<Field, string> {
    const m = this.m;
    const errors = new Map<Field, string>();
    if (!this.form.name.trim()) errors.set('inviteName', m.nameMissing);
    const email = this.form.email.trim();
    if (!email) errors.set('inviteEmail', m.emailMissing);
    else if (!EMAIL.test(email)) errors.set('inviteEmail', m.emailInvalid);
    if (this.form.role === 'organization-contact' && !this.form.organizationId) errors.set('inviteOrganization', m.organizationMissing);
    return errors;
  }

  private showErrors(errors: Map<Field, string>): void {
    this.errors = errors;
    this.host.announce([...errors.values()].join(' '));
    this.host.focuser.after('.invite .error-summary');
    this.host.requestUpdate();
  }

  private async invite(e: Event): Promise<void> {
    e.preventDefault();
    this.inviteFailure = undefined;
    this.created = undefined;
    this.blockedMatch = undefined;
    const errors = this.validate();
    if (errors.size) return this.showErrors(errors);
    this.errors = new Map();
    this.inviting = true;
    this.host.requestUpdate();
    const body: InvitationRequest = {
      email: this.form.email.trim(),
      name: this.form.name.trim(),
      role: this.form.role,
      ...(this.form.role === 'organization-contact' ? { organizationId: this.form.organizationId } : {}),
    };
    try {
      // A retry of this submission (no answer came) replays the first answer: one link, one e-mail.
      const response = await send(this.host.base, 'POST', '/v1/beheer/invitations' satisfies keyof paths, {
        csrf: await this.host.csrfToken(),
        body,
        idempotencyKey: creationKey(body),
      });
      const created = (await response.json()) as S['BeheerInvitationCreated'];
      this.form = { name: '', email: '', role: this.form.role, organizationId: '' };
      const until = formatDateTime(created.invitation.expiresAt, this.host.language);
      this.created = { text: this.m.invited(created.invitation.name, created.invitation.email, created.delivery, until), link: created.link, delivery: created.delivery };
      const list = this.data.value?.data;
      if (list) list.invitations = [created.invitation, ...list.invitations.filter((i) => i.email.toLowerCase() !== created.invitation.email.toLowerCase())];
      this.host.announce(this.created.text);
      this.host.focuser.after('#created-text');
    } catch (err) {
      const problem = err instanceof ApiError ? err.problem : undefined;
      const named = new Map<Field, string>();
      for (const f of problem?.errors ?? []) if (FIELDS[f.name]) named.set(FIELDS[f.name]!, f.detail);
      const blocked = named.has('inviteEmail') ? this.data.value?.data.people.find((p) => p.disabled && p.email.toLowerCase() === body.email.toLowerCase()) : undefined;
      if (err instanceof ApiError && err.status === 422 && blocked) {
        // Not a mistake to fix in the form: the person is there, only turned off.
        this.blockedMatch = { person: blocked, outcome: {} };
        this.host.announce(`${this.m.blockedTitle(blocked.name)}. ${this.m.blockedAccount(blocked.name, this.m.roles[blocked.role])}`);
        this.host.focuser.after('#blocked-match-title');
      } else if (err instanceof ApiError && err.status === 422 && named.size) {
        this.showErrors(named);
      } else {
        this.inviteFailure = this.failText(err).text;
        this.host.announce(this.inviteFailure);
        this.host.focuser.after('.invite-failure');
      }
    } finally {
      this.inviting = false;
      this.host.requestUpdate();
    }
  }

  private async copy(): Promise<void> {
    if (!this.created) return;
    try {
      await navigator.clipboard.writeText(this.created.link);
      this.created.copy = this.m.copied;
    } catch {
      this.created.copy = this.m.copyFailed;
      this.host.renderRoot.querySelector<HTMLInputElement>('#invitation-link')?.select();
    }
    this.host.requestUpdate();
  }

  /** Opens (or with undefined closes) a confirm step; focus goes to its question, or back to its button. */
  private ask(id: string | undefined, card: string, button: string, was?: string): void {
    this.asking = id;
    this.host.requestUpdate();
    this.host.focuser.after(() => this.host.renderRoot.querySelector<HTMLElement>(id ? `#ask-${CSS.escape(id)}` : `${card}[data-id="${CSS.escape(was ?? '')}"] ${button}`));
  }

  private async setBlocked(p: Person, disabled: boolean): Promise<void> {
    const outcome: Outcome = { busy: true };
    this.outcomes.set(p.id, outcome);
    this.host.requestUpdate();
    try {
      const now = await call<Person>(this.host.base, 'PUT', disabledPath(p.id), await this.host.csrfToken(), { disabled } satisfies S['BeheerAccountDisabledRequest']);
      const list = this.data.value?.data.people;
      const at = list?.findIndex((x) => x.id === p.id) ?? -1;
      if (list && at >= 0) list[at] = now;
      this.asking = undefined;
      Object.assign(outcome, { busy: false, text: disabled ? this.m.blocked(p.name) : this.m.unblocked(p.name) });
    } catch (err) {
      const { status, text } = this.failText(err);
      Object.assign(outcome, { busy: false, failed: true, text });
      if (status === 404) void this.data.run();
    }
    this.settle('.account', p.id, outcome.text!);
  }

  private async withdraw(i: Invitation): Promise<void> {
    const outcome: Outcome = { busy: true };
    this.outcomes.set(i.id, outcome);
    this.host.requestUpdate();
    try {
      await call(this.host.base, 'DELETE', invitationPath(i.id), await this.host.csrfToken());
      this.asking = undefined;
      const list = this.data.value?.data;
      if (list) list.invitations = list.invitations.filter((x) => x.id !== i.id);
      this.notice = this.m.withdrawn(i.name);
      this.host.announce(this.notice);
      // The card is gone: focus goes to the sentence that says so.
      this.host.focuser.after('.notice-line');
      this.host.requestUpdate();
      return;
    } catch (err) {
      const { status, text } = this.failText(err);
      Object.assign(outcome, { busy: false, failed: true, text });
      if (status === 404 || status === 409) void this.data.run();
    }
    this.settle('.invitation', i.id, outcome.text!);
  }

  /** Says the result and puts focus on it, in the card's own outcome. */
  private settle(card: string, id: string, text: string): void {
    this.host.announce(text);
    this.host.focuser.after(() => this.host.renderRoot.querySelector<HTMLElement>(`${card}[data-id="${CSS.escape(id)}"] .outcome`));
    this.host.requestUpdate();
  }
}
