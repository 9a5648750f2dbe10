/**
 * "Activiteiten": the activities this account looks after, and the editor that adds or
 * changes one (its rule in plain Dutch, the next dates from the server, exceptions).
 * (Issue 9; filled in by the activities editor.)
 */
import { html, type TemplateResult } from 'lit';
import type { BeheerHost } from './host.ts';

export class ActivitiesView {
  constructor(private readonly host: BeheerHost) {}

  /** `#activiteiten`: the list. */
  showList(): void {}

  /** `#activiteiten/<id>`, or `nieuw` for a new one: the editor. */
  showEditor(_id: string): void {}

  render(): TemplateResult {
    return html`<h2 class="view-title">${this.host.texts.navActivities}</h2><div class="content" aria-busy="false"></div>`;
  }
}
