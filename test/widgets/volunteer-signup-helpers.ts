import { makeOpportunities } from '../../src/mocks/volunteer-fixtures.ts';
import '../../src/volunteer-signup/buurt-volunteer-signup.ts';
import type { BuurtVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.ts';
import { $, $$, text, waitUntil } from './helpers.ts';

export const KOFFIE = 'koffie-schenken-koffieochtend';
const koffie = () => makeOpportunities().find((o) => o.id === KOFFIE)!;
/** Today's Koffieochtend is full (3 of 3); next week's has places. */
export const fullShift = () => koffie().shifts[0]!;
export const openShift = () => koffie().shifts[1]!;

export const titles = (el: BuurtVolunteerSignup) => $$(el, '.opportunity .title').map((t) => text(t));

/** Types into an input as a person does: the value, then an input event. */
export function typeInto(el: Element, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function until(el: BuurtVolunteerSignup, selector: string, what = selector) {
  await waitUntil(() => $(el, selector), `${what} did not appear`);
  await el.updateComplete;
}

/** Fills in name, phone and consent (on a narrow widget going on, step by step, to consent). */
export async function fill(el: BuurtVolunteerSignup) {
  typeInto(el, 'f-name', 'Jannie de Vries');
  typeInto(el, 'f-phone', '0345 123456');
  await el.updateComplete;
  for (let i = 0; i < 3 && !$(el, '#f-consent'); i++) {
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
  }
  const consent = $<HTMLInputElement>(el, '#f-consent')!;
  if (!consent.checked) consent.click();
  await el.updateComplete;
}

/** From the filled questions to the check step. */
export async function toCheck(el: BuurtVolunteerSignup) {
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await until(el, 'button.send', 'the check step');
}
