import { html, nothing } from 'lit';
import { dayKey, formatDay, formatTime } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { RideMessages } from './messages.ts';
import { whenText } from './ride-facts.ts';
import { costText, phoneLink, type RideFormContext } from './ride-form.ts';
import { activityOf, readTime, tripDate } from './trip.ts';
import type { Answers, RideBlock, RideService } from './types.ts';

/** The destination in words: the activity and its place, the common place, or the address. */
export function destinationText(s: RideService, a: Answers): string {
  const activity = activityOf(s, a);
  if (activity) return `${activity.title}, ${activity.place.name}`;
  const place = a.destination === 'place' ? s.places.find((p) => p.id === a.place) : undefined;
  if (place) return `${place.name}, ${place.address.street}, ${place.address.locality}`;
  return `${a.destStreet.trim()} ${a.destHouseNumber.trim()}, ${a.destPostalCode.trim().toUpperCase()}`;
}

/** What the driver should know, in one line. */
function needsText(m: RideMessages, a: Answers): string {
  const parts = [
    a.rollator ? m.rollator : '',
    a.wheelchair !== 'none' ? m.wheelchairs[a.wheelchair] : '',
    a.helpAtDoor ? m.helpAtDoor : '',
    a.companions ? `${m.companions} ${m.companionCount(a.companions)}` : '',
    a.note.trim(),
  ].filter(Boolean);
  return parts.length ? parts.join('. ') : m.nothingNeeded;
}

/** "Controleer de aanvraag": every answer, each with a "Wijzigen" back to its question. */
export function renderCheck(c: RideFormContext & { onChange: (field: string) => void }) {
  const { m, locale, answers: a, service } = c;
  const row = (label: string, value: string, field?: string) =>
    html`<div class="fact">
      <dt>${label}</dt>
      <dd>${value || m.none}</dd>
      ${field
        ? html`<dd class="change">
            <button type="button" class="link-button" @click=${() => c.onChange(field)}>
              ${m.change}<span class="visually-hidden"> ${label.toLowerCase()}</span>
            </button>
          </dd>`
        : nothing}
    </div>`;
  const time = readTime(a.time) ?? a.time;
  const when = whenText(m, locale, { date: tripDate(service, a), timeKind: a.timeKind, time, returnTime: a.returnTrip ? readTime(a.returnTime) : undefined });
  const requester = a.forWhom === 'other' ? [a.requesterName, m.relations[a.relation], a.requesterPhone, a.requesterEmail].filter((x) => x.trim()).join(', ') : '';
  return html`<h3 id="check-title" tabindex="-1">${m.checkTitle}</h3>
    <p>${m.checkIntro}</p>
    <dl class="facts check-list">
      ${row(m.traveller, [a.name, a.phone, a.email].filter((x) => x.trim()).join(', '), 'name')}
      ${a.forWhom === 'other' ? row(m.requester, requester, 'requesterName') : nothing}
      ${row(m.pickUp, `${a.street.trim()} ${a.houseNumber.trim()}, ${a.postalCode.trim().toUpperCase()}`, 'postalCode')}
      ${row(m.needs, needsText(m, a), 'rollator')} ${row(m.to, destinationText(service, a), 'destination')}
      ${row(m.when, when, 'time')} ${row(m.cost, costText(c))} ${row(m.privacyTitle, m.agreed)}
    </dl>`;
}

/** A free block offered after a 409 `ride-full`, as a time to choose. */
export function blockText(m: RideMessages, locale: Locale, b: RideBlock) {
  return `${formatDay(dayKey(b.start), locale)}, ${m.hours(formatTime(b.start, locale), formatTime(b.end, locale))}`;
}

/**
 * A refusal the widget explains itself, above the send button: the bus is full (the free
 * times to choose instead, what was typed kept), or the ride is too soon (phone instead).
 */
export function renderRideProblem(
  c: Pick<RideFormContext, 'm' | 'locale' | 'service'>,
  problem: { kind: 'full'; alternatives: readonly RideBlock[] } | { kind: 'too-soon'; detail: string; phone: string },
  onChoose: (b: RideBlock) => void,
) {
  const { m, locale } = c;
  if (problem.kind === 'too-soon') {
    return html`<div class="ride-problem" role="alert" tabindex="-1">
      <p><strong>${m.tooSoon}</strong> ${problem.detail}</p>
      <p>${m.callUs('')}${phoneLink(problem.phone)}</p>
    </div>`;
  }
  return html`<div class="ride-problem" role="alert" tabindex="-1">
    ${problem.alternatives.length
      ? html`<p>${m.full}</p>
          <ul class="alternatives">
            ${problem.alternatives.map((b) => {
              const when = blockText(m, locale, b);
              return html`<li><button type="button" class="alternative" @click=${() => onChoose(b)}>${m.chooseAlternative(when)}</button></li>`;
            })}
          </ul>`
      : html`<p>${m.fullNone} ${phoneLink(c.service.phone)}</p>`}
  </div>`;
}
