import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Time one piece may add to an update, so that with its layout it stays a short task on a phone. */
const PIECE_MS = 4;
/** However slow the device, a list is complete within this many more pieces. */
const MAX_PIECES = 12;

/**
 * Shows a long list a piece at a time: two items in the update that brings the list, then
 * in each following frame as many as the last piece shows this device can add in a few
 * milliseconds. On a cheap phone 35 activity cards take some 150 ms to build and lay out;
 * in pieces, no task keeps the page from answering a tap or a scroll, and a fast computer
 * still shows everything within a frame or two. `updateComplete` waits until everything is
 * shown (BuurtElement), so code and tests that await it see the whole list.
 */
export class RevealController implements ReactiveController {
  private list: unknown;
  private shown = 0;
  private total = 0;
  private step = 2;
  private started = 0;
  private frame?: number;
  private timer?: ReturnType<typeof setTimeout>;
  private finish?: () => void;
  /** Resolves once the whole current list is shown. */
  done: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * How many of the `total` items of `list` this render shows: `first` at once (0: all of
   * it in the next frame), then more. Another list starts over.
   */
  count(list: unknown, total: number, first = 2): number {
    if (list !== this.list) {
      this.list = list;
      this.shown = first;
      this.step = Math.max(first, 1);
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
    this.started = performance.now();
  }

  hostUpdated(): void {
    if (!this.pending) {
      this.finish?.();
      this.finish = undefined;
      return;
    }
    this.done = this.finish ? this.done : new Promise((resolve) => (this.finish = resolve));
    if (this.timer !== undefined) return;
    // Items per piece: what fitted in PIECE_MS this time (the whole update counted, so on
    // the safe side), but enough to show the whole list in at most MAX_PIECES pieces.
    const perItem = Math.max(performance.now() - this.started, 0.05) / this.step;
    const atLeast = Math.ceil(this.total / MAX_PIECES);
    this.step = Math.max(1, atLeast, Math.floor(PIECE_MS / perItem));
    // The next piece once the browser has laid out and painted this one; a tab in the
    // background paints no frames, so a timer too.
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      clearTimeout(this.timer);
      this.timer = setTimeout(this.next);
    });
    this.timer = setTimeout(this.next, 100);
  }

  private next = () => {
    this.cancel();
    this.shown += this.step;
    this.host.requestUpdate();
  };

  private cancel() {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
    // Taken out of the page mid-way: the rest at once, so it is complete when it returns.
    if (this.pending) {
      this.shown = this.total;
      this.host.requestUpdate();
    }
    this.finish?.();
    this.finish = undefined;
  }
}
