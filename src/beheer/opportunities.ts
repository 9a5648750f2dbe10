/** "Vrijwilligerswerk": every opportunity with its counts and its shifts, each a way to its sign-ups. */
import { html, nothing, type TemplateResult } from 'lit';
import type { BeheerOpportunity, BeheerShift } from './api.ts';
import type { BeheerHost } from './host.ts';
import { routeHref } from './route.ts';
import { renderData, shiftWhen } from './shared.ts';
import { renderEmpty } from '../core/status.ts';

export function renderOpportunities(host: BeheerHost): TemplateResult {
  const m = host.texts;
  const task = host.opportunities;
  const value = task.value ? { key: 'all', data: task.value } : undefined;
  return html`<h2 class="view-title">${m.opportunitiesTitle}</h2>
    ${renderData(host, { status: task.status, value, error: task.error, run: () => task.run() }, 'all', (items) =>
      items.length
        ? html`<ul class="cards opportunities">
            ${items.map((o) => renderOpportunity(host, o))}
          </ul>`
        : renderEmpty(m.opportunitiesEmpty),
    )}`;
}

function renderOpportunity(host: BeheerHost, o: BeheerOpportunity): TemplateResult {
  const m = host.texts;
  const c = o.counts;
  const attention = (n: number) => (n ? 'count attention' : 'count');
  return html`<li class="card opportunity" data-id=${o.id}>
    <h3>${o.title}</h3>
    <p class="meta">${m.by(o.organizer.name)}</p>
    ${o.signupsOpen ? nothing : html`<p><strong>${m.closed}</strong></p>`}
    <ul class="counts" aria-label=${m.counts}>
      <li class="count">${m.confirmedCount(c.confirmed)}</li>
      <li class="count">${m.waitlistedCount(c.waitlisted)}</li>
      <li class=${attention(c.toConfirm)}>${m.toConfirmCount(c.toConfirm)}</li>
      ${o.requirements.vog ? html`<li class=${attention(c.vogMissing)}>${m.vogMissingCount(c.vogMissing)}</li>` : nothing}
    </ul>
    <p>
      <a class="button primary" href=${routeHref({ view: 'signups', opportunity: o.id })}
        >${m.allSignups}<span class="visually-hidden"> – ${o.title}</span></a
      >
    </p>
    ${o.ongoing
      ? html`<p class="meta">${m.ongoing}</p>`
      : html`<h4>${m.shifts}</h4>
          ${o.shifts.length
            ? html`<ul class="shifts">
                ${o.shifts.map((s) => renderShift(host, o, s))}
              </ul>`
            : html`<p class="meta">${m.noShifts}</p>`}`}
  </li>`;
}

function renderShift(host: BeheerHost, o: BeheerOpportunity, s: BeheerShift): TemplateResult {
  const m = host.texts;
  const when = shiftWhen(m, host.language, s.start, s.end);
  const full = s.confirmed >= s.capacity;
  return html`<li class="shift" data-occurrence=${s.occurrenceId}>
    <span class="when">${when}</span>
    <span class="filled ${full ? 'full' : ''}">${m.shiftFilledLong(s.confirmed, s.capacity)}</span>
    <span class="waitlist">${m.shiftWaitlist(s.waitlisted)}</span>
    ${s.cancelled ? html`<strong class="cancelled">${m.shiftCancelled}</strong>` : nothing}
    <a class="button" href=${routeHref({ view: 'signups', opportunity: o.id, occurrence: s.occurrenceId })}
      >${m.shiftSignups}<span class="visually-hidden"> – ${when}</span></a
    >
  </li>`;
}
