/**
 * Languages (see docs/decisions/0003-localisation.md): every element has its own `lang`;
 * Dutch is the default and the source, English has the same keys.
 */
export type Locale = 'nl' | 'en';

/**
 * A widget's texts (`<widget>/messages.ts`): Dutch, the default, in the widget's own chunk;
 * English as a loader, `() => import('./messages.en.ts')`, so that a Dutch page never
 * downloads the English words (a relative `import()` works cross-origin and under a strict CSP).
 */
export interface Localised<M> {
  readonly nl: M;
  readonly en: () => Promise<M>;
}

/** `en`, `en-GB`… give English; anything else Dutch. */
export function toLocale(lang: string | null | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The `lang` of the closest ancestor that has one, across shadow roots: what the host page says. */
export function inheritedLang(el: Element): string {
  for (let n: Node | null = el.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
  }
  return '';
}
