import { css, html, nothing, svg, type TemplateResult } from 'lit';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  monthEnd,
  monthStart,
  weekday,
  weekdayNames,
} from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { AgendaMessages as Messages } from './messages.ts';
import { icon } from '../core/icons.ts';

/*
 * The month view is a chunk of its own: most visitors stay in the list, and switching to
 * the month fetches that month's activities anyway, so its code comes along with them.
 */

const chevronLeft = svg`<path d="m15 5-7 7 7 7"/>`;
const chevronRight = svg`<path d="m9 5 7 7-7 7"/>`;

/**
 * Where a key press in the calendar grid moves to (arrows: a day or a week; Home/End:
 * start or end of the week; PageUp/PageDown: a month), or undefined for other keys.
 */
export function moveInGrid(key: string, pressed: string): string | undefined {
  switch (pressed) {
    case 'ArrowLeft':
      return addDays(key, -1);
    case 'ArrowRight':
      return addDays(key, 1);
    case 'ArrowUp':
      return addDays(key, -7);
    case 'ArrowDown':
      return addDays(key, 7);
    case 'Home':
      return addDays(key, -weekday(key));
    case 'End':
      return addDays(key, 6 - weekday(key));
    case 'PageUp':
      return addMonths(key, -1);
    case 'PageDown':
      return addMonths(key, 1);
    default:
      return undefined;
  }
}

export interface MonthViewOptions {
  /** Any day of the month shown; the selected day. */
  selected: string;
  /** How many occurrences each day has (known so far). */
  counts: ReadonlyMap<string, number>;
  locale: Locale;
  m: Messages;
  onSelect: (key: string, fromKeyboard: boolean) => void;
  /** What goes under the grid: the chosen day's activities. */
  dayContent: TemplateResult;
  busy: boolean;
  /** Today's day key (from the element's clock). */
  today: string;
}

/** A month grid (Monday first) with the days that have activities marked. */
export function renderMonth(o: MonthViewOptions) {
  const { selected, counts, locale, m } = o;
  const first = monthStart(selected);
  const last = monthEnd(selected);
  const today = o.today;
  const short = weekdayNames(locale, 'short');
  const long = weekdayNames(locale, 'long');

  const cells: (string | null)[] = Array.from({ length: weekday(first) }, () => null);
  for (let k = first; k <= last; k = addDays(k, 1)) cells.push(k);
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));

  const onKeydown = (e: KeyboardEvent) => {
    const target = moveInGrid(selected, e.key);
    if (!target) return;
    e.preventDefault();
    o.onSelect(target, true);
  };

  return html`<div class="month" part="calendar">
    <div class="month-nav">
      <button type="button" @click=${() => o.onSelect(addMonths(selected, -1), false)}>
        ${icon(chevronLeft)}<span class="nav-label">${m.prevMonth}</span>
      </button>
      <h3 class="month-title" id="month-title" aria-live="polite">${formatMonth(first, locale)}</h3>
      <button type="button" @click=${() => o.onSelect(addMonths(selected, 1), false)}>
        <span class="nav-label">${m.nextMonth}</span>${icon(chevronRight)}
      </button>
    </div>
    <table class="grid" aria-labelledby="month-title" aria-busy=${o.busy ? 'true' : 'false'}>
      <thead>
        <tr>
          ${short.map((s, i) => html`<th scope="col"><abbr title=${long[i]!}>${s}</abbr></th>`)}
        </tr>
      </thead>
      <tbody @keydown=${onKeydown}>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((k) => {
              if (!k) return html`<td></td>`;
              const n = counts.get(k) ?? 0;
              const label = `${formatDay(k, locale)}${n ? `, ${m.activitiesOn(n)}` : ''}`;
              return html`<td>
                <button
                  type="button"
                  class="day-button ${n ? 'has-activities' : ''}"
                  part="calendar-day"
                  data-day=${k}
                  tabindex=${k === selected ? 0 : -1}
                  aria-pressed=${k === selected ? 'true' : 'false'}
                  aria-current=${k === today ? 'date' : nothing}
                  aria-label=${label}
                  @click=${() => o.onSelect(k, false)}
                >
                  <span class="day-number">${Number(k.slice(8))}</span>
                  ${n ? html`<span class="marker" aria-hidden="true"></span>` : nothing}
                </button>
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    <section class="day" aria-labelledby="selected-day">
      <h3 class="day-heading" part="day-heading" id="selected-day">${formatDay(selected, locale)}</h3>
      ${o.dayContent}
    </section>
  </div>`;
}

/** The month view's look, adopted by the agenda once this chunk has loaded. */
export const monthStyles = css`
  .month {
    grid-template-columns: minmax(0, 1fr);
    display: grid;
    gap: var(--buurt-space-m, 1rem);
  }
  .month-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .month-nav button {
    white-space: nowrap;
  }
  .month-title {
    font-size: 1.35em;
    text-align: center;
  }
  .month-title::first-letter {
    text-transform: uppercase;
  }
  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th {
    padding-block: 0.25rem;
    font-weight: 600;
  }
  .grid abbr {
    text-decoration: none;
  }
  .grid td {
    padding: 0;
  }
  .day-button {
    position: relative;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding: 0.25rem;
    border-width: 1px;
    border-color: var(--buurt-color-border, #767676);
    font-weight: 400;
    color: var(--buurt-color-text, CanvasText);
    flex-direction: column;
    gap: 0;
  }
  .day-button.has-activities {
    font-weight: 700;
    border: 2px solid var(--buurt-color-accent, #1d5e3b);
    background: var(--buurt-agenda-marked-background, var(--buurt-color-accent-surface, #e3f0e8));
  }
  .day-button[aria-current='date'] {
    border-width: 3px;
    border-color: var(--buurt-color-accent, #1d5e3b);
  }
  .day-button[aria-pressed='true'] {
    background: var(--buurt-color-accent, #1d5e3b);
    color: var(--buurt-color-on-accent, #fff);
  }
  .marker {
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: currentColor;
  }

  @container (max-width: 30rem) {
    .nav-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  @media (forced-colors: active) {
    .day-button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .day-button.has-activities .day-number {
      text-decoration: underline;
    }
    .marker {
      background: CanvasText;
    }
    .day-button[aria-pressed='true'] .marker {
      background: HighlightText;
    }
  }
`;
