/**
 * Shared set-up for the tests of `<buurt-beheer>`: the beheer mocks on top of the widgets'
 * happy path, a fresh store and no hash before each test.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { beheer, beheerHandlers, DRIVER_ACCOUNT } from '../../src/mocks/beheer-mock.ts';
import { DRIVERS } from '../../src/mocks/beheer-rides-mock.ts';
import { addDays, todayKey } from '../../src/core/dates.ts';
import '../../src/beheer/buurt-beheer.ts';
import type { BuurtBeheer } from '../../src/beheer/beheer.ts';
import { $, settled, text, waitUntil, worker } from './helpers.ts';

export { beheer };

beforeEach(() => {
  beheer.reset();
  worker.use(...beheerHandlers);
  history.replaceState(null, '', location.pathname + location.search);
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

export const KOFFIE = 'koffie-schenken-koffieochtend';
export const BUS = 'chauffeur-dorpsbus';

export async function openBeheer(hash = '', lang?: string): Promise<BuurtBeheer> {
  history.replaceState(null, '', location.pathname + location.search + hash);
  const el = await fixture<BuurtBeheer>(lang ? html`<buurt-beheer lang=${lang}></buurt-beheer>` : html`<buurt-beheer></buurt-beheer>`);
  return settled(el);
}

/** Goes to a view as the browser does when a link is followed: a new hash, then `hashchange`. */
export async function go(el: BuurtBeheer, hash: string) {
  const moved = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await moved;
  await el.updateComplete;
  await waitUntil(() => $(el, '.content')?.getAttribute('aria-busy') === 'false' && !$(el, '.skeleton'), `the view ${hash}`);
  await el.updateComplete;
}

export const active = (el: BuurtBeheer) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Waits until the content is no longer busy (after an action's refresh). */
export async function quiet(el: BuurtBeheer) {
  await waitUntil(() => $(el, '.content')?.getAttribute('aria-busy') === 'false', 'the view to settle');
  await el.updateComplete;
}

/** The card of one sign-up, by name. */
export const card = (el: BuurtBeheer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.signup')].find((c) => text(c.querySelector('.name')) === name);

/** Presses Tab until the focus is on an element matching `ok`. */
export async function tabUntil(el: BuurtBeheer, ok: (e: HTMLElement) => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    const a = active(el);
    if (a && ok(a)) return a;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${active(el)?.outerHTML.slice(0, 120)}`);
}

export const announced = (el: BuurtBeheer) => text($(el, '.root > [role="status"]'));

/** The days of the mock's ride requests: the day after tomorrow (most), the day after, and two days later. */
export const RIDE_DAY = addDays(todayKey(), 2);
export const NEXT_RIDE_DAY = addDays(todayKey(), 3);
export const JAN = DRIVERS[0]!;
export { DRIVERS, DRIVER_ACCOUNT };

/** The card of one ride request, by the passenger's name. */
export const rideCard = (el: BuurtBeheer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.ride')].find((c) => text(c.querySelector('.name')) === name);

/** What the page asked of the API (path and query, method, CSRF token), from now on. */
export function recordRequests() {
  const seen: { method: string; url: URL; csrf: string | null; accept: string | null }[] = [];
  const listener = ({ request }: { request: Request }) =>
    void seen.push({ method: request.method, url: new URL(request.url), csrf: request.headers.get('x-csrf-token'), accept: request.headers.get('accept') });
  worker.events.on('request:start', listener);
  listening.push(listener);
  return seen;
}
const listening: ((e: { request: Request }) => void)[] = [];
afterEach(() => listening.splice(0).forEach((l) => worker.events.removeListener('request:start', l)));
