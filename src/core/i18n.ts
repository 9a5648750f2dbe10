/**
 * Languages (see docs/decisions/0003-localisation.md): every element has its own `lang`;
 * Dutch is the default and the source, English has the same keys.
 */
export type Locale = 'nl' | 'en';

/** A message table in every language, the shape of `core/messages.ts` and each `<widget>/messages.ts`. */
export type Localised<M> = Readonly<Record<Locale, M>>;

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
