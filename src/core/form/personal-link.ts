/**
 * A personal link to see or cancel what a resident sent: the host page's own URL with the
 * reference and the secret token in the `#` fragment, which a browser never sends to a
 * server, so the token stays out of every server log on the way. `name` tells widgets apart.
 */
export function personalLinkFor(name: string, pageUrl: string, reference: string, token: string): string {
  const url = new URL(pageUrl);
  url.hash = `${name}=${reference}.${token}`;
  return url.href;
}

/** The reference and token in a page's fragment, if it holds a personal link named `name`. */
export function readPersonalLinkFor(name: string, hash: string): { reference: string; token: string } | undefined {
  const m = new RegExp(`^#${name}=([A-Z0-9-]{1,20})\\.([A-Za-z0-9_-]{1,200})$`).exec(hash);
  return m ? { reference: m[1]!, token: m[2]! } : undefined;
}
