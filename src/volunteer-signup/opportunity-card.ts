import { html, nothing } from 'lit';
import type { SignupMessages } from './messages.ts';
import type { Opportunity } from './types.ts';

/** What is asked of a volunteer: VOG, driving licence, minimum age. */
export function renderRequirements(o: Opportunity, m: SignupMessages) {
  const r = o.requirements;
  const asked = [r.vog ? m.vog : '', r.drivingLicence ? m.licence : '', r.minimumAge ? m.minAge(r.minimumAge) : ''].filter(Boolean);
  return html`<div class="fact">
    <dt>${m.asked}</dt>
    <dd>${asked.length ? html`<ul class="asked">${asked.map((a) => html`<li>${a}</li>`)}</ul>` : m.nothingAsked}</dd>
  </div>`;
}

/** Where, how often, for whom, what is asked. */
export function renderFacts(o: Opportunity, m: SignupMessages) {
  return html`<dl class="facts">
    <div class="fact"><dt>${m.where}</dt><dd>${o.where}</dd></div>
    <div class="fact"><dt>${m.often}</dt><dd>${o.frequency}</dd></div>
    <div class="fact"><dt>${m.forWhom}</dt><dd>${o.forWhom}</dd></div>
    ${renderRequirements(o, m)}
  </dl>`;
}

/** The places left, or that it is ongoing. */
export function renderPlaces(o: Opportunity, m: SignupMessages) {
  if (!o.signupsOpen) return nothing;
  if (o.ongoing || o.placesLeft === undefined) return html`<p class="places">${m.ongoing}</p>`;
  return html`<p class="places ${o.placesLeft === 0 ? 'full' : ''}">${m.placesLeft(o.placesLeft)}</p>`;
}

/** One opportunity in the list; its title is the button that opens it. */
export function renderOpportunityCard(o: Opportunity, m: SignupMessages, onOpen: (o: Opportunity) => void) {
  return html`<article class="opportunity" part="opportunity" data-id=${o.id}>
    <h3 class="title"><button type="button" class="link-button" @click=${() => onOpen(o)}>${o.title}</button></h3>
    <p class="organizer">${o.organizer.name} · ${o.kind.name}</p>
    <p>${o.summary}</p>
    ${renderFacts(o, m)} ${renderPlaces(o, m)}
    ${o.signupsOpen ? nothing : html`<p class="closed">${m.closed}</p>`}
  </article>`;
}
