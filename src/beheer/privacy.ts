/**
 * "Privacy (AVG)": find one person by e-mail address or phone number, show what is stored,
 * offer it as a JSON file, and delete all of it after a clear second question.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../api/errors.ts';
import { formatDateTime } from '../core/dates.ts';
import { erasePerson, exportPerson, type Erased, type PersonExport, type PersonQuery } from './api.ts';
import type { BeheerHost } from './host.ts';
import { renderExpired, shiftWhen } from './shared.ts';

/** One field for both: an address has an `@`, a phone number never. */
const toQuery = (typed: string): PersonQuery => (typed.includes('@') ? { email: typed.trim() } : { phone: typed.trim() });

export class PrivacyView {
  typed = '';
  private error?: string;
  private busy = false;
  private failure?: string;
  private found?: { who: string; query: PersonQuery; data: PersonExport; file: string };
  private askingErase = false;
  private erased?: Erased;
  private expired = false;

  constructor(private readonly host: BeheerHost) {}

  render(isCoordinator: boolean): TemplateResult {
    const m = this.host.texts;
    if (!isCoordinator) return html`<h2 class="view-title">${m.privacyTitle}</h2><div class="content" aria-busy="false"><p class="notice">${m.onlyCoordinators}</p></div>`;
    return html`<h2 class="view-title">${m.privacyTitle}</h2>
      <div class="content" aria-busy=${this.busy ? 'true' : 'false'}>
        <p>${m.privacyIntro}</p>
        <form class="find" novalidate @submit=${(e: Event) => this.find(e)}>
          <div class="field ${this.error ? 'has-error' : ''}">
            <label for="f-person">${m.person}</label>
            <p class="hint" id="f-person-hint">${m.personHint}</p>
            ${this.error ? html`<p class="error" id="f-person-error"><span class="visually-hidden">${m.errorPrefix}</span>${this.error}</p>` : nothing}
            <input
              id="f-person"
              name="person"
              type="text"
              autocomplete="off"
              spellcheck="false"
              maxlength="254"
              aria-describedby="f-person-hint${this.error ? ' f-person-error' : ''}"
              aria-invalid=${this.error ? 'true' : 'false'}
              .value=${this.typed}
              @input=${(e: Event) => {
                this.typed = (e.target as HTMLInputElement).value;
              }}
            />
          </div>
          <div class="form-actions"><button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? m.finding : m.find}</button></div>
        </form>
        ${this.expired ? renderExpired(m, this.host.loginHref) : nothing}
        ${this.failure ? html`<p class="outcome failed">${this.failure}</p>` : nothing}
        ${this.erased ? html`<div class="notice erased" tabindex="-1"><p><strong>${m.erased(this.erased.signups, this.erased.messages)}</strong></p></div>` : nothing}
        ${this.found ? this.renderFound(this.found) : nothing}
      </div>`;
  }

