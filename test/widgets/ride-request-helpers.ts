import { todayKey } from '../../src/core/dates.ts';
import { makeRideService } from '../../src/mocks/ride-fixtures.ts';
import '../../src/ride-request/buurt-ride-request.ts';
import type { BuurtRideRequest } from '../../src/ride-request/ride-request.ts';
import { $, waitUntil } from './helpers.ts';

const served = () => makeRideService().activities;
/** Next week's Koffieochtend (the bus serves it, there is room). */
export const koffie = () => served().filter((a) => a.occurrenceId.startsWith('koffieochtend-'))[1]!;
/** Tomorrow's Eetcafé: inside the lead time. */
export const eetcafeTomorrow = () => served().find((a) => a.occurrenceId.startsWith('eetcafe-') && a.start.slice(0, 10) > todayKey())!;

/** Types into an input as a person does: the value, then an input event. */
export function typeInto(el: Element, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Chooses in a select (or a radio button by its value) as a person does. */
export function choose(el: Element, id: string, value: string) {
  const input = $<HTMLSelectElement | HTMLInputElement>(el, `#${id}`)!;
  if (input instanceof HTMLSelectElement) {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else (value === input.value ? input : $<HTMLInputElement>(el, `#${id}-${value}`)!).click();
}

export async function until(el: BuurtRideRequest, selector: string, what = selector) {
  await waitUntil(() => $(el, selector), `${what} did not appear`);
  await el.updateComplete;
}

export const PASSENGER: Record<string, string> = {
  'f-name': 'Riet van Dam',
  'f-phone': '0345 654321',
  'f-postalCode': '4151 AB',
  'f-houseNumber': '12',
  'f-street': 'Dorpsstraat',
};

/**
 * Fills in the passenger (the trip is the pre-filled activity) and consent, step by step
 * on a narrow widget: whatever question shows and is empty gets its answer.
 */
export async function fill(el: BuurtRideRequest, answers: Record<string, string> = PASSENGER) {
  for (let i = 0; i < 6; i++) {
    for (const [id, value] of Object.entries(answers)) {
      const input = $<HTMLInputElement>(el, `#${id}`);
      if (input && !input.value) typeInto(el, id, value);
    }
    await el.updateComplete;
    if ($(el, '#f-consent')) break;
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
  }
  const consent = $<HTMLInputElement>(el, '#f-consent')!;
  if (!consent.checked) consent.click();
  await el.updateComplete;
}

/** From the filled questions to the check step. */
export async function toCheck(el: BuurtRideRequest) {
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await until(el, 'button.send', 'the check step');
}
