/**
 * Registers a custom element unless that tag is already taken, so that a second copy of the
 * library on a page (a CMS plug-in and an article both loading it) does not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
