/**
 * Whether a link is safe to put in an `href`: only http(s), mailto and tel. Anything else
 * (`javascript:`, `data:`, `vbscript:`) may run code when a resident clicks it, so the
 * widgets show such a value as text. Parsed as the browser would (it ignores case, leading
 * spaces and tabs inside the scheme), not matched as a string.
 * Pure logic the server needs too (its rule lives in the contract and the database): it
 * belongs in common/ once that exists.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function isSafeLink(href: string, base?: string): boolean {
  if (!URL.canParse(href, base)) return false;
  return SAFE_PROTOCOLS.has(new URL(href, base).protocol);
}
