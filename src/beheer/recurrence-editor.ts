/**
 * "Wanneer": the first date, the times, and how often, as choices in plain Dutch for people
 * who never heard of RRULE. A rule from elsewhere that these choices cannot show stays
 * "Aangepaste herhaling", with the server's words for it, unchanged until another is picked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INTERVALS, ORDINALS, ordinalsOf, weekdayOf as weekdayOfDate, WEEKDAYS } from '../../common/recurrence-form.ts';
import { endsNextDay, type Repeat } from './activity-draft.ts';
import { checkbox, controlId, radioGroup, textField, checkboxGroup, described, helpTexts, type FieldContext } from './activity-fields.ts';

/** "01:00" as Dutch clocks write it: "1.00". */
const clockText = (t: string) => `${Number(t.slice(0, 2))}.${t.slice(3, 5)}`;

export function renderRecurrence(c: FieldContext): TemplateResult {
  const { d, m } = c;
  const repeats: { value: Repeat; label: string }[] = [
    { value: 'once', label: m.once },
    { value: 'weekly', label: m.weekly },
    { value: 'monthly', label: m.monthly },
    ...(d.customRule ? [{ value: 'custom' as const, label: m.custom }] : []),
  ];
  const weekdays = WEEKDAYS.map((value, i) => ({ value, label: m.weekdays[i]! }));
  return html`<div class="when-fields">
      ${textField(c, 'firstDate', m.firstDate, { type: 'date' })}
      ${checkbox(c, 'allDay', m.allDay)}
      ${d.allDay
        ? nothing
        : html`<div class="times">
            ${textField(c, 'startTime', m.startTime, { type: 'time' })}
            ${textField(c, 'endTime', m.endTime, { type: 'time', ...(endsNextDay(d) ? { hint: m.endsNextDay(clockText(d.endTime)) } : {}) })}
          </div>`}
    </div>
    ${radioGroup(c, 'repeat', 'repeat', m.repeatLegend, d.repeat, repeats, (v) => c.set('repeat', v))}
    ${d.repeat === 'custom' ? html`<p class="hint custom-rule" id="custom-rule">${m.customHint(d.customSchedule ?? d.customRule ?? '')}</p>` : nothing}
    ${d.repeat === 'weekly'
      ? html`<div class="repeat-detail">
          ${radioGroup(
            c,
            'interval',
            undefined,
            m.interval,
            d.interval,
            INTERVALS.map((n) => ({ value: n, label: n === 1 ? m.everyWeek : m.everyNWeeks(n) })),
            (v) => c.set('interval', v),
          )}
          ${checkboxGroup(c, 'days', m.daysLegend, d.days, weekdays, (v) => c.set('days', v))}
        </div>`
      : nothing}
    ${d.repeat === 'monthly'
      ? html`<div class="repeat-detail monthly">
          ${select(c, 'ordinal', m.ordinalLabel, String(d.ordinal), ORDINALS.map((n) => ({ value: String(n), label: m.ordinals[n]! })), (v) => c.set('ordinal', Number(v) as typeof d.ordinal))}
          ${select(c, 'monthDay', m.monthDay, d.monthDay, weekdays, (v) => c.set('monthDay', v as typeof d.monthDay))}
          <p class="of-the-month">${m.ofTheMonth}</p>
          ${ordinalsOf(d.firstDate).length > 1
            ? html`<p class="hint both-ordinals" id="both-ordinals">${m.bothOrdinals(m.weekdays[WEEKDAYS.indexOf(weekdayOfDate(d.firstDate))]!)}</p>`
            : nothing}
        </div>`
      : nothing}
    ${d.repeat === 'weekly' || d.repeat === 'monthly' ? renderEnd(c) : nothing}`;
}

function select(_c: FieldContext, key: string, label: string, value: string, options: { value: string; label: string }[], onChange: (v: string) => void) {
  return html`<div class="field">
    <label for=${controlId(key)}>${label}</label>
    <select id=${controlId(key)} name=${key} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map((o) => html`<option .value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}

function renderEnd(c: FieldContext): TemplateResult {
  const { d, m } = c;
  return html`<div class="repeat-detail">
    ${radioGroup(
      c,
      'endKind',
      undefined,
      m.endLegend,
      d.endKind,
      [
        { value: 'never', label: m.endNever },
        { value: 'until', label: m.endUntil },
        { value: 'count', label: m.endCount },
      ],
      (v) => c.set('endKind', v),
    )}
    ${d.endKind === 'until' ? textField(c, 'until', m.untilDate, { type: 'date' }) : nothing}
    ${d.endKind === 'count'
      ? html`<div class="field ${c.errors.count ? 'has-error' : ''}">
          <label for=${controlId('count')}>${m.countLabel}</label>
          ${helpTexts('count', undefined, c.errors.count)}
          <input
            id=${controlId('count')}
            name="count"
            type="number"
            min="1"
            max="999"
            inputmode="numeric"
            class="short"
            aria-describedby=${described('count', undefined, c.errors.count)}
            aria-invalid=${c.errors.count ? 'true' : nothing}
            .value=${d.count}
            @input=${(e: Event) => c.set('count', (e.target as HTMLInputElement).value)}
          />
        </div>`
      : nothing}
  </div>`;
}
