import { html, nothing } from 'lit';
import type { Locale } from '../core/i18n.ts';
import type { SignupMessages } from './messages.ts';
import { shiftWhen } from './shifts.ts';
import type { Signup } from './types.ts';

/** The sign-up as its volunteer sees it: what, when, status (with the waiting-list place) and reference. */
export function renderSignupFacts(s: Signup, locale: Locale, m: SignupMessages) {
  return html`<dl class="facts">
    <div class="fact"><dt>${m.reference}</dt><dd class="reference">${s.reference}</dd></div>
    <div class="fact">
      <dt>${m.status}</dt>
      <dd class="signup-status">
        ${m.statuses[s.status]}${s.status === 'waitlisted' && s.waitlistPosition ? html` — ${m.waitlistPosition(s.waitlistPosition)}` : nothing}
      </dd>
    </div>
    <div class="fact"><dt>${m.what}</dt><dd>${s.opportunity.title} (${s.opportunity.organizer.name})</dd></div>
    ${s.shift ? html`<div class="fact"><dt>${m.when}</dt><dd>${s.shift.title}: ${shiftWhen(s.shift, locale, m)}</dd></div>` : nothing}
    <div class="fact"><dt>${m.name}</dt><dd>${s.name}</dd></div>
  </dl>`;
}

/** After sending: thanks, the reference, the status and the personal link to keep. */
export function renderConfirmation(s: Signup, link: string, locale: Locale, m: SignupMessages, onAgain: () => void) {
  const waitlisted = s.status === 'waitlisted';
  return html`<section class="confirmation ${waitlisted ? 'waitlisted' : 'confirmed'}" part="confirmation" aria-labelledby="done-title">
    <h3 id="done-title" tabindex="-1">${waitlisted ? m.waitlistedTitle : m.sentTitle}</h3>
    ${waitlisted && s.waitlistPosition ? html`<p class="position">${m.waitlistPosition(s.waitlistPosition)}</p>` : nothing}
    ${renderSignupFacts(s, locale, m)}
    <p>${m.referenceHint} ${m.nextSteps}</p>
    <div class="personal-link">
      <h4>${m.link}</h4>
      <p id="link-hint">${m.linkHint}</p>
      <p><a href=${link} aria-describedby="link-hint">${link}</a></p>
    </div>
    <p><button type="button" @click=${onAgain}>${m.again}</button></p>
  </section>`;
}
