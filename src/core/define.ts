/**
 * Defines a custom element unless the tag is already taken, so a page that loads the
 * script twice (or loads both the bundle and a single widget) does not throw.
 * (Each element documents its tag with `@tagname` for custom-elements.json.)
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry: CustomElementRegistry = customElements;
  if (!registry.get(tag)) registry.define(tag, ctor);
}
