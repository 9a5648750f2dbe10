import { html } from 'lit';
import type { Locale } from '../core/i18n.ts';
import type { RideMessages } from './messages.ts';
import { renderRideFacts } from './ride-facts.ts';
import type { RideRequest } from './types.ts';

/** After sending: the reference, the status, and the personal link to keep. */
export function renderConfirmation(r: RideRequest, link: string, locale: Locale, m: RideMessages, onAgain: () => void) {
  return html`<section class="confirmation" part="confirmation" aria-labelledby="done-title">
    <h3 id="done-title" tabindex="-1">${m.sentTitle}</h3>
    ${renderRideFacts(r, locale, m)}
    <p>${m.referenceHint} ${m.nextSteps}</p>
    <div class="personal-link">
      <h4>${m.link}</h4>
      <p id="link-hint">${m.linkHint}</p>
      <p><a href=${link} aria-describedby="link-hint">${link}</a></p>
    </div>
    <p><button type="button" @click=${onAgain}>${m.again}</button></p>
  </section>`;
}
