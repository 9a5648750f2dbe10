import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Narrower than this many times its text size (the widget's own width: it sits in pages
 * we do not know, beside a sidebar or full width) a form shows one group of questions per
 * step: 480px at 16px, and on a wider window zoomed to 200% too.
 */
const NARROW_EM = 30;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * A form's questions in groups, one group per step on a narrow widget (GOV.UK / NL Design
 * System: one thing per page where that helps), all of them on a wide one. `groups` holds
 * each group's field names (the `f-<name>` ids of core/form/field.ts).
 */
export class FormSteps implements ReactiveController {
  narrow = false;
  /** The group shown while narrow; kept while wide, so a turned phone goes on where it was. */
  index = 0;
  // Measured in the next frame: changing the layout inside the observer's own callback
  // makes the browser report a "ResizeObserver loop" error to the host page.
  private _observer = new ResizeObserver(() => requestAnimationFrame(() => this._measure(this.host.clientWidth)));

  constructor(
    private readonly host: Host,
    readonly groups: readonly (readonly string[])[],
  ) {
    host.addController(this);
    this._measure(host.clientWidth);
  }

  hostConnected(): void {
    this._observer.observe(this.host);
  }

  hostDisconnected(): void {
    this._observer.disconnect();
  }

  /** Whether a group's questions are shown now. */
  shows(group: number): boolean {
    return !this.narrow || this.index === group;
  }

  /** True on the last group (or when all show): the next press goes to the check step. */
  get last(): boolean {
    return !this.narrow || this.index === this.groups.length - 1;
  }

  /** To the group that holds `field` (a server error, "Wijzigen"), without moving focus. */
  show(field: string): Promise<unknown> {
    const i = this.groups.findIndex((g) => g.includes(field));
    if (i >= 0) this.index = i;
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  /** One group on or back, its heading focused (it says the step and what it asks). */
  async go(by: 1 | -1): Promise<void> {
    this.index = Math.min(Math.max(this.index + by, 0), this.groups.length - 1);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
  }

  /** Back to the first group, for a new submission. */
  reset(): void {
    this.index = 0;
  }

  private _measure(width: number) {
    // 0: not laid out yet (display: none, not in the page): decide once it has a width.
    const narrow = width > 0 && width < NARROW_EM * (parseFloat(getComputedStyle(this.host).fontSize) || 16);
    if (narrow !== this.narrow) {
      // Narrowed while answering (a tablet turned): stay on the question being answered.
      const id = (this.host.renderRoot as ShadowRoot).activeElement?.id.slice(2);
      const group = this.groups.findIndex((g) => g.includes(id!));
      if (narrow && group >= 0) this.index = group;
      this.narrow = narrow;
      this.host.requestUpdate();
    }
  }
}
