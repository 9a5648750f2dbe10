/**
 * Shared set-up for every widget test: MSW in the browser with the happy-path handlers,
 * unhandled API requests are errors, every test starts from a clean URL, no stored
 * sociale kaart and the default viewport.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { worker } from '../../src/mocks/browser.ts';
import '../../src/agenda/buurt-agenda.ts';
import type { BuurtAgenda } from '../../src/agenda/agenda.ts';

export { worker };

/**
 * Waits for what a person would see next. open-wc's default of 1 s is too short on a
 * busy CI machine (two mocked round trips and a render took longer there), so the
 * default here is 4 s; a behaviour that never comes still fails.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 4000, ...options });
}

await worker.start({
  serviceWorker: { url: '/mockServiceWorker.js' },
  onUnhandledRequest: 'error',
  quiet: true,
});

/** Removes the widgets' `buurt-*` parameters, keeping the test runner's own. */
export function cleanUrl() {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('buurt-')) url.searchParams.delete(key);
  }
  history.replaceState(null, '', url);
}

export function clearStoredMaps() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('buurtkit:social-map:')) localStorage.removeItem(key);
}

/** The viewport web-test-runner starts with. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

beforeEach(clearStoredMaps);
afterEach(async () => {
  worker.resetHandlers();
  cleanUrl();
  document.documentElement.style.fontSize = '';
  await setViewport(DEFAULT_VIEWPORT);
});

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** The elements of a widget that stick out past the right edge of the window (none on a narrow screen). */
export function overflowing(el: Element): string[] {
  const limit = document.documentElement.clientWidth + 0.5;
  return [el, ...el.shadowRoot!.querySelectorAll('*')]
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && r.right > limit;
    })
    .map((n) => `${n.localName}.${[...n.classList].join('.')} (right ${Math.round(n.getBoundingClientRect().right)}px)`);
}

/** Visible text, whitespace collapsed. */
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until a data widget shows its data, an empty state or an error (no placeholder, not busy). */
export async function settled<E extends Element & { updateComplete: Promise<boolean> }>(el: E): Promise<E> {
  await waitUntil(
    () => {
      const content = $(el, '.content');
      return content?.getAttribute('aria-busy') === 'false' && !$(el, '.skeleton') && content.children.length > 0;
    },
    `${el.localName} did not finish loading`,
    { timeout: 3000 },
  );
  await el.updateComplete;
  return el;
}

export const titles = (el: BuurtAgenda) => $$(el, '.occurrence .title').map((t) => text(t));

/** Waits until the shown titles satisfy a condition (after a filter change, say). */
export async function titlesUntil(el: BuurtAgenda, ok: (titles: string[]) => boolean, message: string) {
  await waitUntil(() => ok(titles(el)) && $(el, '.content')?.getAttribute('aria-busy') === 'false', message, {
    timeout: 3000,
  });
}
