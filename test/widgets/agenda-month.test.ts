import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, settled, text, titles, waitUntil } from './helpers.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';
import { addDays, addMonths, formatDay, formatMonth, todayKey } from '../../src/core/dates.ts';
import { makeOccurrences } from '../../src/mocks/fixtures.ts';
import { dayKey } from '../../src/core/dates.ts';

const month = () =>
  fixture<BuurtAgenda>(html`<buurt-agenda view="month" no-filters></buurt-agenda>`).then(settled);
const focused = (el: BuurtAgenda) => el.shadowRoot!.activeElement as HTMLElement | null;
const dayButton = (el: BuurtAgenda, key: string) => $<HTMLButtonElement>(el, `[data-day="${key}"]`)!;

describe('buurt-agenda month view', () => {
  it('is accessible', async () => {
    const el = await month();
    await expect(el).to.be.accessible();
  });

  it('shows the month with the days that have activities marked, and today\'s list below', async () => {
    const el = await month();
    const today = todayKey();
    expect(text($(el, '.month-title'))).to.equal(formatMonth(today, 'nl'));
    const button = dayButton(el, today);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.getAttribute('aria-current')).to.equal('date');
    expect(button.getAttribute('aria-label')).to.equal(`${formatDay(today, 'nl')}, 2 activiteiten`);
    expect(button.classList.contains('has-activities')).to.equal(true);
    const marked = $$(el, '.day-button.has-activities').map((b) => b.dataset.day);
    const expected = new Set(
      makeOccurrences()
        .map((o) => dayKey(o.start))
        .filter((k) => k.slice(0, 7) === today.slice(0, 7)),
    );
    expect(new Set(marked)).to.deep.equal(expected);
    expect(text($(el, '#selected-day'))).to.equal(formatDay(today, 'nl'));
    expect(titles(el)).to.deep.equal(['Koffieochtend', 'Gym voor senioren']);
  });

  it('moves through the days with the arrow keys and shows the chosen day', async () => {
    const el = await month();
    const today = todayKey();
    dayButton(el, today).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const tomorrow = addDays(today, 1);
    expect(focused(el)?.dataset.day).to.equal(tomorrow);
    expect(dayButton(el, tomorrow).getAttribute('tabindex')).to.equal('0');
    expect(dayButton(el, today).getAttribute('tabindex')).to.equal('-1');
    await waitUntil(() => titles(el).includes('Eetcafé De Linde'), 'tomorrow\'s activities');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await waitUntil(() => focused(el)?.dataset.day === addDays(today, 7), 'a week later');
    await waitUntil(() => titles(el).includes('Gym voor senioren'), 'next week\'s activities');
    expect(text($(el, '#selected-day'))).to.equal(formatDay(addDays(today, 7), 'nl'));
  });

  it('goes to the next month with PageDown and keeps the focus in the grid', async () => {
    const el = await month();
    const today = todayKey();
    dayButton(el, today).focus();
    await sendKeys({ press: 'PageDown' });
    const next = addMonths(today, 1);
    await waitUntil(() => focused(el)?.dataset.day === next, 'focus on the same day next month');
    expect(text($(el, '.month-title'))).to.equal(formatMonth(next, 'nl'));
    await settled(el);
  });

  it('changes month with the "Volgende maand" button', async () => {
    const el = await month();
    const next = $$<HTMLButtonElement>(el, '.month-nav button').find((b) => text(b) === 'Volgende maand')!;
    next.click();
    await el.updateComplete;
    expect(text($(el, '.month-title'))).to.equal(formatMonth(addMonths(todayKey(), 1), 'nl'));
    await settled(el);
  });
});