  private renderFound(f: NonNullable<PrivacyView['found']>): TemplateResult {
    const m = this.host.texts;
    const locale = this.host.language;
    const { signups, messages, views } = f.data;
    const nothingStored = !signups.length && !messages.length && !views.length;
    return html`<section class="found" aria-labelledby="found-title">
      <h3 id="found-title" tabindex="-1">${m.stored(f.who)}</h3>
      ${nothingStored
        ? html`<p>${m.nothingStored}</p>`
        : html`<h4>${m.storedSignups(signups.length)}</h4>
            <ul class="cards">
              ${signups.map(
                (s) => html`<li class="card">
                  <p><strong>${s.name}</strong> – ${s.opportunity.title}</p>
                  <dl class="facts">
                    ${s.shift ? html`<div class="fact"><dt>${m.shift}</dt><dd>${shiftWhen(m, locale, s.shift.start, s.shift.end)}</dd></div>` : nothing}
                    ${s.phone ? html`<div class="fact"><dt>${m.phone}</dt><dd>${s.phone}</dd></div>` : nothing}
                    ${s.email ? html`<div class="fact"><dt>${m.email}</dt><dd>${s.email}</dd></div>` : nothing}
                    ${s.message ? html`<div class="fact"><dt>${m.message}</dt><dd class="message">${s.message}</dd></div>` : nothing}
                    <div class="fact"><dt>${m.signedUpAt}</dt><dd>${formatDateTime(s.createdAt, locale)}</dd></div>
                    <div class="fact"><dt>${m.reference}</dt><dd>${s.reference}</dd></div>
                  </dl>
                </li>`,
              )}
            </ul>
            <h4>${m.storedMessages(messages.length)}</h4>
            <ul class="plain">
              ${messages.map((msg) => html`<li>${formatDateTime(msg.createdAt, locale)}: ${msg.subject} (${m.to.toLowerCase()} ${msg.recipient})</li>`)}
            </ul>
            <h4>${m.storedViews}</h4>
            ${views.length
              ? html`<ul class="plain">
                  ${views.map((v) => html`<li>${formatDateTime(v.at, locale)}: ${v.accountName} – ${m.viewAction(v.action)} (${v.signupReference})</li>`)}
                </ul>`
              : html`<p>${m.noViews}</p>`}`}
      <div class="actions">
        <a class="button" href=${f.file} download="avg-${f.data.exportedAt.slice(0, 10)}.json">${m.download}</a>
        ${nothingStored ? nothing : html`<button type="button" class="danger erase" @click=${() => this.askErase(true)}>${m.erase}</button>`}
      </div>
      ${this.askingErase
        ? html`<div class="ask erase-ask" role="group" aria-labelledby="erase-title">
            <h4 id="erase-title" tabindex="-1">${m.eraseTitle}</h4>
            <p>${m.eraseAsk(f.who, signups.length, messages.length)}</p>
            <div class="actions">
              <button type="button" class="danger erase-yes" ?disabled=${this.busy} @click=${() => this.erase()}>${m.eraseYes}</button>
              <button type="button" class="erase-no" @click=${() => this.askErase(false)}>${m.eraseNo}</button>
            </div>
          </div>`
        : nothing}
    </section>`;
  }

  private askErase(asking: boolean): void {
    this.askingErase = asking;
    this.host.focuser.after(asking ? '#erase-title' : 'button.erase');
  }

  private fail(e: unknown): void {
    const m = this.host.texts;
    const error = e instanceof ApiError ? e : new ApiError(0);
    const field = error.problem?.errors?.find((f) => f.in === 'body');
    if (error.status === 422 && field) {
      this.error = field.detail;
      this.host.announce(field.detail);
      this.host.focuser.after('#f-person');
      return;
    }
    if (error.status === 401) {
      this.expired = true;
      this.host.expire();
    }
    this.failure = error.status === 401 ? m.expired : error.status === 403 ? m.onlyCoordinators : error.status === 0 ? m.offline : m.failed;
    this.host.announce(this.failure);
  }

  private async find(e: Event): Promise<void> {
    e.preventDefault();
    const m = this.host.texts;
    this.failure = undefined;
    this.erased = undefined;
    this.askingErase = false;
    if (!this.typed.trim()) {
      this.error = m.personMissing;
      this.host.announce(m.personMissing);
      this.host.focuser.after('#f-person');
      return;
    }
    this.error = undefined;
    this.busy = true;
    this.host.requestUpdate();
    const query = toQuery(this.typed);
    try {
      const data = await exportPerson(this.host.base, await this.host.csrfToken(), query);
      if (this.found) URL.revokeObjectURL(this.found.file);
      const file = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      this.found = { who: this.typed.trim(), query, data, file };
      this.host.announce(m.stored(this.found.who));
      this.host.focuser.after('#found-title');
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private async erase(): Promise<void> {
    const found = this.found;
    if (!found) return;
    this.busy = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      this.erased = await erasePerson(this.host.base, await this.host.csrfToken(), found.query);
      URL.revokeObjectURL(found.file);
      this.found = undefined;
      this.askingErase = false;
      this.host.announce(this.host.texts.erased(this.erased.signups, this.erased.messages));
      this.host.focuser.after('.erased');
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
