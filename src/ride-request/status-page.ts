/**
 * The personal link's page, in a chunk of its own (only someone who follows the link needs
 * it): the request's status (aangevraagd, bevestigd with the pick-up time and the driver's
 * first name, afgewezen with the reason and what is offered, geannuleerd), and cancelling
 * after a "Weet u het zeker?".
 */
import { css, html, nothing } from 'lit';
import { ApiError } from '../api/errors.ts';
import type { Locale } from '../core/i18n.ts';
import { renderEmpty, renderError, renderLoading } from '../core/status.ts';
import type { RideMessages } from './messages.ts';
import { renderRideFacts } from './ride-facts.ts';
import type { RideRequest } from './types.ts';

export { withToken } from '../api/write.ts';
export { readPersonalLinkFor } from '../core/form/personal-link.ts';
export { flowNl } from './flow-messages.ts';

export interface StatusContext {
  m: RideMessages;
  locale: Locale;
  /** The request as loaded or as cancelled; undefined while loading. */
  request?: RideRequest;
  loadError?: unknown;
  cancelAsked: boolean;
  cancelling: boolean;
  cancelFailed: boolean;
  onRetry: () => void;
  onAsk: (ask: boolean) => void;
  onCancel: () => void;
  onLeave: () => void;
}

export function renderStatus(c: StatusContext) {
  const { m } = c;
  if (c.loadError) {
    return c.loadError instanceof ApiError && c.loadError.status === 404
      ? renderEmpty(m.statusNotFound, html`<button type="button" @click=${c.onLeave}>${m.again}</button>`)
      : renderError(m.statusError, m.retry, c.onRetry);
  }
  const r = c.request;
  if (!r) return renderLoading(m.loading);
  return html`<section class="status-page ${r.status}" aria-labelledby="status-title">
    <h3 id="status-title" tabindex="-1">${m.statusTitle}</h3>
    ${renderRideFacts(r, c.locale, m)}
    ${c.cancelFailed ? html`<p class="send-problem" role="alert">${m.cancelFailed}</p>` : nothing}
    ${!r.canCancel
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

export const statusPageStyles = css`
  .status-page {
    display: grid;
    gap: 1rem;
  }
  .ride-status.confirmed {
    border-inline-start: 0.4rem solid var(--buurt-color-accent, #1d5e3b);
    padding-inline-start: 0.6rem;
  }
  .ride-status.declined,
  .ride-status.cancelled {
    border-inline-start: 0.4rem solid var(--buurt-color-danger, #a4161a);
    padding-inline-start: 0.6rem;
  }
  .pick-up,
  .driver {
    font-size: 1.2em;
    font-weight: 700;
  }
  button.danger {
    background: var(--buurt-color-danger, #a4161a);
    border-color: var(--buurt-color-danger, #a4161a);
  }
  .send-problem {
    padding: 1rem;
    border: 2px solid var(--buurt-color-danger, #a4161a);
    border-inline-start-width: 0.5rem;
    border-radius: var(--buurt-radius, 0.5rem);
  }
`;
