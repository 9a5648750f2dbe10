import { svg } from 'lit';

/** Icons only the agenda uses (shared ones: core/icons.ts; the month view's own: month-view.ts). */
export const organizer = svg`<path d="M3 21h18M5 21V10l7-5 7 5v11"/><path d="M10 21v-5h4v5"/>`;
export const wheelchair = svg`<circle cx="11" cy="4" r="1.8"/><path d="M11 7v6h6l2 5"/><path d="M11 10h5"/><path d="M8 11.5a5 5 0 1 0 6.5 6.5"/>`;
export const ear = svg`<path d="M7 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0"/><path d="M10 9.5a2 2 0 0 1 4 0"/>`;
export const calendar = svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`;
export const bus = svg`<rect x="4" y="3" width="16" height="14" rx="2"/><path d="M4 11h16M7 20v-3M17 20v-3"/><circle cx="8" cy="14" r="0.5"/><circle cx="16" cy="14" r="0.5"/>`;
export const download = svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`;
export const rss = svg`<path d="M5 5a14 14 0 0 1 14 14M5 11a8 8 0 0 1 8 8"/><circle cx="6" cy="18" r="1"/>`;
