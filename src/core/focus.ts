import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = string | (() => Element | null | undefined);

/**
 * Moves focus after an update, for when the button a person pressed goes away (a retry,
 * "Filters wissen") or new content appears ("Toon meer dagen"): keyboard and screen-reader
 * users go on from there instead of from the top of the page.
 */
export class FocusController implements ReactiveController {
  private pending?: { target: Target; ready: () => unknown };

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /**
   * After the first update in which `ready()` holds (e.g. "the data has arrived"), focus
   * `target` (a selector in the shadow root, or a function). A later request replaces it.
   * `ready` may be the target's own finder: focus waits until it finds it.
   */
  after(target: Target, ready: () => unknown = () => true): void {
    this.pending = { target, ready };
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const pending = this.pending;
    if (!pending?.ready()) return;
    this.pending = undefined;
    const el =
      typeof pending.target === 'string'
        ? this.host.renderRoot.querySelector<HTMLElement>(pending.target)
        : (pending.target() as HTMLElement | null | undefined);
    if (!el) return;
    // A heading or message is not focusable by itself; tabindex -1 lets a script focus it.
    if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
    el.focus();
  }
}
