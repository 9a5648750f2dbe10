import { html, nothing } from 'lit';
import { formatClock, formatDateTime, formatDay, formatTime } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { RideMessages } from './messages.ts';
import type { Answers, RideRequest } from './types.ts';

/** "Ik moet er zijn om 10.00 uur, terug om 12.00 uur" for the check step and the status page. */
export function whenText(m: RideMessages, locale: Locale, t: { date: string; timeKind: Answers['timeKind']; time: string; returnTime?: string }) {
  const at = (hhmm: string) => m.at(formatClock(hhmm, locale));
  const kind = t.timeKind === 'arrive-by' ? m.arriveBy : m.pickUpAt;
  return `${formatDay(t.date, locale)}. ${kind.replace('…', ` ${at(t.time)}`)}${t.returnTime ? `. ${m.returnPickUpTime} ${at(t.returnTime)}` : ''}`;
}


/** A request as its requester sees it: reference, status and what it says, where, when, cost. */
export function renderRideFacts(r: RideRequest, locale: Locale, m: RideMessages) {
  const fact = (label: string, value: unknown, cls = '') => html`<div class="fact"><dt>${label}</dt><dd class=${cls}>${value}</dd></div>`;
  return html`<dl class="facts">
    ${fact(m.reference, r.reference, 'reference')}
    ${fact(m.status, html`<strong>${m.statuses[r.status]}</strong>. ${m.statusText[r.status]}`, `ride-status ${r.status}`)}
    ${r.status === 'confirmed' && r.pickUpTime ? fact(m.pickUpTime, formatDateTime(r.pickUpTime, locale), 'pick-up') : nothing}
    ${r.status === 'confirmed' && r.returnPickUpTime ? fact(m.returnPickUpTime, m.at(formatTime(r.returnPickUpTime, locale))) : nothing}
    ${r.status === 'confirmed' && r.driverFirstName ? fact(m.driver, r.driverFirstName, 'driver') : nothing}
    ${r.status === 'declined' && r.declineReason ? fact(m.declineReason, r.declineReason, 'decline-reason') : nothing}
    ${r.status === 'declined' && r.alternatives ? fact(m.alternatives, r.alternatives, 'offered') : nothing}
    ${fact(m.traveller, r.passengerName)} ${fact(m.to, `${r.destination.name} (${r.destination.address})`)}
    ${fact(m.when, whenText(m, locale, r.trip))} ${fact(m.cost, r.cost.text)}
  </dl>`;
}
