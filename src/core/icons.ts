import { svg, html, type SVGTemplateResult } from 'lit';

/**
 * Inline SVG icons (24×24, stroke = currentColor), always next to visible text: `icon(clock)`.
 * Only icons that two widgets (or core) use live here, in the shared runtime; an icon only
 * one widget uses lives in that widget's `icons.ts`, so no page loads icons it never shows.
 * When a second widget needs one, move it here. Every shape is an element, on every card:
 * paths are joined into one where that costs no bytes (circles and rects stay: as arcs they
 * would weigh on the runtime's budget); a widget's own icons are one path each.
 */
export const icon = (shape: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;

export const clock = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`;
export const place = svg`<path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`;
export const people = svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14.5a6.5 6.5 0 0 1 3.5 5.5"/>`;
export const euro = svg`<path d="M17 6.5A6.5 6.5 0 1 0 17 17.5M4 10.5h9M4 13.5h9"/>`;
export const signup = svg`<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8h8M8 12h8M8 16h5"/>`;
export const alert = svg`<path d="M12 3 2 20h20L12 3zM12 10v4M12 17v.5"/>`;
export const info = svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5V8"/>`;
export const search = svg`<circle cx="11" cy="11" r="6.5"/><path d="m16 16 4.5 4.5"/>`;
export const check = svg`<path d="m5 12.5 4.5 4.5L19 7"/>`;
