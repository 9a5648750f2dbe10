import { html } from 'lit';
import { dayKey, formatDay, formatTime } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { SignupMessages } from './messages.ts';
import type { Shift } from './types.ts';

/** "dinsdag 8 december, 10.00 tot 12.00 uur" */
export const shiftWhen = (s: Pick<Shift, 'start' | 'end'>, locale: Locale, m: SignupMessages) =>
  `${formatDay(dayKey(s.start), locale)}, ${m.hours(formatTime(s.start, locale), formatTime(s.end, locale))}`;

/**
 * The coming shifts, each with its places left; a full one offers the waiting list.
 * Each is a button naming the shift, so a screen reader hears what it chooses.
 */
export function renderShifts(shifts: readonly Shift[], locale: Locale, m: SignupMessages, onChoose: (s: Shift) => void) {
  if (!shifts.length) return html`<p>${m.noShifts}</p>`;
  return html`<section class="shifts" aria-labelledby="shifts-title">
    <h3 id="shifts-title">${m.shifts}</h3>
    <ul>
      ${shifts.map((s) => {
        const when = shiftWhen(s, locale, m);
        const full = s.placesLeft === 0;
        return html`<li class="shift ${full ? 'full' : ''}" data-occurrence=${s.occurrenceId}>
          <p class="when">${when}</p>
          <p class="places">${full ? m.shiftFull(s.waitlist) : m.shiftPlaces(s.placesLeft, s.capacity)}</p>
          <button type="button" class=${full ? '' : 'primary'} aria-describedby="shifts-title" @click=${() => onChoose(s)}>
            ${full ? m.waitlist : m.choose}<span class="visually-hidden">: ${when}</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
