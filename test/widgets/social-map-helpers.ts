/**
 * The sociale kaart's own test helpers, on top of helpers.ts (MSW, clean URL, no stored
 * map): a fixed "now" makes "nu open" predictable.
 */
import { fixture, html } from '@open-wc/testing';
import { $, $$, settled, text, worker } from './helpers.ts';
import '../../src/social-map/buurt-social-map.ts';
import type { BuurtSocialMap } from '../../src/social-map/social-map.ts';

export { $, $$, text, worker };

/** Thursday 3 December 2026, 10:00 in Amsterdam (09:00 UTC). */
export const THURSDAY_10 = new Date('2026-12-03T09:00:00Z');

export const names = (el: BuurtSocialMap) => $$(el, '.service .name').map(text);

export const ready = (el: BuurtSocialMap) => settled(el);

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
