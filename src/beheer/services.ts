/**
 * "Sociale kaart": the services this account looks after, when each was last checked, and
 * "Nog actueel"; `#sociale-kaart/verouderd` lists those not checked for over 12 months.
 * (Issue 9; filled in by the services view.)
 */
import { html, type TemplateResult } from 'lit';
import type { BeheerHost } from './host.ts';

export class ServicesView {
  constructor(private readonly host: BeheerHost) {}

  show(_stale: boolean): void {}

  render(): TemplateResult {
    return html`<h2 class="view-title">${this.host.texts.navServices}</h2><div class="content" aria-busy="false"></div>`;
  }
}
