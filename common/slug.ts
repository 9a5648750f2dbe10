/**
 * A readable id from a name or title: "Soos voor ouderen" -> "soos-voor-ouderen", accents
 * dropped ("Café" -> "cafe"), at most 50 characters. The server makes record ids with it;
 * the widgets' mocks make the same ids, so a test sees what the server would answer.
 * A name without letters or digits gets `fallback` ("activiteit", "organisatie"…).
 */
export function slugOf(name: string, fallback = 'activiteit'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  // "nieuw" is the address of the add forms in /beheer (#activiteiten/nieuw, #plekken/nieuw…):
  // a record named so would be unreachable there.
  return !slug ? fallback : slug === 'nieuw' ? 'nieuw-1' : slug;
}
