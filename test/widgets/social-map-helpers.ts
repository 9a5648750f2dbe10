/**
 * Shared set-up for the sociale-kaart tests (on top of helpers.ts: MSW, clean URL): every
 * test starts without a stored map, and a fixed "now" makes "nu open" predictable.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { worker } from './helpers.ts';
import '../../src/social-map/buurt-social-map.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';

export { worker };

/** Thursday 3 December 2026, 10:00 in Amsterdam (09:00 UTC). */
export const THURSDAY_10 = new Date('2026-12-03T09:00:00Z');

export function clearStoredMaps() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('buurtkit:social-map:')) localStorage.removeItem(key);
}
beforeEach(clearStoredMaps);

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const names = (el: BuurtSocialMap) => $$(el, '.service .name').map(text);

export async function ready(el: BuurtSocialMap) {
  await waitUntil(
    () => !$(el, '.skeleton') && $(el, '.content')?.getAttribute('aria-busy') === 'false' && !!$(el, '.content')?.children.length,
    'the sociale kaart did not finish loading',
    { timeout: 3000 },
  );
  await el.updateComplete;
  return el;
}

export const socialMap = (template = html`<buurt-social-map .now=${THURSDAY_10}></buurt-social-map>`) =>
  fixture<BuurtSocialMap>(template).then(ready);

/** Types into the search field as a person does: one input event per character. */
export async function type(el: BuurtSocialMap, value: string, after?: (sofar: string) => void) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = '';
  for (const ch of value) {
    input.value += ch;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch }));
    await el.updateComplete;
    after?.(input.value);
  }
}

export const chip = (el: BuurtSocialMap, label: string) =>
  $$<HTMLButtonElement>(el, '.chip').find((b) => text(b).startsWith(label))!;
