import { html, nothing } from 'lit';
import { ApiError } from '../api/errors.ts';
import type { Locale } from '../core/i18n.ts';
import { renderEmpty, renderError, renderLoading } from '../core/status.ts';
import { renderSignupFacts } from './confirmation.ts';
import type { SignupMessages } from './messages.ts';
import type { Signup } from './types.ts';

export interface ManageContext {
  m: SignupMessages;
  locale: Locale;
  /** The sign-up as loaded or as cancelled; undefined while loading. */
  signup?: Signup;
  loadError?: unknown;
  cancelAsked: boolean;
  cancelling: boolean;
  cancelFailed: boolean;
  onRetry: () => void;
  onAsk: (ask: boolean) => void;
  onCancel: () => void;
  onLeave: () => void;
}

/** The personal link's page: the sign-up, and cancelling it after a "Weet u het zeker?". */
export function renderManage(c: ManageContext) {
  const { m } = c;
  if (c.loadError) {
    return c.loadError instanceof ApiError && c.loadError.status === 404
      ? renderEmpty(m.manageNotFound, html`<button type="button" @click=${c.onLeave}>${m.again}</button>`)
      : renderError(m.manageError, m.retry, c.onRetry);
  }
  const s = c.signup;
  if (!s) return renderLoading(m.loadingOne);
  return html`<section class="manage" aria-labelledby="manage-title">
    <h3 id="manage-title" tabindex="-1">${s.status === 'cancelled' ? m.cancelled : m.manageTitle}</h3>
    ${renderSignupFacts(s, c.locale, m)}
    ${c.cancelFailed ? html`<p class="send-problem" role="alert">${m.cancelFailed}</p>` : nothing}
    ${s.status === 'cancelled'
      ? nothing
      : c.cancelAsked
        ? html`<div class="confirm-cancel" role="group" aria-labelledby="cancel-sure">
            <p id="cancel-sure"><strong>${m.cancelSure}</strong></p>
            <div class="form-actions">
              <button type="button" class="primary danger" ?disabled=${c.cancelling} @click=${c.onCancel}>${m.cancelYes}</button>
              <button type="button" class="keep" @click=${() => c.onAsk(false)}>${m.cancelNo}</button>
            </div>
          </div>`
        : html`<p><button type="button" class="cancel" @click=${() => c.onAsk(true)}>${m.cancel}</button></p>`}
    <p><button type="button" class="link-button" @click=${c.onLeave}>${m.again}</button></p>
  </section>`;
}
