import { svg, html, type SVGTemplateResult } from 'lit';

/**
 * Inline SVG icons (24×24, stroke = currentColor), always next to visible text.
 * Each shape is its own export so a widget's bundle carries only the icons it uses:
 * `icon(clock)`.
 */
export const icon = (shape: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;

export const clock = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`;
export const place = svg`<path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`;
export const people = svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/><path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14.5a6.5 6.5 0 0 1 3.5 5.5"/>`;
export const organizer = svg`<path d="M3 21h18M5 21V10l7-5 7 5v11"/><path d="M10 21v-5h4v5"/>`;
export const wheelchair = svg`<circle cx="11" cy="4" r="1.8"/><path d="M11 7v6h6l2 5"/><path d="M11 10h5"/><path d="M8 11.5a5 5 0 1 0 6.5 6.5"/>`;
export const ear = svg`<path d="M7 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0"/><path d="M10 9.5a2 2 0 0 1 4 0"/>`;
export const euro = svg`<path d="M17 6.5A6.5 6.5 0 1 0 17 17.5"/><path d="M4 10.5h9M4 13.5h9"/>`;
export const signup = svg`<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8h8M8 12h8M8 16h5"/>`;
export const calendar = svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`;
export const bus = svg`<rect x="4" y="3" width="16" height="14" rx="2"/><path d="M4 11h16M7 20v-3M17 20v-3"/><circle cx="8" cy="14" r="0.5"/><circle cx="16" cy="14" r="0.5"/>`;
export const alert = svg`<path d="M12 3 2 20h20L12 3z"/><path d="M12 10v4M12 17v.5"/>`;
export const info = svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5V8"/>`;
export const search = svg`<circle cx="11" cy="11" r="6.5"/><path d="m16 16 4.5 4.5"/>`;
export const phone = svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"/>`;
export const mail = svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`;
export const globe = svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`;
export const heart = svg`<path d="M12 20s-8-4.7-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.3 12 20 12 20z"/>`;
export const briefcase = svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2M3 13h18"/>`;
export const print = svg`<path d="M7 9V3h10v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M7 14h10v7H7z"/>`;
export const copy = svg`<rect x="8" y="8" width="12" height="13" rx="2"/><path d="M16 8V5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h2"/>`;
export const card = svg`<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M7 9h10M7 13h10M7 17h6"/>`;
export const close = svg`<path d="M6 6l12 12M18 6 6 18"/>`;
export const chevronLeft = svg`<path d="m15 5-7 7 7 7"/>`;
export const chevronRight = svg`<path d="m9 5 7 7-7 7"/>`;
export const check = svg`<path d="m5 12.5 4.5 4.5L19 7"/>`;
export const download = svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`;
export const rss = svg`<path d="M5 5a14 14 0 0 1 14 14M5 11a8 8 0 0 1 8 8"/><circle cx="6" cy="18" r="1"/>`;
