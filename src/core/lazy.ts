import type { ReactiveControllerHost } from 'lit';

/**
 * A part of a widget in a chunk of its own (a relative `import()`, which works cross-origin
 * and under a strict CSP), so that it is not in what the widget loads before its first
 * render. `value` is the module once loaded; after a failure (no connection) `failed` is
 * true and the next `load()` tries again. The host renders again when a load ends.
 *
 * The host's `getUpdateComplete` waits for `whileLoading()`, so that whoever awaits
 * `updateComplete` sees the part rendered once it was asked for with `load()`.
 */
export class LazyModule<T> {
  value?: T;
  failed = false;
  private _loading?: Promise<void>;
  /** Something is shown only once the module is there: `updateComplete` waits for it. */
  private _wanted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
    /** Runs once, before the module is used (to adopt its styles, say). */
    private readonly onLoad?: (module: T) => void,
  ) {}

  /** Loads the module (once) because it is to be shown now. */
  load(): Promise<void> {
    this._wanted = true;
    return this.prefetch();
  }

  /** Loads the module (once) ahead of need, with nothing waiting for it. */
  prefetch(): Promise<void> {
    this._loading ??= this.importer()
      .then((module) => {
        this.onLoad?.(module);
        this.value = module;
        this.failed = false;
      })
      // A chunk that cannot load, or whose set-up throws (a browser without constructable
      // style sheets, say): failed, and the next load() tries again.
      .catch(() => {
        this._loading = undefined;
        this.failed = true;
      })
      .finally(() => this.host.requestUpdate());
    return this._loading;
  }

  /** Settles when no load that something waits for is under way. */
  async whileLoading(): Promise<void> {
    while (this._wanted && this._loading && !this.value && !this.failed) await this._loading;
  }
}

/** Runs `f` when the browser is idle (Safari < 18.4 has no requestIdleCallback: after a second). */
export function whenIdle(f: () => void): void {
  (window.requestIdleCallback ?? ((g: () => void) => setTimeout(g, 1000)))(() => f());
}
