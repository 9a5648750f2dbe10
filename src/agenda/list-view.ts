import { html } from 'lit';
import { addDays, formatDay } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { AgendaMessages as Messages } from './messages.ts';
import { groupByDay } from './group-by-day.ts';
import { renderOccurrence, type CardContext } from './occurrence-card.ts';
import type { Occurrence } from './types.ts';

/** "Vandaag", "Morgen", or "zaterdag 28 november". */
export function dayLabel(key: string, locale: Locale, m: Messages, today: string) {
  if (key === today) return m.today;
  if (key === addDays(today, 1)) return m.tomorrow;
  return formatDay(key, locale);
}

/**
 * The list view: one section per day with an h3 heading, then the occurrences; when
 * `hiddenDays` more days are loaded but not shown, a button shows more.
 */
export function renderList(items: readonly Occurrence[], ctx: CardContext, hiddenDays: number, onMore: () => void) {
  const today = ctx.today;
  return html`<div class="list">
    ${[...groupByDay(items)].map(([key, list]) => {
      const label = dayLabel(key, ctx.locale, ctx.m, today);
      const relative = label !== formatDay(key, ctx.locale);
      return html`<section class="day" aria-labelledby="d-${key}">
        <h3 class="day-heading" part="day-heading" id="d-${key}">
          ${label}${relative
            ? html`<span class="day-date">, ${formatDay(key, ctx.locale)}</span>`
            : ''}
        </h3>
        <ul class="occurrences">
          ${list.map((o) => html`<li>${renderOccurrence(o, ctx)}</li>`)}
        </ul>
      </section>`;
    })}
    ${hiddenDays
      ? html`<button type="button" class="more-days" part="more-days" @click=${onMore}>
          ${ctx.m.moreDays(hiddenDays)}
        </button>`
      : ''}
  </div>`;
}
