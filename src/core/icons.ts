import { svg, html } from 'lit';

/** Inline SVG icons (24×24, stroke = currentColor), always next to visible text. */
const paths = {
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  place: svg`<path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`,
  people: svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/><path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14.5a6.5 6.5 0 0 1 3.5 5.5"/>`,
  organizer: svg`<path d="M3 21h18M5 21V10l7-5 7 5v11"/><path d="M10 21v-5h4v5"/>`,
  wheelchair: svg`<circle cx="11" cy="4" r="1.8"/><path d="M11 7v6h6l2 5"/><path d="M11 10h5"/><path d="M8 11.5a5 5 0 1 0 6.5 6.5"/>`,
  ear: svg`<path d="M7 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0"/><path d="M10 9.5a2 2 0 0 1 4 0"/>`,
  euro: svg`<path d="M17 6.5A6.5 6.5 0 1 0 17 17.5"/><path d="M4 10.5h9M4 13.5h9"/>`,
  signup: svg`<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8h8M8 12h8M8 16h5"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  bus: svg`<rect x="4" y="3" width="16" height="14" rx="2"/><path d="M4 11h16M7 20v-3M17 20v-3"/><circle cx="8" cy="14" r="0.5"/><circle cx="16" cy="14" r="0.5"/>`,
  alert: svg`<path d="M12 3 2 20h20L12 3z"/><path d="M12 10v4M12 17v.5"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5V8"/>`,
  search: svg`<circle cx="11" cy="11" r="6.5"/><path d="m16 16 4.5 4.5"/>`,
  chevronLeft: svg`<path d="m15 5-7 7 7 7"/>`,
  chevronRight: svg`<path d="m9 5 7 7-7 7"/>`,
  check: svg`<path d="m5 12.5 4.5 4.5L19 7"/>`,
  download: svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`,
  rss: svg`<path d="M5 5a14 14 0 0 1 14 14M5 11a8 8 0 0 1 8 8"/><circle cx="6" cy="18" r="1"/>`,
};

export type IconName = keyof typeof paths;

export const icon = (name: IconName) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
