import { css, html, nothing, type TemplateResult } from 'lit';
import { alert, icon, info } from './icons.ts';

/**
 * Loading, empty and error views shared by every data view. Empty and error keep a
 * minimum height (`--buurt-status-min-height`). The first loading placeholder reserves
 * the screen's height (`--buurt-loading-min-height`): what a widget loads is nearly always
 * longer than a screen, so the page below it is out of sight before and after, and nothing
 * the visitor sees jumps when the data arrives (Lighthouse's layout shift).
 */
export const statusStyles = css`
  .status {
    min-block-size: var(--buurt-status-min-height, 20rem);
  }
  .status.skeleton {
    min-block-size: var(--buurt-loading-min-height, 100vh);
    min-block-size: var(--buurt-loading-min-height, 100svh);
    align-content: start;
  }
  .status-message {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 1em;
    border: 2px solid var(--buurt-color-border, #767676);
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-surface, Canvas);
    color: var(--buurt-color-text, CanvasText);
  }
  .status-message.error {
    border-color: var(--buurt-color-danger, #a4161a);
    border-inline-start-width: 0.5rem;
  }
  .status-message .icon {
    margin-block-start: 0.15em;
  }
  .status-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: 0.75em;
  }
  .skeleton {
    display: grid;
    gap: 1em;
  }
  .skeleton-block {
    block-size: 7rem;
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-skeleton, #e8e6e1);
  }
  .skeleton-line {
    block-size: 1.5rem;
    inline-size: 40%;
    border-radius: var(--buurt-radius, 0.5rem);
    background: var(--buurt-color-skeleton, #e8e6e1);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-block,
    .skeleton-line {
      animation: buurt-pulse 2s ease-in-out infinite alternate;
    }
  }
  @keyframes buurt-pulse {
    to {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    .skeleton-block,
    .skeleton-line {
      border: 1px solid GrayText;
    }
  }
`;

export function renderLoading(label: string): TemplateResult {
  return html`<div class="status skeleton" role="status">
    <span class="visually-hidden">${label}</span>
    <div class="skeleton-line" aria-hidden="true"></div>
    <div class="skeleton-block" aria-hidden="true"></div>
    <div class="skeleton-block" aria-hidden="true"></div>
    <div class="skeleton-block" aria-hidden="true"></div>
    <div class="skeleton-block" aria-hidden="true"></div>
  </div>`;
}

export function renderEmpty(text: string, actions?: TemplateResult): TemplateResult {
  return html`<div class="status">
    <div class="status-message" role="status">
      ${icon(info)}
      <div>
        <p>${text}</p>
        ${actions ? html`<div class="status-actions">${actions}</div>` : nothing}
      </div>
    </div>
  </div>`;
}

export function renderError(text: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div class="status">
    <div class="status-message error" role="alert">
      ${icon(alert)}
      <div>
        <p>${text}</p>
        <div class="status-actions">
          <button type="button" class="primary" @click=${onRetry}>${retryLabel}</button>
        </div>
      </div>
    </div>
  </div>`;
}
