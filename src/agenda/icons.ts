import { svg } from 'lit';

/** Icons only the agenda uses (shared ones: core/icons.ts; the month view's own: month-view.ts). */
export const organizer = svg`<path d="M3 21h18M5 21V10l7-5 7 5v11M10 21v-5h4v5"/>`;
export const wheelchair = svg`<path d="M9.2 4a1.8 1.8 0 1 0 3.6 0a1.8 1.8 0 1 0-3.6 0zM11 7v6h6l2 5M11 10h5M8 11.5a5 5 0 1 0 6.5 6.5"/>`;
export const ear = svg`<path d="M7 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-6 0M10 9.5a2 2 0 0 1 4 0"/>`;
export const calendar = svg`<path d="M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-14a2 2 0 0 1-2-2v-12a2 2 0 0 1 2-2zM3 10h18M8 3v4M16 3v4"/>`;
export const bus = svg`<path d="M6 3h12a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-12a2 2 0 0 1-2-2v-10a2 2 0 0 1 2-2zM4 11h16M7 20v-3M17 20v-3M7.5 14a0.5 0.5 0 1 0 1 0a0.5 0.5 0 1 0-1 0zM15.5 14a0.5 0.5 0 1 0 1 0a0.5 0.5 0 1 0-1 0z"/>`;
export const download = svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`;
export const rss = svg`<path d="M5 5a14 14 0 0 1 14 14M5 11a8 8 0 0 1 8 8M5 18a1 1 0 1 0 2 0a1 1 0 1 0-2 0z"/>`;
