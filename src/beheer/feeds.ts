/**
 * "Agenda's": the organisations' own calendars (iCalendar feeds) the agenda imports, with
 * their state in plain Dutch, and adding, fetching now and removing one. Coordinators only.
 * (Issue 9; filled in by the feeds view.)
 */
import { html, type TemplateResult } from 'lit';
import type { BeheerHost } from './host.ts';

export class FeedsView {
  constructor(private readonly host: BeheerHost) {}

  show(): void {}

  render(): TemplateResult {
    return html`<h2 class="view-title">${this.host.texts.navFeeds}</h2><div class="content" aria-busy="false"></div>`;
  }
}
