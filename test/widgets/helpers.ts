/**
 * Shared set-up for the widget tests: MSW in the browser with the happy-path handlers,
 * unhandled API requests are errors, and every test starts from a clean URL.
 */
import { waitUntil } from '@open-wc/testing';
import { worker } from '../../src/mocks/browser.ts';
import '../../src/agenda/buurt-agenda.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';

export { worker };

await worker.start({
  serviceWorker: { url: '/mockServiceWorker.js' },
  onUnhandledRequest: 'error',
  quiet: true,
});

/** Removes the agenda's `buurt-*` parameters, keeping the test runner's own. */
export function cleanUrl() {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('buurt-')) url.searchParams.delete(key);
  }
  history.replaceState(null, '', url);
}

afterEach(() => {
  worker.resetHandlers();
  cleanUrl();
});

export const $ = <E extends Element = HTMLElement>(el: BuurtAgenda, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: BuurtAgenda, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** Waits until the agenda shows activities, an empty state or an error. */
export async function settled(el: BuurtAgenda) {
  await waitUntil(
    () => {
      const content = $(el, '.content');
      return content?.getAttribute('aria-busy') === 'false' && !$(el, '.skeleton');
    },
    'the agenda did not finish loading',
    { timeout: 3000 },
  );
  await el.updateComplete;
  return el;
}

/** Visible text, whitespace collapsed. */
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const titles = (el: BuurtAgenda) => $$(el, '.occurrence .title').map((t) => text(t));

/** Waits until the shown titles satisfy a condition (after a filter change, say). */
export async function titlesUntil(el: BuurtAgenda, ok: (titles: string[]) => boolean, message: string) {
  await waitUntil(() => ok(titles(el)) && $(el, '.content')?.getAttribute('aria-busy') === 'false', message, {
    timeout: 3000,
  });
}
