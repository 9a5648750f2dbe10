/**
 * Where the API lives, in order of precedence:
 * 1. the element's `api` attribute;
 * 2. once per page: `<meta name="buurtkit-api" content="https://…">`;
 * 3. the origin the widget script was loaded from (the reference server serves both).
 */
export function resolveApiBase(attribute?: string | null): string {
  const fromMeta = document
    .querySelector<HTMLMetaElement>('meta[name="buurtkit-api"]')
    ?.content?.trim();
  const base = attribute?.trim() || fromMeta || new URL(import.meta.url).origin;
  return base.replace(/\/+$/, '');
}
