import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Shows a long list a piece at a time: the first items in the update that brings the list,
 * then a few more in each following frame. On a cheap phone 35 activity cards take some
 * 150 ms to build and lay out; in pieces, no task keeps the page from answering a tap or a
 * scroll for long, and the first cards appear sooner. Because the element's
 * `updateComplete` waits until everything is shown (BuurtElement), code and tests that
 * await it see the whole list.
 */
export class RevealController implements ReactiveController {
  private key: unknown;
  private shown = 0;
  private total = 0;
  private scheduled = false;
  private timer?: ReturnType<typeof setTimeout>;
  private finish?: () => void;
  /** Resolves once the whole current list is shown. */
  done: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
    private readonly step: number,
  ) {
    host.addController(this);
  }

  /** How many of the `total` items of `list` this render shows. Another list starts over. */
  count(list: unknown, total: number): number {
    if (list !== this.key) {
      this.key = list;
      this.shown = this.first;
    }
    this.total = total;
    return Math.min(this.shown, total);
  }

  /** More of the list is still to come. */
  get pending(): boolean {
    return this.shown < this.total;
  }

  hostUpdate(): void {
    // A render that shows no list (loading, an error) leaves nothing to come.
    this.total = 0;
  }

  hostUpdated(): void {
    if (!this.pending) {
      this.finish?.();
      this.finish = undefined;
      return;
    }
    if (!this.finish) this.done = new Promise((resolve) => (this.finish = resolve));
    if (this.scheduled) return;
    // The next piece once the browser has laid out and painted this one, so that each piece
    // is its own short task. A tab in the background paints no frames: then a timer.
    const next = () => {
      if (!this.scheduled) return;
      this.scheduled = false;
      clearTimeout(this.timer);
      this.shown += this.step;
      this.host.requestUpdate();
    };
    this.scheduled = true;
    requestAnimationFrame(() => setTimeout(next));
    this.timer = setTimeout(next, 100);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.scheduled = false;
    this.shown = this.total;
    this.finish?.();
    this.finish = undefined;
  }
}
