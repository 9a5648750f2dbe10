import { html, nothing } from 'lit';
import { formatDay, formatTime, dayKey } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { AgendaMessages as Messages } from './messages.ts';
import { icon, alert, clock, euro, info, people, place, signup } from '../core/icons.ts';
import { bus, calendar, ear, organizer, wheelchair } from './icons.ts';
import { occurrenceIcsUrl } from '../api/client.ts';
import { isSafeLink } from '../core/safe-link.ts';
import { formatEuro } from './money.ts';
import type { Occurrence } from './types.ts';

export interface CardContext {
  locale: Locale;
  m: Messages;
  api: string;
  /** Today's day key (from the element's clock). */
  today: string;
  /** The element's clock, in milliseconds: help is offered only for what has not begun. */
  now: number;
  rideHref?: string;
  onRide: (occurrence: Occurrence, event: Event) => void;
  /** Where "Help mee" leads; without it the button is not shown. */
  volunteerHref?: string;
  onHelp: (occurrence: Occurrence, event: Event) => void;
}

/** The element id of an occurrence's parts (ids are unique and stable per occurrence). */
const idOf = (o: Occurrence, part: string) => `o-${o.id}-${part}`;

/** "10.00 – 12.00 uur"; an all-day activity (midnight to midnight, as feeds send them) is "de hele dag". */
export function timeRange(o: Occurrence, locale: Locale, m: Messages): string {
  const from = formatTime(o.start, locale);
  const to = formatTime(o.end, locale);
  return from == to ? m.allDay : m.hours(`${from} – ${to}`);
}

/**
 * An action on one occurrence: a link to `href` with the occurrence as `?<param>=<id>`
 * when the webmaster set a safe one, else a button; `onPress` runs first and may cancel
 * the link (the widget's event is cancelable).
 */
function occurrenceAction(o: Occurrence, label: string, glyph: typeof bus, onPress: CardContext['onRide'], href: string | undefined, param: string) {
  const content = html`${icon(glyph)}${label}<span class="visually-hidden">: ${o.title}</span>`;
  if (!href || !isSafeLink(href, location.href)) {
    return html`<button type="button" part="action" @click=${(e: Event) => onPress(o, e)}>${content}</button>`;
  }
  const url = new URL(href, location.href);
  url.searchParams.set(param, o.id);
  return html`<a class="button" part="action" href=${url.href} @click=${(e: Event) => onPress(o, e)}>${content}</a>`;
}

/** One occurrence as an article, named by its title and time. */
export function renderOccurrence(o: Occurrence, ctx: CardContext) {
  const { locale, m } = ctx;
  const cancelled = o.status === 'cancelled';
  const moved = o.status === 'moved';
  const labelledBy = [idOf(o, 't'), idOf(o, 'w'), cancelled || moved ? idOf(o, 's') : '']
    .filter(Boolean)
    .join(' ');
  const when = `${formatDay(dayKey(o.start), locale)}, ${timeRange(o, locale, m)}`;
  const reg = o.registration;
  const access = o.accessibility;

  return html`<article class="occurrence ${o.status}" part="occurrence" aria-labelledby=${labelledBy}>
    <p class="when" id=${idOf(o, 'w')}>
      ${icon(clock)}<time datetime=${o.start}>${timeRange(o, locale, m)}</time>
    </p>
    <h4 class="title" part="title" id=${idOf(o, 't')}>${o.title}</h4>
    ${cancelled
      ? html`<p class="notice cancelled" part="notice" id=${idOf(o, 's')}>
          ${icon(alert)}<span><strong>${m.cancelled}</strong>${o.note ? html`. ${o.note}` : nothing}</span>
        </p>`
      : moved
        ? html`<p class="notice moved" part="notice" id=${idOf(o, 's')}>
            ${icon(info)}<span
              ><strong>${m.moved}:</strong> ${o.note ?? ''}
              ${o.originalStart
                ? html`(${m.movedFrom(
                    `${formatDay(dayKey(o.originalStart), locale)}, ${m.hours(formatTime(o.originalStart, locale))}`,
                  )})`
                : nothing}</span
            >
          </p>`
        : nothing}
    <p class="summary">${o.summary}</p>
    <ul class="facts">
      <li>
        ${icon(place)}<span
          >${o.place.name}, ${o.place.address.street}, ${o.place.address.locality}</span
        >
      </li>
      <li>${icon(organizer)}<span>${m.organizer} ${o.organizer.name}</span></li>
      ${o.audiences.length
        ? html`<li>
            ${icon(people)}<span>${m.audience} ${o.audiences.map((a) => a.name.toLocaleLowerCase(locale)).join(', ')}</span>
          </li>`
        : nothing}
      <li>
        ${icon(euro)}<span
          >${o.cost.free ? m.free : formatEuro(o.cost.amount ?? 0, locale)}${o.cost.note
            ? html` · ${o.cost.note}`
            : nothing}</span
        >
      </li>
      ${access.wheelchair ? html`<li>${icon(wheelchair)}<span>${m.wheelchair}</span></li>` : nothing}
      ${access.hearingLoop ? html`<li>${icon(ear)}<span>${m.hearingLoop}</span></li>` : nothing}
      ${access.note ? html`<li>${icon(info)}<span>${access.note}</span></li>` : nothing}
      ${reg.required
        ? html`<li class="registration">
            ${icon(signup)}<span
              >${m.registration}${reg.placesLeft !== undefined
                ? html` · ${m.placesLeft(reg.placesLeft)}`
                : nothing}${reg.how ? html`. ${reg.how}` : nothing}</span
            >
          </li>`
        : nothing}
      ${o.villageBus && !cancelled ? html`<li>${icon(bus)}<span>${m.busInfo}</span></li>` : nothing}
    </ul>
    ${cancelled
      ? nothing
      : html`<div class="actions" part="actions">
          <a class="button" part="action" href=${occurrenceIcsUrl(ctx.api, o.id)}
            >${icon(calendar)}${m.addToCalendar}<span class="visually-hidden"
              >: ${o.title}, ${when}</span
            ></a
          >
          ${o.villageBus ? occurrenceAction(o, m.rideNeeded, bus, ctx.onRide, ctx.rideHref, 'activiteit') : nothing}
          ${o.volunteersWanted && ctx.volunteerHref && Date.parse(o.start) > ctx.now ? occurrenceAction(o, m.helpOut, people, ctx.onHelp, ctx.volunteerHref, 'dienst') : nothing}
        </div>`}
  </article>`;
}
