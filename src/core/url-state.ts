import type { ReactiveControllerHost } from 'lit';

/**
 * Keeps a widget's filter choices in the host page's URL, so a link can be shared and the
 * back button keeps them. Each parameter is `buurt-<scope>-<name>`, where the scope is the
 * element's `id` when it has one, else the widget's own (`agenda`, `kaart`): two widgets,
 * or two agendas with an id each, on one page do not overwrite each other's choices.
 */
export class UrlStateController<K extends string> {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly widget: string,
    /** The URL name (Dutch, the host page's visitors see it) of each field. */
    private readonly names: Readonly<Record<K, string>>,
  ) {}

  private param(key: K): string {
    return `buurt-${this.host.id || this.widget}-${this.names[key]}`;
  }

  /** The values in the URL now ('' when absent), each at most 200 characters. */
  read(href: string = location.href): Record<K, string> {
    const params = new URL(href).searchParams;
    const out = {} as Record<K, string>;
    for (const key of Object.keys(this.names) as K[]) out[key] = (params.get(this.param(key)) ?? '').trim().slice(0, 200);
    return out;
  }

  /**
   * Writes the values with `history.replaceState` ('' removes a parameter). Some hosts
   * forbid that (sandboxed frames throw a SecurityError): then the state lives in the element.
   */
  write(values: Readonly<Record<K, string>>): void {
    try {
      const url = new URL(location.href);
      for (const key of Object.keys(this.names) as K[]) {
        if (values[key]) url.searchParams.set(this.param(key), values[key]);
        else url.searchParams.delete(this.param(key));
      }
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    } catch {
      // SecurityError or similar: the host page does not let us touch its URL.
    }
  }
}

/** Splits a comma-separated attribute or URL value into ids. */
export const parseIds = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
