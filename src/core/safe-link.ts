/**
 * Whether a link is safe to put in an `href`: only http(s), mailto and tel. Anything else
 * (`javascript:`, `data:`, `vbscript:`) may run code when a resident clicks it, so the
 * widgets show such a value as text. Parsed as the browser would (it ignores case, leading
 * spaces and tabs inside the scheme), not matched as a string.
 * Pure logic the server needs too (its rule lives in the contract and the database): it
 * belongs in common/ once that exists.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// A list shows the same few websites again and again: parse each once.
const verdicts = new Map<string, boolean>();

export function isSafeLink(href: string, base?: string): boolean {
  const key = `${base ?? ''}\n${href}`;
  let safe = verdicts.get(key);
  if (safe === undefined) {
    safe = URL.canParse(href, base) && SAFE_PROTOCOLS.has(new URL(href, base).protocol);
    if (verdicts.size >= 500) verdicts.clear();
    verdicts.set(key, safe);
  }
  return safe;
}
